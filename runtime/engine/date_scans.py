"""Date and inactivity triggers: each shop day's scan, part of the engine (a mixin)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Connection

from runtime.db.models import Setting
from runtime.engine import scans
from runtime.engine.compiled import CompiledFlow
from runtime.engine.writes import EngineEvent

S = Setting.__table__


class DateScans:
    """Birthdays, anniversaries, N days without an order, points about to expire, RFM
    segments: contacts are picked in SQL once per shop day at the trigger's time of day, and
    the last day scanned is kept in the settings so that a restart neither repeats nor skips
    a day."""

    def _scans(self, conn: Connection, now: datetime) -> int:
        count = 0
        for flow in self.active:
            for kind in scans.SCANNED_KINDS:
                for node in flow.triggers.get(kind, ()):
                    count += self._scan_node(conn, flow, node, now)
        return count

    def _scan_node(self, conn: Connection, flow: CompiledFlow, node, now: datetime) -> int:
        key = f"scan:{flow.version_id}:{node.id}"
        count = 0
        while True:
            last = self._scan_state.get(key)
            day, fire_at = scans.next_scan(flow, node, last, self.tz)
            if fire_at > now:
                return count
            first = last is None
            self.flush_batch()  # the scans read contacts, tags and fields in SQL
            hits = scans.hits_for_day(conn, node, day, fire_at, self.tz,
                                      include_existing=first and bool(
                                          flow.settings.get("enrol_existing")))
            w = self._writes(conn, fire_at)
            name = scans.EVENT_NAMES[node.kind]
            for cid, data in hits:
                run = self._enroll(conn, w, flow, node.id, EngineEvent(name, cid, fire_at, data))
                count += run is not None
                self._drain(conn, w)
            self._flush(w)
            self._scan_state[key] = day.isoformat()
            self._save_scan_state(conn, key, day.isoformat())

    def _save_scan_state(self, conn: Connection, key: str, value: str) -> None:
        updated = conn.execute(S.update().where(S.c.key == key).values(value=value)).rowcount
        if not updated:
            conn.execute(S.insert().values(key=key, value=value))

    def _next_scans(self) -> list[datetime]:
        """When each scanned trigger next fires."""
        found = []
        for flow in self.active:
            for kind in scans.SCANNED_KINDS:
                for node in flow.triggers.get(kind, ()):
                    last = self._scan_state.get(f"scan:{flow.version_id}:{node.id}")
                    found.append(scans.next_scan(flow, node, last, self.tz)[1])
        return found
