"""What the canvas badges say after a backtest: a short count per step and a tooltip for it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale

from runtime import catalog
from runtime.flow import Flow
from studio.backtest_actions import N_, kind_phrase, plural, reason_phrase, tr

# The verb an action's badge uses for what it did ("158 sent"); others say "done".
_DONE_WORDS = {
    "action.send_email": (N_("%Ln sent"), N_("%Ln sent")),
    "action.coupon": (N_("%Ln issued"), N_("%Ln issued")),
    "action.add_tag": (N_("%Ln tagged"), N_("%Ln tagged")),
    "action.remove_tag": (N_("%Ln untagged"), N_("%Ln untagged")),
}


def _n(value: int) -> str:
    return QLocale().toString(int(value))


def badge_texts(report: dict, flow: Flow) -> dict[str, tuple[str, str]]:
    """{node id: (badge text, tooltip)} for every step of `flow` the report counted.

    A trigger counts who entered the flow, a wait or a condition who reached it, an action
    what it did and what it skipped: "277 entered", "158 sent · 119 skipped"."""
    done = Counter(a["node"] for a in report["actions"])
    skipped: dict[str, Counter] = {}
    for skip in report["skipped"]:
        skipped.setdefault(skip["node"], Counter())[skip["reason"]] += 1
    badges = {}
    for node_id, info in report["summary"]["nodes"].items():
        if node_id not in flow.graph:
            continue
        kind = flow.node(node_id)["kind"]
        spec = catalog.get(kind)
        family = spec.family if spec else ""
        reached = int(info["entered"])
        label = flow.label(node_id)
        if family == "trigger":
            text = tr("{0} entered").format(_n(reached))
            tip = plural("%Ln contact entered the flow at “{step}” during the backtest.",
                         "%Ln contacts entered the flow at “{step}” during the backtest.",
                         reached).format(step=label)
        elif family == "action":
            text, tip = _action_badge(kind, label, reached, done[node_id],
                                      skipped.get(node_id, Counter()))
        else:
            text = tr("{0} reached").format(_n(reached))
            tip = plural("%Ln contact reached “{step}” during the backtest.",
                         "%Ln contacts reached “{step}” during the backtest.",
                         reached).format(step=label)
        badges[node_id] = (text, tip)
    return badges


def _action_badge(kind: str, label: str, reached: int, done: int,
                  skipped: Counter) -> tuple[str, str]:
    words = _DONE_WORDS.get(kind, (N_("%Ln done"), N_("%Ln done")))
    text = plural(*words, done)
    lines = [plural("%Ln contact reached “{step}” during the backtest:",
                    "%Ln contacts reached “{step}” during the backtest:",
                    reached).format(step=label),
             "• " + kind_phrase(kind, done)]
    if skipped:
        total = sum(skipped.values())
        text += " · " + plural("%Ln skipped", "%Ln skipped", total)
        reasons = ", ".join(f"{reason_phrase(r)} ({_n(n)})" for r, n in skipped.most_common())
        lines.append("• " + plural("%Ln skipped", "%Ln skipped", total) + f": {reasons}")
    return text, "\n".join(lines)
