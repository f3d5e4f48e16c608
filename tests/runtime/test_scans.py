"""The anniversary and date-field scans against plain Python references, every shop day."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from runtime.db.models import Order
from runtime.engine.compiled import Node
from runtime.engine.scans import contacts_for_day
from runtime.engine.timing import anniversary_days, local_date, local_datetime
from tests.runtime.builders import add_contact, add_order

NODE = Node("n", "trigger.date_reached",
            {"date": "first_order_anniversary", "days_before": 0, "time_of_day": "09:00"}, "")


def expected(first_purchase: dict[int, datetime], day: date, fire_at: datetime,
             tz: ZoneInfo) -> list[int]:
    wanted = set(anniversary_days(day))
    return sorted(cid for cid, first in first_purchase.items()
                  if first <= fire_at and local_date(first, tz).year < day.year
                  and (local_date(first, tz).month, local_date(first, tz).day) in wanted)


# Zones far from UTC on both sides move a purchase near midnight to another calendar day.
@pytest.mark.parametrize("zone", ["Europe/Kyiv", "Pacific/Kiritimati", "America/Los_Angeles"])
def test_anniversary_scan_matches_a_reference_every_day(service, zone):
    tz = ZoneInfo(zone)
    rng = random.Random(zone)
    with service.engine.begin() as conn:
        for i in range(80):
            cid = add_contact(conn, f"c{i}@example.com")
            for _ in range(rng.randint(0, 3)):
                # Days clustered around 28 Feb – 1 Mar and New Year, hours near midnight.
                base = rng.choice([date(2024, 2, 28), date(2024, 2, 29), date(2023, 3, 1),
                                   date(2024, 12, 31), date(2025, 1, 1)])
                when = datetime.combine(base, datetime.min.time(), UTC) + timedelta(
                    days=rng.randint(-2, 2) + 365 * rng.randint(-1, 1),
                    hours=rng.choice([0, 1, 11, 13, 22, 23]), minutes=rng.randint(0, 59))
                add_order(conn, cid, when.strftime("%Y-%m-%d %H:%M"),
                          cancelled=rng.random() < 0.2)
        first: dict[int, datetime] = {}
        for cid, at in conn.execute(select(Order.contact_id, Order.created_at)
                                    .where(Order.is_purchase.is_(True))):
            first[cid] = min(at, first.get(cid, at))
        day, checked = date(2024, 1, 1), 0
        while day < date(2027, 1, 1):
            fire_at = local_datetime(day, "09:00", tz)
            found = contacts_for_day(conn, NODE, day, fire_at, tz)
            assert found == expected(first, day, fire_at, tz), day
            checked += len(found)
            day += timedelta(days=1)
    assert checked > 50  # the timeline really has anniversaries to find


BIRTHDAY = Node("b", "trigger.date_reached",
                {"date": "birth_date", "days_before": 0, "time_of_day": "09:00"}, "")


def sqlite_text(value) -> str | None:
    """What json_extract gives for a field, as text (SQLite minifies nested JSON)."""
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def test_date_field_scan_matches_a_reference_every_day_of_a_leap_and_a_common_year(service):
    rng = random.Random(7)
    noise = ["1990-03-15T10:00", "15.03.1990", 19900315, ["1990-03-15"], None, "",
             "1990x03-15", "  03-15   "]
    fields = {}
    with service.engine.begin() as conn:
        for i in range(300):
            day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
            born = rng.choice(noise) if rng.random() < 0.3 else \
                f"{rng.randint(1950, 2005)}-{day:%m-%d}"
            # Other fields holding the same digits, some in escaped (non-ASCII) text.
            extra = rng.choice([{}, {"zip": f"{day:%m-%d}"}, {"city": "Київ"},
                                {"note": f"{day:%m-%d} Дніпро"}])
            value = {**extra, "birth_date": born} if born is not None else extra
            fields[add_contact(conn, f"c{i}@example.com", fields=value)] = born
        day = date(2024, 1, 1)
        checked = 0
        while day < date(2026, 1, 1):
            wanted = {f"{m:02d}-{d:02d}" for m, d in anniversary_days(day)}
            expected_ids = sorted(cid for cid, born in fields.items()
                                  if (text := sqlite_text(born)) is not None
                                  and len(text) == 10 and text[5:10] in wanted)
            found = contacts_for_day(conn, BIRTHDAY, day, local_datetime(day, "09:00", UTC), UTC)
            assert found == expected_ids, day
            checked += len(found)
            day += timedelta(days=1)
    assert checked > 350  # most contacts have a birthday found in each of the two years
