"""Picking cells out of CSV lines: both versions of pick read lines as csv.reader does."""

from __future__ import annotations

import csv
import shutil
import sysconfig
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from runtime.importers import csv_reading
from runtime.importers.csv_reading import pick_unquoted, picked_from_cells
from runtime.importers.records import Section
from runtime.importers.shopify_orders import open_orders, parse_orders
from runtime.shop import zone

try:
    from runtime.importers._csv_cells import pick as c_pick
    from runtime.importers._csv_cells import unquoted as c_unquoted
except ImportError:
    c_pick = c_unquoted = None

PICKERS = [pytest.param(pick_unquoted, id="python"),
           pytest.param(c_pick, id="c", marks=pytest.mark.skipif(
               c_pick is None, reason="the C version is not built"))]


def read_by_csv(line: str) -> list[str]:
    (row,) = csv.reader([line])
    return row


def test_the_c_version_is_built_where_a_compiler_is():
    # The setup builds it; an import that quietly fell back to the plain version would still
    # pass every other test.
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"], "Python.h")
    if not shutil.which(compiler) or not headers.exists():
        pytest.skip("no C compiler or no Python headers on this machine")
    assert c_pick is not None
    assert csv_reading.pick is c_pick
    assert csv_reading.unquoted is c_unquoted


@pytest.mark.parametrize("pick", PICKERS)
def test_unquoted_lines(pick):
    assert pick("a,b,c,d\r\n", (3, 0), 4) == ("d", "a")
    assert pick("a,b,c,d\n", (1,), 4) == ("b",)
    assert pick("a,b,c,d", (2,), 4) == ("c",)
    # A short row reads empty cells; so does the column past the header (a missing column).
    assert pick("a,b\n", (0, 3, 4), 4) == ("a", "", "")
    # Cells past the header's width are not read.
    assert pick("a,b,c,d,e,f\n", (1, 4), 4) == ("b", "")
    # Non-ASCII text of every width Python stores strings in.
    assert pick("é,Ж,中,😀\n", (0, 1, 2, 3), 4) == ("é", "Ж", "中", "😀")
    assert pick("  , x ,\n", (0, 1, 2), 3) == ("  ", " x ", "")


@pytest.mark.parametrize("pick", PICKERS)
def test_blank_records(pick):
    for line in ("\n", "\r\n", "", ",,,\n", ",,,"):
        assert pick(line, (0, 1), 4) is None


def test_quoted_cells_in_c():
    if c_pick is None:
        pytest.skip("the C version is not built")
    assert c_pick('a,"b, c","say ""hi""",d\n', (1, 2, 3), 4) == ("b, c", 'say "hi"', "d")
    assert c_pick('"",x\n', (0, 1), 2) == ("", "x")
    assert c_pick('"a"\r\n', (0,), 1) == ("a",)
    assert c_pick('"",""\n', (0, 1), 2) is None
    # What only csv.reader reads right is left to it.
    for line in ('a,"b\n', 'a,"b"c,d\n', 'a,b"c,d\n', ' "a",b\n', 'a,"b\x00",c\n', '"a\rb",c\n'):
        assert c_pick(line, (0, 1), 2) is False, line
    # Also past the last wanted cell: a quoted cell that goes on to the next line makes the
    # record longer than the line, so the cells after the wanted ones are read too.
    far = "," * 70
    for line in ('a,b,c,"d\n', f'a,b{far}"d\n', f'a,b{far}"d"e\n', f'a,b{far}"d""\n'):
        assert c_pick(line, (0,), 4) is False, line
    assert c_pick(f'a,b{far}"d""e",f\n', (0,), 4) == ("a",)


def test_the_python_version_leaves_quotes_to_csv_reader():
    assert pick_unquoted('a,"b",c\n', (0,), 3) is False


def test_bad_arguments_in_c():
    if c_pick is None:
        pytest.skip("the C version is not built")
    with pytest.raises(ValueError):
        c_pick("a,b\n", (-1,), 2)
    with pytest.raises(TypeError):
        c_pick(b"a,b\n", (0,), 2)
    with pytest.raises(TypeError):
        c_pick("a,b\n", [0], 2)


ALPHABET = st.sampled_from(['a', 'b', ' ', ',', ',', '"', '"', 'é', 'Ж', '中', '😀', "'", '\t'])
# Short lines, and lines long enough for the C version's 16-character blocks and 64-bit words.
LINES = st.builds(lambda text, end: text + end,
                  st.one_of(st.text(ALPHABET, max_size=40),
                            st.text(ALPHABET, min_size=40, max_size=300)),
                  st.sampled_from(["", "\n", "\r\n", "\r"]))


@settings(max_examples=600, deadline=None)
@given(line=LINES, width=st.integers(1, 8), data=st.data())
def test_both_versions_read_a_line_as_csv_reader_does(line, width, data):
    wanted = tuple(data.draw(st.lists(st.integers(0, width), min_size=1, max_size=6)))
    for pick in (pick_unquoted, c_pick):
        if pick is None:
            continue
        picked = pick(line, wanted, width)
        if picked is False:
            # Only a line with a quote is left to csv.reader.
            assert '"' in line
            continue
        row = read_by_csv(line)
        if picked is None:
            assert not any(row)
        else:
            assert picked == picked_from_cells(row, wanted, width)


@settings(max_examples=300, deadline=None)
@given(line=st.text(st.sampled_from(['a', ',', '"', '\x00', '\x01', 'é', 'Ж', '😀']), max_size=80))
def test_a_line_is_unquoted_without_a_quote_or_a_nul(line):
    expected = '"' not in line and "\x00" not in line
    assert csv_reading._unquoted(line) is expected
    if c_unquoted is not None:
        assert c_unquoted(line) is expected


@pytest.mark.parametrize("pick", PICKERS)
def test_wide_files(pick):
    # More columns than the C version keeps on the stack, wanted at both ends.
    line = ",".join(f"c{i}" for i in range(600)) + "\n"
    assert pick(line, tuple(range(200)) + (599, 0), 600) == (
        *(f"c{i}" for i in range(200)), "c599", "c0")
    assert pick(line, (550, 600), 600) == ("c550", "")


def test_a_quoted_cell_over_the_field_limit_is_left_to_csv_reader():
    if c_pick is None:
        pytest.skip("the C version is not built")
    huge = "x" * (csv_reading.FIELD_SIZE_LIMIT + 1)
    assert c_pick(f'#1,"{huge}"\n', (0, 1), 2) is False
    assert c_pick(f'#1,"{huge[:1000]}"\n', (0,), 2) == ("#1",)


def test_an_order_file_with_hundreds_of_columns(tmp_path):
    header = [*(f"Extra {i}" for i in range(600)), "Name", "Email", "Financial Status",
              "Created at", "Total", "Lineitem quantity", "Lineitem name", "Lineitem price"]
    cells = ["#1", "a@example.com", "paid", "2025-03-05 14:22:11 +0200", "10.00", "1", "Tea",
             "5.00"]
    path = tmp_path / "orders.csv"
    path.write_text(",".join(header) + "\n" + "," * 600 + ",".join(cells) + "\n"
                    + "," * 600 + '"#2",b@example.com,paid,2025-03-05 15:00:00 +0200,3,1,Tea,3\n',
                    encoding="utf-8")
    section = Section()
    found = parse_orders(open_orders(path), section, zone("Europe/Kyiv"), sqlite.dialect())
    assert not section.rejected
    assert [(record.key, record.email) for record in found.records] == [
        ("#1", "a@example.com"), ("#2", "b@example.com")]
