"""Shop-time arithmetic: local days that survive daylight saving, times of day, next weekdays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from runtime.catalog import DURATION_UNITS

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def local_datetime(day: date, hhmm: str, tz: ZoneInfo) -> datetime:
    """`day` at `hhmm` in the shop's zone, as aware UTC. A time skipped by a DST jump moves
    forward with the clocks; a repeated one takes its first occurrence."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    naive = datetime.combine(day, time(hour, minute))
    local = naive.replace(tzinfo=tz, fold=0)
    # Round-trip through UTC to detect a non-existent local time (spring forward).
    utc = local.astimezone(UTC)
    if utc.astimezone(tz).replace(tzinfo=None) != naive:
        utc = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    return utc


def local_day_start(day: date, tz: ZoneInfo) -> datetime:
    return local_datetime(day, "00:00", tz)


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def add_duration(start: datetime, duration: dict, tz: ZoneInfo) -> datetime:
    """Days and weeks keep the local time of day across DST (a 7-day wait from 10:00 ends at
    10:00); minutes and hours are exact."""
    amount, unit = int(duration["amount"]), duration["unit"]
    if unit in ("days", "weeks"):
        return _days_later(start, amount * (7 if unit == "weeks" else 1), tz)
    return start + timedelta(seconds=amount * DURATION_UNITS[unit])


# A tick moves thousands of runs into the same wait at the same moment, and the zone
# arithmetic (four conversions) cost more than the rest of the step: the answer is remembered.
@lru_cache(maxsize=4096)
def _days_later(start: datetime, days: int, tz: ZoneInfo) -> datetime:
    naive = start.astimezone(tz).replace(tzinfo=None) + timedelta(days=days)
    result = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if result.astimezone(tz).replace(tzinfo=None) != naive:
        result = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    return result


def next_time_of_day(now: datetime, hhmm: str, weekdays: list[str], tz: ZoneInfo) -> datetime:
    """The first moment at or after `now` that is `hhmm` local on one of `weekdays` (any day
    when empty)."""
    allowed = {WEEKDAY_NAMES.index(w) for w in weekdays if w in WEEKDAY_NAMES} or set(range(7))
    day = local_date(now, tz)
    for _ in range(8):
        candidate = local_datetime(day, hhmm, tz)
        if candidate >= now and day.weekday() in allowed:
            return candidate
        day += timedelta(days=1)
    raise AssertionError("a weekday always comes within 8 days")


def anniversary_days(day: date) -> list[tuple[int, int]]:
    """The (month, day) pairs celebrated on `day`: 29 February falls on 28 February in
    years without it."""
    pairs = [(day.month, day.day)]
    if day.month == 2 and day.day == 28:
        try:
            date(day.year, 2, 29)
        except ValueError:
            pairs.append((2, 29))
    return pairs
