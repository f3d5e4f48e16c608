"""What triggers, waits and conditions do when a contact reaches them."""

from __future__ import annotations

import hashlib
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from runtime import conditions
from runtime.engine.compiled import Node
from runtime.engine.event_streaks import carries, is_nth
from runtime.engine.subjects import Subjects
from runtime.engine.timing import add_duration, next_time_of_day


def tag_matches(pattern: str, tag: str) -> bool:
    pattern, tag = pattern.strip().casefold(), tag.strip().casefold()
    if pattern.endswith("*"):
        return tag.startswith(pattern[:-1])
    return pattern == tag


def trigger_matches(node: Node, event, subjects: Subjects) -> bool:
    """Whether `event` (an EngineEvent) starts a run at trigger `node`."""
    p, data = node.params, event.data
    kind = node.kind
    if kind == "trigger.order_placed":
        return _order_trigger(p, event, subjects)
    if kind == "trigger.tag_added":
        return tag_matches(p["tag"], data.get("tag", ""))
    if kind == "trigger.custom_event":
        if event.name != p["event"] or not carries(p, data.get("properties") or {}):
            return False
        return p.get("which") != "nth" or is_nth(subjects.conn, p, event)
    if kind == "trigger.threshold":
        measure = "points" if p["measure"] == "points" else f"score:{p['score']}"
        before, after = data.get("before", 0), data.get("after", 0)
        return data.get("measure") == measure and before < p["threshold"] <= after
    if kind == "trigger.tier_changed":
        wanted = {t.strip().casefold() for t in p.get("tiers") or ()}
        reached = str((data.get("properties") or {}).get("to") or "").casefold()
        return not wanted or reached in wanted
    # customer_created, referral_used (the engine picks the referrer), and date / inactivity /
    # expiry triggers (their scans pick the contacts)
    return True


def _order_trigger(p: dict[str, Any], event, subjects: Subjects) -> bool:
    if p["which"] in ("first", "nth"):
        wanted = 1 if p["which"] == "first" else int(p["nth"])
        if subjects.facts(event.contact_id).orders_count != wanted:
            return False
    if p.get("min_total") in (None, "") and not p.get("products") and not p.get("collections"):
        return True  # no filter needs the order itself
    order = subjects.order(event.data.get("order_id"))
    if order is None:
        return False
    if p.get("min_total") not in (None, "") and order["total"] < Decimal(str(p["min_total"])):
        return False
    if p.get("products"):
        wanted = {w.casefold() for w in p["products"]}
        have = {v.casefold() for i in order["line_items"]
                for v in (i["sku"], i["title"], i["handle"]) if v}
        if not wanted & have:
            return False
    if p.get("collections"):
        wanted = {w.casefold() for w in p["collections"]}
        have = {c.casefold() for i in order["line_items"] for c in i["collections"]}
        if not wanted & have:
            return False
    return True


def wait_until(node: Node, now: datetime, tz: ZoneInfo) -> tuple[datetime, str | None]:
    """(due_at, waiting_for event name or None) for a wait node entered at `now`."""
    p = node.params
    if node.kind == "wait.delay":
        return add_duration(now, p["duration"], tz), None
    if node.kind == "wait.until_time":
        return next_time_of_day(now, p["time_of_day"], p.get("weekdays") or [], tz), None
    if node.kind == "wait.event":
        return add_duration(now, p["timeout"], tz), p["event"]
    raise ValueError(f"{node.kind} is not a wait")


def condition_port(node: Node, enrollment_id: int, contact_id: int, context: dict[str, Any],
                   subjects: Subjects) -> str:
    p = node.params
    if node.kind == "condition.random_split":
        # Seeded by enrollment and node: a backtest and a rerun send the same contact the same way.
        digest = hashlib.sha256(f"{enrollment_id}:{node.id}".encode()).digest()
        roll = int.from_bytes(digest[:8], "big") % 100
        total = 0
        for branch in p["branches"]:
            total += int(branch["percent"])
            if roll < total:
                return branch["name"]
        return p["branches"][-1]["name"]
    if node.kind == "condition.event_count":
        from runtime.engine.product_picks import event_count_port  # builds on actions

        return event_count_port(node, contact_id, context, subjects)
    lookup = subjects.lookup(contact_id, context)
    return "yes" if conditions.evaluate(p["rules"], p.get("match", "all"), lookup) else "no"
