"""Trigger kinds: what brings a contact into a flow."""

from __future__ import annotations

from runtime.catalog import NodeSpec, Param, register, register_migration
from runtime.kinds.common import time_of_day

ORDER_PLACED = register(NodeSpec(
    kind="trigger.order_placed", version=1, family="trigger", title="Order placed",
    description="Starts when a contact places an order (cancelled and voided orders never "
    "count). Optionally only their first order or their Nth order, only orders with certain "
    "products or collections, or above a minimum total.",
    icon="trigger-order",
    params=(
        Param("which", "choice", "Which orders", default="any", required=True,
              choices=(("any", "Every order"), ("first", "Only the first order"),
                       ("nth", "Only the Nth order"))),
        Param("nth", "integer", "Order number", default=5, minimum=2, maximum=1000,
              required=True, show_if={"which": ("nth",)},
              help="Starts on exactly this order: 5 means the contact's fifth purchase."),
        Param("products", "products", "Only with these products", default=[],
              help="SKUs or product titles; empty means any product."),
        Param("collections", "tags", "Only with products from these collections", default=[]),
        Param("min_total", "decimal", "Minimum order total", default=None, minimum=0,
              help="Leave empty for any total."),
    ),
    summary="Every order",
    summaries=(((("which", "first"),), "First order only"),
               ((("which", "nth"),), "Order number {nth}")),
))

CUSTOMER_CREATED = register(NodeSpec(
    kind="trigger.customer_created", version=1, family="trigger", title="Customer signed up",
    description="Starts when a new customer account or contact is created in the shop.",
    icon="trigger-customer", summary="New customer",
))

TAG_ADDED = register(NodeSpec(
    kind="trigger.tag_added", version=1, family="trigger", title="Tag added",
    description="Starts when a tag is added to a contact. End the tag with * to match a "
    "family of tags, e.g. interested:*.",
    icon="trigger-tag",
    params=(Param("tag", "text", "Tag", default="", required=True, placeholder="vip"),),
    summary="Tag “{tag}” added",
))

DATE_REACHED = register(NodeSpec(
    kind="trigger.date_reached", version=1, family="trigger", title="Date reached",
    description="Starts every year on a contact's date, such as their birthday or the "
    "anniversary of their first purchase, at a time of day. A birthday on 29 February is "
    "celebrated on 28 February in other years.",
    icon="trigger-date",
    params=(
        Param("date", "choice", "Date", default="birth_date", required=True,
              choices=(("birth_date", "Birthday (field birth_date)"),
                       ("first_order_anniversary", "Anniversary of the first purchase"),
                       ("field", "Another date field"))),
        Param("field", "text", "Field name", default="", required=True,
              show_if={"date": ("field",)}, help="A custom field holding a YYYY-MM-DD date."),
        Param("days_before", "integer", "Days before", default=0, minimum=0, maximum=60,
              help="0 starts on the day itself."),
        time_of_day(),
    ),
    summary="{date} at {time_of_day}",
))

INACTIVE = register(NodeSpec(
    kind="trigger.inactive", version=1, family="trigger", title="Inactive for N days",
    description="Starts on the day a customer reaches N days since their last purchase. "
    "Customers who were already past N days when the flow was switched on only enter if the "
    "flow's “also enrol those who already qualify” option is on.",
    icon="trigger-inactive",
    params=(
        Param("days", "integer", "Days since last purchase", default=90, minimum=1,
              maximum=3650, required=True),
        time_of_day("10:00"),
    ),
    summary="{days} days without an order",
))

CUSTOM_EVENT = register(NodeSpec(
    kind="trigger.custom_event", version=2, family="trigger", title="Event received",
    description="Starts when an event arrives for a contact: product_viewed, form_submitted, "
    "nps_submitted, complaint, or any name your shop sends. Optionally only on the Nth such "
    "event within a period, such as the third view of the same product within 14 days.",
    icon="trigger-event",
    params=(
        Param("event", "text", "Event name", default="", required=True,
              placeholder="form_submitted"),
        Param("property", "text", "Only when property", default="",
              help="Optional: a property name the event must carry..."),
        Param("equals", "text", "equals", default="",
              help="...with this value (leave empty for any value)."),
        Param("which", "choice", "Which events", default="every", required=True,
              choices=(("every", "Every event"),
                       ("nth", "Only the Nth event within a period"))),
        Param("times", "integer", "Event number", default=3, minimum=2, maximum=1000,
              required=True, show_if={"which": ("nth",)},
              help="Starts on the event that makes this many within the period: 3 means the "
              "third. The events after it start nothing until a whole period has passed "
              "with no event reaching this number; then the next one that reaches it starts "
              "the flow again."),
        Param("within", "duration", "Within", default={"amount": 14, "unit": "days"},
              required=True, minimum=60, show_if={"which": ("nth",)},
              help="Earlier events count when they came this long before, or less."),
        Param("same_property", "text", "Count only events with the same", default="",
              show_if={"which": ("nth",)}, placeholder="product",
              help="Optional: a property name, such as product. Then each product is counted "
              "on its own, and an event without that property starts nothing."),
    ),
    summary="Event “{event}”",
    summaries=(((("which", "nth"),), "“{event}” {times} times within {within}"),),
))


def _custom_event_v2(params: dict) -> dict:
    # Version 1 started on every event; version 2 can also start only on the Nth.
    return {**params, "which": "every"}


register_migration("trigger.custom_event", 1, _custom_event_v2)

THRESHOLD = register(NodeSpec(
    kind="trigger.threshold", version=1, family="trigger", title="Points or score reached",
    description="Starts when a contact's points balance or a named score rises to a "
    "threshold (it fires on the crossing, not while it stays above).",
    icon="trigger-threshold",
    params=(
        Param("measure", "choice", "Measure", default="points", required=True,
              choices=(("points", "Loyalty points"), ("score", "A score"))),
        Param("score", "text", "Score name", default="engagement", required=True,
              show_if={"measure": ("score",)}),
        Param("threshold", "integer", "Threshold", default=100, minimum=1, required=True),
    ),
    summary="{measure}: {threshold} or more",
))
