"""RFM segments: the segment of an (R, F, M) score, and the daily scan that finds customers
whose segment tag is missing or out of date."""

from __future__ import annotations

from bisect import bisect_right, insort
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.db.models import ContactTag
from runtime.engine.compiled import Node
from runtime.engine.purchase_history import PurchaseHistory, history_at
from runtime.facts import RFM_BUCKETS

SEGMENTS = ("Champions", "Loyal", "Potential loyalist", "New", "At risk", "Can't lose them",
            "Hibernating", "Lost")
T = ContactTag.__table__


def segment(r: int, f: int, m: int) -> str:
    """The segment of an RFM score (each 1-5, 5 best); the first rule that holds wins."""
    if r >= 4 and f >= 4 and m >= 4:
        return "Champions"
    if r >= 3 and f >= 3:
        return "Loyal"
    if r >= 4 and f == 1:
        return "New"
    if r >= 3:
        return "Potential loyalist"
    if r == 1 and (f >= 4 or m >= 5):
        return "Can't lose them"  # bought often or spent the most, and gone quiet
    if f >= 3:
        return "At risk"
    return "Hibernating" if r == 2 else "Lost"


class _Dimension:
    """One of R, F, M: every contact's value in a sorted list, and the values at which the
    NTILE(5) buckets start. A contact's score is 1 + the number of bucket starts below its
    value, which is what runtime.facts.rfm_select gives ties (the lowest bucket of the tie)."""

    def __init__(self, values: dict[int, Any]) -> None:
        self.value = dict(values)
        self.sorted = sorted((v, c) for c, v in values.items())
        self.thresholds = self._thresholds()

    def _thresholds(self) -> list:
        n = len(self.sorted)
        size, extra = divmod(n, RFM_BUCKETS)
        out = []
        for j in range(1, RFM_BUCKETS):
            start = j * (size + 1) if j <= extra else extra * (size + 1) + (j - extra) * size
            out.append(self.sorted[start - 1][0] if 0 < start <= n else None)
        return out

    def score(self, contact_id: int) -> int:
        v = self.value[contact_id]
        return 1 + sum(1 for t in self.thresholds if t is not None and t < v)

    def update(self, contact_id: int, value: Any) -> None:
        old = self.value.get(contact_id)
        if old is not None:
            del self.sorted[bisect_right(self.sorted, (old, contact_id)) - 1]
        self.value[contact_id] = value
        insort(self.sorted, (value, contact_id))

    def moved(self) -> set[int]:
        """Refresh the bucket starts; the contacts whose score may have changed with them."""
        new = self._thresholds()
        out: set[int] = set()
        for old, now in zip(self.thresholds, new, strict=True):
            if old == now:
                continue
            if old is None or now is None:
                return set(self.value)  # fewer than five customers: everything shifts
            lo, hi = min(old, now), max(old, now)
            # Scores change for values in (lo, hi]: those are above one start, not the other.
            start = bisect_right(self.sorted, (lo, float("inf")))
            end = bisect_right(self.sorted, (hi, float("inf")))
            out.update(c for _v, c in self.sorted[start:end])
        self.thresholds = new
        return out


class RfmTracker:
    """Every purchasing contact's segment, kept current as the history moves forward."""

    def __init__(self, history: PurchaseHistory) -> None:
        stats = history.contacts
        self.r = _Dimension({c: s.last_order_at for c, s in stats.items()})
        self.f = _Dimension({c: s.orders_count for c, s in stats.items()})
        self.m = _Dimension({c: s.total_spent for c, s in stats.items()})
        self.pending: set[int] = set()
        self.announced: dict[int, str] | None = None  # contact -> segment its tag shows
        history.listeners.append(self.pending.update)
        self.history = history

    def scores(self, contact_id: int) -> tuple[int, int, int]:
        return self.r.score(contact_id), self.f.score(contact_id), self.m.score(contact_id)

    def changed(self) -> set[int]:
        """Contacts whose score may differ since the last call (new purchases, moved buckets)."""
        stats = self.history.contacts
        touched = set(self.pending)
        self.pending.clear()
        for c in touched:
            s = stats[c]
            self.r.update(c, s.last_order_at)
            self.f.update(c, s.orders_count)
            self.m.update(c, s.total_spent)
        return touched | self.r.moved() | self.f.moved() | self.m.moved()


def _tracker(conn: Connection, prefix: str, as_of: datetime) -> tuple[RfmTracker, set[int]]:
    history = history_at(conn, as_of)
    key = f"rfm:{prefix}"
    tracker = history.views.get(key)
    if tracker is None:
        tracker = history.views[key] = RfmTracker(history)
        return tracker, set(history.contacts)
    return tracker, tracker.changed()


def contacts_for_day(conn: Connection, node: Node, fire_at: datetime) -> list[tuple[int, dict]]:
    """(contact id, event data) for every customer whose segment tag is not their segment
    at `fire_at`, in contact order."""
    prefix = node.params["prefix"].strip()
    tracker, candidates = _tracker(conn, prefix, fire_at)
    if tracker.announced is None:
        # The tags are the durable record; what this process announced since is kept here.
        tagged = conn.execute(select(T.c.contact_id, T.c.tag)
                              .where(T.c.tag.like(prefix.replace("%", r"\%") + "%",
                                                  escape="\\")))
        tracker.announced = {c: tag[len(prefix):] for c, tag in tagged}
        # A tagged contact without purchases (all cancelled since) has no segment any more.
        candidates = set(tracker.history.contacts) | set(tracker.announced)
    out = []
    stats = tracker.history.contacts
    for contact_id in sorted(candidates):
        wanted = segment(*tracker.scores(contact_id)) if contact_id in stats else ""
        previous = tracker.announced.get(contact_id)
        if wanted != previous:
            tracker.announced[contact_id] = wanted
            out.append((contact_id, {"properties": {"segment": wanted,
                                                    "previous_segment": previous or ""}}))
    return out
