"""Action kinds: what a flow does for a contact (emails, tags, points, coupons, ...)."""

from __future__ import annotations

from runtime.catalog import NodeSpec, Param, register

DEFAULT_EMAIL = {
    "subject": "A note from {{ shop.name }}",
    "html": "<p>Hello {{ contact.first_name or 'there' }},</p>\n<p>…</p>",
    "text": "Hello {{ contact.first_name or 'there' }},\n\n…",
}

SEND_EMAIL = register(NodeSpec(
    kind="action.send_email", version=1, family="action", title="Send email",
    description="Sends an email written with the template editor. Marketing emails only go "
    "to contacts who accept email marketing and always carry an unsubscribe link; "
    "transactional ones (an order question, a receipt) go to everyone.",
    icon="action-email",
    params=(
        Param("template", "template", "Email", default=DEFAULT_EMAIL, required=True),
        Param("purpose", "choice", "Kind of email", default="marketing", required=True,
              choices=(("marketing", "Marketing (needs consent)"),
                       ("transactional", "Transactional"))),
    ),
    summary="Email “{template[subject]}”",
))

ADD_TAG = register(NodeSpec(
    kind="action.add_tag", version=1, family="action", title="Add tag",
    description="Adds a tag to the contact (other flows may start on it).",
    icon="action-tag-add",
    params=(Param("tag", "text", "Tag", default="", required=True),),
    summary="Tag “{tag}”",
))

REMOVE_TAG = register(NodeSpec(
    kind="action.remove_tag", version=1, family="action", title="Remove tag",
    description="Removes a tag from the contact. End the tag with * to remove a family of "
    "tags, e.g. segment:*.",
    icon="action-tag-remove",
    params=(Param("tag", "text", "Tag", default="", required=True),),
    summary="Untag “{tag}”",
))

SET_FIELD = register(NodeSpec(
    kind="action.set_field", version=1, family="action", title="Set field",
    description="Stores a value in one of the contact's fields. The value may use template "
    "placeholders such as {{ order.created_at.date() }}.",
    icon="action-field",
    params=(
        Param("field", "text", "Field", default="", required=True),
        Param("value", "text", "Value", default=""),
        Param("only_if_empty", "boolean", "Only if the field is empty", default=False),
    ),
    summary="Set {field}",
))

POINTS = register(NodeSpec(
    kind="action.points", version=1, family="action", title="Add or remove points",
    description="Adds to or subtracts from the contact's loyalty points or a named score.",
    icon="action-points",
    params=(
        Param("measure", "choice", "Measure", default="points", required=True,
              choices=(("points", "Loyalty points"), ("score", "A score"))),
        Param("score", "text", "Score name", default="engagement", required=True,
              show_if={"measure": ("score",)}),
        Param("operation", "choice", "Operation", default="add", required=True,
              choices=(("add", "Add"), ("subtract", "Subtract"), ("reset", "Reset to 0"))),
        Param("amount", "integer", "Amount", default=10, minimum=0, required=True,
              show_if={"operation": ("add", "subtract")}),
        Param("per_currency_unit", "boolean", "Per currency unit of the order", default=False,
              show_if={"operation": ("add",)},
              help="Multiplies the amount by the order total (1 point per hryvnia)."),
        Param("expires_days", "integer", "Points expire after (days)", default=None,
              minimum=1, show_if={"measure": ("points",)}),
    ),
    summary="{operation} {amount} points",
    summaries=(((("measure", "score"), ("operation", "reset")), "Reset score “{score}” to 0"),
               ((("operation", "reset"),), "Reset points to 0"),
               ((("measure", "score"),), "Score “{score}”: {operation} {amount}")),
))

COUPON = register(NodeSpec(
    kind="action.coupon", version=1, family="action", title="Issue coupon",
    description="Creates a unique coupon code for this contact; later emails can show it "
    "as {{ coupon.code }}.",
    icon="action-coupon",
    params=(
        Param("discount_type", "choice", "Discount", default="percent", required=True,
              choices=(("percent", "Percentage off"), ("fixed", "Fixed amount off"),
                       ("free_shipping", "Free shipping"))),
        Param("value", "decimal", "Value", default=10, minimum=0, required=True,
              show_if={"discount_type": ("percent", "fixed")}),
        Param("expires_days", "integer", "Valid for (days)", default=30, minimum=1,
              maximum=3650, required=True),
        Param("single_use", "boolean", "Single use", default=True),
        Param("prefix", "text", "Code prefix", default="THANKS"),
        Param("only_with_consent", "boolean", "Only for contacts who accept email marketing",
              default=True,
              help="A code is only worth creating when the email that carries it may be sent: "
              "contacts who do not accept email marketing are skipped."),
    ),
    summary="Coupon {value} % off",
    summaries=(((("discount_type", "fixed"),), "Coupon {value} off"),
               ((("discount_type", "free_shipping"),), "Coupon: free shipping")),
))

NOTIFY_OWNER = register(NodeSpec(
    kind="action.notify_owner", version=1, family="action", title="Notify me / create task",
    description="Tells the shop owner about this contact, and optionally adds a task to the "
    "to-do list.",
    icon="action-notify",
    params=(
        Param("message", "textarea", "Message", default="{{ contact.email }} needs attention",
              required=True),
        Param("create_task", "boolean", "Create a task", default=False),
    ),
    summary="Notify: {message}",
))

WEBHOOK = register(NodeSpec(
    kind="action.webhook", version=1, family="action", title="Call a webhook",
    description="Sends the contact's details to another service as JSON.",
    icon="action-webhook",
    params=(
        Param("url", "text", "URL", default="", required=True, placeholder="https://…"),
        Param("method", "choice", "Method", default="POST", required=True,
              choices=(("POST", "POST"), ("PUT", "PUT"))),
    ),
    summary="{method} {url}",
))

UNSUBSCRIBE = register(NodeSpec(
    kind="action.unsubscribe", version=1, family="action", title="Unsubscribe from marketing",
    description="Stops all marketing email to this contact and records when.",
    icon="action-unsubscribe", summary="Unsubscribe",
))

END = register(NodeSpec(
    kind="action.end", version=1, family="action", title="End",
    description="Ends the contact's run here; “goal reached” counts it as a success.",
    icon="action-end",
    params=(Param("outcome", "choice", "Outcome", default="completed", required=True,
                  choices=(("completed", "Completed"), ("goal", "Goal reached"))),),
    ports=(),
    summary="End ({outcome})",
))
