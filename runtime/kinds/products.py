"""Product and segment kinds: product picks for emails, consent checks, repeat events, RFM."""

from __future__ import annotations

from runtime.catalog import NodeSpec, Param, register
from runtime.kinds.common import duration, time_of_day

PICK_SOURCES = (
    ("most_bought", "The contact's most bought products"),
    ("bought_together", "Bought together with the order (by other customers)"),
    ("collection", "Best sellers of a collection"),
    ("tag_product", "The product named in the tag (interested:<product>)"),
    ("event_product", "The product named in the event"),
)

PICK_PRODUCTS = register(NodeSpec(
    kind="action.pick_products", version=1, family="action", title="Pick products",
    description="Chooses products to show in the next emails, from the shop's own order "
    "history: the contact's favourites, what other customers bought together with this order, "
    "the best sellers of a collection, or the product a tag or event names. Emails then show "
    "them as {{ products }} (each with title, sku, price and url). Continues on “found”, or on "
    "“none” when there is nothing to show.",
    icon="action-products",
    params=(
        Param("source", "choice", "Products", default="most_bought", required=True,
              choices=PICK_SOURCES),
        Param("collection", "text", "Collection", default="", required=True,
              show_if={"source": ("collection",)}, placeholder="Accessories",
              help="The collection whose best sellers are shown."),
        Param("property", "text", "Event property", default="product", required=True,
              show_if={"source": ("event_product",)},
              help="The property of the event that holds the product's SKU, handle or title."),
        Param("limit", "integer", "How many", default=3, minimum=1, maximum=12, required=True),
        Param("exclude_bought", "boolean", "Leave out what the contact already bought",
              default=True, show_if={"source": ("bought_together", "collection")}),
    ),
    ports=("found", "none"),
    summary="Pick {limit} products ({source})",
))

CHECK_CONSENT = register(NodeSpec(
    kind="action.check_consent", version=1, family="action", title="Check consent",
    description="Checks whether the contact accepts email marketing right now and records the "
    "check (the answer and when it was given) in the activity log and, optionally, a contact "
    "field, so you can show that consent was verified. Continues on “yes” or “no”.",
    icon="action-consent",
    params=(
        Param("field", "text", "Record the check in field", default="consent_checked_at",
              help="A contact field that receives the time of the check; leave empty to "
              "record it in the activity log only."),
    ),
    ports=("yes", "no"),
    summary="Check consent",
))

EVENT_COUNT = register(NodeSpec(
    kind="condition.event_count", version=1, family="condition", title="If event repeated…",
    description="Continues on “yes” when the contact has sent the event at least N times "
    "within a period, counting only events for the same value of a property as the event "
    "that started the flow (for example the same product), this one included.",
    icon="condition-event-count",
    params=(
        Param("event", "text", "Event name", default="product_viewed", required=True),
        Param("property", "text", "Same value of property", default="product",
              help="Only events with the same value as the triggering event count; leave "
              "empty to count every event of that name."),
        Param("times", "integer", "At least (times)", default=3, minimum=1, maximum=1000,
              required=True),
        duration("within", "Within", 14, "days"),
    ),
    ports=("yes", "no"),
    summary="{event} {times}× within {within}",
))

RFM_SEGMENT = register(NodeSpec(
    kind="trigger.rfm_segment", version=1, family="trigger", title="RFM segment changed",
    description="Every day at a time, works out each customer's RFM segment (Champions, "
    "Loyal, Potential loyalist, New, At risk, Can't lose them, Hibernating, Lost) from their "
    "recency, frequency and monetary scores, and starts for every customer whose segment tag "
    "is missing or out of date (on the first day, everyone who has purchased). The flow "
    "sees the new segment as {{ event.segment }}.",
    icon="trigger-segment",
    params=(
        Param("prefix", "text", "Segment tags start with", default="rfm:", required=True,
              help="The tag group that holds the segment, e.g. rfm:Champions."),
        time_of_day("06:00"),
    ),
    summary="RFM segment daily at {time_of_day}",
))
