"""Order cells: the memos and the Shopify time fast path store what the general parsers store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from runtime.db.bulk import bind_processors
from runtime.db.models import Order
from runtime.importers import cell_values as cells
from runtime.importers.cell_values import CellError
from runtime.importers.csv_reading import CsvTable, picked_from_cells
from runtime.importers.order_cells import REQUIRED, OrderCells

ZONE = ZoneInfo("Europe/Kyiv")
HEADER = [*REQUIRED, "Id", "Cancelled at", "Accepts Marketing", "Currency", "Refunded Amount"]


def order_cells(dialect=None) -> OrderCells:
    table = CsvTable(Path("orders.csv"), HEADER, "Shopify order export")
    return OrderCells(table, ZONE, dialect or sqlite.dialect())


def general(text: str, dialect=None):
    """What the general parser and the column's own processor make of `text`."""
    dialect = dialect or sqlite.dialect()
    (process,) = bind_processors(dialect, Order.__table__, ["created_at"])
    moment = cells.moment(text, "Created at", ZONE, required=True)
    return moment if process is None else process(moment)


SHOPIFY_TIMES = st.builds(
    lambda moment, sign, hours, minutes: (f"{moment:%Y-%m-%d %H:%M:%S} "
                                          f"{sign}{hours:02}{minutes:02}"),
    st.datetimes(min_value=datetime(1899, 12, 25), max_value=datetime(2201, 1, 5)),
    st.sampled_from("+-"), st.integers(0, 25), st.sampled_from([0, 0, 0, 30, 45, 60]))
ODD_TIMES = st.sampled_from([
    "2025-02-30 10:00:00 +0200", "2025-03-05 24:00:00 +0200", "2025-03-05 10:60:00 +0200",
    "2025-03-05 10:00:60 +0200", "2025-03-05T10:00:00 +0200", "2025-03-05 10:00:00+02:00",
    " 2025-03-05 10:00:00 +0200", "2025-03-05 10:00:00 +0200 ", "2025-03-05 10:00:00 +٠٢٠٠",
    "2025-W10-3 10:00:00 +0200", "0001-01-01 00:00:00 +1400", "2025-03-05 10:00:00 Z0200",
    "2025-03-05 10:00:00.5 +0200", "2025-03-05", "", "yesterday",
])


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(SHOPIFY_TIMES | ODD_TIMES, min_size=1, max_size=8))
def test_fast_path_stores_what_the_general_parser_stores(texts):
    c = order_cells()
    for text in texts * 2:  # the second round answers from the remembered hours
        fast = c.shopify_time(text)
        try:
            expected = general(text)
        except CellError:
            assert fast is None
        else:
            assert fast is None or fast == expected


def test_the_commonshopify_time_takes_the_fast_path():
    c = order_cells()
    assert c.shopify_time("2025-03-05 14:22:11 +0200") == "2025-03-05 12:22:11.000000"
    assert c.shopify_time("2025-03-05 14:59:59 +0200") == "2025-03-05 12:59:59.000000"
    assert c.shopify_time("2025-01-01 01:30:00 +0530") == "2024-12-31 20:00:00.000000"
    assert c.shopify_time("2024-12-31 23:00:00 -0100") == "2025-01-01 00:00:00.000000"


def test_other_databases_get_datetimes():
    c = order_cells(postgresql.dialect())
    text = "2025-03-05 14:22:11 +0200"
    assert c.shopify_time(text) == general(text, postgresql.dialect())
    assert c.shopify_time(text) == datetime(2025, 3, 5, 12, 22, 11)


def row(**cells_by_header: str) -> tuple[str, ...]:
    """The cells OrderCells reads of a row with these cells (as the import hands them over)."""
    cells_in_file = [cells_by_header.get(name, "") for name in HEADER]
    return picked_from_cells(cells_in_file, order_cells().wanted, len(HEADER))


def test_remembered_cells_and_bad_cells():
    c = order_cells()
    good = row(**{"Email": " A@Example.COM ", "Financial Status": "Paid", "Total": "10.5",
                  "Created at": "2025-03-05 14:22:11 +0200", "Accepts Marketing": "yes",
                  "Currency": "uah"})
    first = c.order(good, 2, "#1", "")
    again = c.order(good, 3, "#2", "")
    assert first.values == again.values
    assert first.email == "a@example.com" and first.key == "#1"
    assert first.values[2:6] == ("UAH", None, 105000, 0)
    # A bad cell is reported every time (failures are not remembered), the first in check order.
    bad = row(**{"Email": "nope", "Total": "x", "Created at": "soon"})
    for _ in range(2):
        with pytest.raises(CellError, match="Email"):
            c.order(bad, 4, "#3", "")
    bad = row(**{"Email": "a@example.com", "Total": "x", "Created at": "soon"})
    with pytest.raises(CellError, match="Created at"):
        c.order(bad, 5, "#4", "")
