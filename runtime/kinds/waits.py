"""Wait kinds: where a contact pauses inside a flow (stored as a due time, never in memory)."""

from __future__ import annotations

from runtime.catalog import NodeSpec, Param, register
from runtime.kinds.common import duration, time_of_day

WEEKDAYS = (("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday"), ("thu", "Thursday"),
            ("fri", "Friday"), ("sat", "Saturday"), ("sun", "Sunday"))

DELAY = register(NodeSpec(
    kind="wait.delay", version=1, family="wait", title="Wait",
    description="Waits for a fixed time before the next step.",
    icon="wait-delay",
    params=(duration("duration", "Wait for", 1, "days"),),
    summary="Wait {duration}",
))

UNTIL_TIME = register(NodeSpec(
    kind="wait.until_time", version=1, family="wait", title="Wait until a time",
    description="Waits until the next time of day in the shop's time zone, optionally only "
    "on certain weekdays (for example: the next weekday at 10:00).",
    icon="wait-clock",
    params=(
        time_of_day("10:00"),
        Param("weekdays", "tags", "Only on", default=[], choices=WEEKDAYS,
              help="Weekdays (mon … sun); empty means any day."),
    ),
    summary="Until {time_of_day}",
))

UNTIL_EVENT = register(NodeSpec(
    kind="wait.event", version=1, family="wait", title="Wait for an event",
    description="Waits until the contact does something (places an order, submits a form) "
    "or until the time runs out, and continues on the matching exit.",
    icon="wait-event",
    params=(
        Param("event", "text", "Event", default="order_placed", required=True,
              help="order_placed, or the name of a custom event."),
        duration("timeout", "Give up after", 7, "days"),
    ),
    ports=("happened", "timeout"),
    summary="Until {event}, at most {timeout}",
))
