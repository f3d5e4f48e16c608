"""An import reports its progress and can be cancelled, leaving the database untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from runtime.db.models import Contact, Order
from runtime.importers import ImportCancelled, run_import

DATA = Path(__file__).parent / "data"


def files():
    customers = sorted(DATA.glob("*customers*.csv"))[0]
    orders = sorted(DATA.glob("*orders*.csv"))[0]
    return customers, orders


def counts(service):
    with service.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(Contact)).scalar_one(),
                conn.execute(select(func.count()).select_from(Order)).scalar_one())


def test_progress_rises_to_the_end(service):
    customers, orders = files()
    seen = []
    run_import(service.engine, customers=customers, orders=orders, progress=seen.append)
    assert seen == sorted(seen) and seen[0] > 0 and seen[-1] >= 0.98
    assert counts(service)[1] > 0


@pytest.mark.parametrize("stop_after", [1, 4, 6])
def test_cancel_at_any_phase_writes_nothing(service, stop_after):
    customers, orders = files()
    asked = []

    def should_cancel():
        asked.append(1)
        return len(asked) >= stop_after

    with pytest.raises(ImportCancelled):
        run_import(service.engine, customers=customers, orders=orders,
                   should_cancel=should_cancel)
    assert counts(service) == (0, 0)


def pooled_connections_check_foreign_keys(engine) -> list[int]:
    """PRAGMA foreign_keys of every connection the pool holds (all checked out at once)."""
    held = [engine.connect() for _ in range(max(engine.pool.checkedin(), 1))]
    try:
        return [conn.exec_driver_sql("PRAGMA foreign_keys").scalar() for conn in held]
    finally:
        for conn in held:
            conn.close()


@pytest.mark.parametrize("cancel", [False, True])
def test_foreign_keys_are_checked_again_after_an_import(service, cancel):
    # The import switches SQLite's foreign key checks off for its own transaction only.
    customers, orders = files()
    asked = []

    def should_cancel():  # at the last check, inside the import's transaction
        asked.append(1)
        return cancel and len(asked) == 6

    try:
        run_import(service.engine, customers=customers, orders=orders,
                   should_cancel=should_cancel)
    except ImportCancelled:
        assert cancel and counts(service) == (0, 0)
    else:
        assert not cancel
    assert set(pooled_connections_check_foreign_keys(service.engine)) == {1}
    with service.engine.connect() as conn, pytest.raises(IntegrityError):
        conn.exec_driver_sql("INSERT INTO line_items (order_id, title, quantity, price) "
                             "VALUES (999999, 'x', 1, 0)")
