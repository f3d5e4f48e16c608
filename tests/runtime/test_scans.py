"""The anniversary scan against a plain Python reference, every shop day for three years."""

from __future__ import annotations

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
