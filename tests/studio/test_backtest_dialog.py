"""The backtest dialog: runs a recipe off the GUI thread, shows its actions, badges and errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from runtime.flow import Flow
from runtime.flowfile import load_flow
from studio.backtest_actions import ActionsModel, action_text, reason_phrase
from studio.backtest_dialog import BacktestDialog
from tests.runtime.builders import add_contact, add_order

RECIPES = Path(__file__).resolve().parents[2] / "recipes"


@pytest.fixture
def shop(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        add_order(conn, olena, "2025-02-03 12:00", "420.00")
        add_order(conn, olena, "2025-05-01 09:30", "180.00")
        add_order(conn, taras, "2025-03-15 18:45", "990.00")
        add_order(conn, ivan, "2025-04-02 11:00", "250.00")
    return service


def open_dialog(qtbot, service, flow) -> BacktestDialog:
    dialog = BacktestDialog(service, flow)
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2025, 1, 1))
    dialog.to_edit.setDate(QDate(2025, 12, 31))
    return dialog


def test_a_recipe_runs_and_its_actions_fill_the_table(qtbot, shop):
    flow = load_flow(RECIPES / "first-purchase-coupon.json")
    dialog = open_dialog(qtbot, shop, flow)
    dialog.show()
    badges = []
    dialog.badges.connect(badges.append)
    with qtbot.waitSignal(dialog.runEnded, timeout=20000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    report = dialog.report
    assert report["actions"], "the recipe should have acted on the first purchases"
    assert dialog.table.model().rowCount() == len(report["actions"])
    # Each badge says what it counts: who entered, who reached a wait, what an action did.
    assert len(badges) == 1 and set(badges[0]) == set(flow.nodes())
    assert badges[0]["trigger"][0] == "3 entered"  # three first purchases in 2025
    assert badges[0]["wait-1h"][0] == "3 reached"
    assert badges[0]["coupon"][0] == "2 issued · 1 skipped"  # no code without consent
    text, tip = badges[0]["email"]
    assert text == "2 sent · 1 skipped"  # Иван gave no marketing consent
    assert "3 contacts reached" in tip and "2 emails sent" in tip
    assert "no marketing consent (1)" in tip
    summary = dialog.summary_label.text()
    assert "3</b> customers entered" in summary and "no marketing consent" in summary
    # The first row is selected at once; an email row shows the email filled in for its
    # customer, with the coupon the step before it made.
    assert dialog.preview.toPlainText()
    model = dialog.table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 2).data().startswith("Email:")
               and model.index(r, 1).data() == "olena@example.ua")
    dialog.table.selectRow(row)
    shown = dialog.preview.toPlainText()
    assert "Олена" in shown and model.index(row, 3).data() in shown
    assert dialog.run_button.isEnabled() and not dialog.busy_row.isVisible()
    dialog.close()


def test_sorting_by_who(qtbot, shop):
    dialog = open_dialog(qtbot, shop, load_flow(RECIPES / "first-purchase-coupon.json"))
    with qtbot.waitSignal(dialog.runEnded, timeout=20000):
        dialog.run()
    dialog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    model = dialog.table.model()
    who = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert who == sorted(who, reverse=True)


def test_an_invalid_flow_is_a_message_not_a_traceback(qtbot, service):
    dialog = open_dialog(qtbot, service, Flow("Empty"))
    with qtbot.waitSignal(dialog.runEnded, timeout=10000):
        dialog.run()
    text = dialog.message_label.text()
    assert not dialog.message_label.isHidden() and "Traceback" not in text
    assert "problems" in text
    assert dialog.table.model().rowCount() == 0


def test_a_database_that_is_not_sqlite_is_a_message(qtbot, service, monkeypatch):
    def refuse(*args, **kwargs):
        from runtime.errors import UserError

        raise UserError("backtests need the workspace on SQLite (a copy is made of it)")

    monkeypatch.setattr("studio.backtest_dialog.run_backtest", refuse)
    dialog = open_dialog(qtbot, service, load_flow(RECIPES / "first-purchase-coupon.json"))
    with qtbot.waitSignal(dialog.runEnded, timeout=10000):
        dialog.run()
    assert "need the workspace on SQLite" in dialog.message_label.text()


def test_cancel_stops_the_replay(qtbot, service):
    with service.engine.begin() as conn:
        for n in range(1500):
            cid = add_contact(conn, f"c{n}@example.com")
            add_order(conn, cid, f"2025-{1 + n % 12:02d}-{1 + n % 28:02d} 10:00")
    dialog = open_dialog(qtbot, service, load_flow(RECIPES / "first-purchase-coupon.json"))
    with qtbot.waitSignal(dialog.runEnded, timeout=20000) as ended:
        dialog.run()
        dialog.cancel()  # before the worker reaches its first check
    assert ended.args == ["cancelled"]
    assert dialog.report is None
    assert "stopped" in dialog.summary_label.text()
    assert dialog.run_button.isEnabled()


def test_period_defaults_to_the_last_twelve_months(qtbot, service):
    dialog = BacktestDialog(service, Flow("Any"))
    qtbot.addWidget(dialog)
    assert dialog.from_edit.date() == dialog.to_edit.date().addYears(-1)
    assert "Europe/Kyiv" in dialog.zone_label.text()
    start, end = dialog.period()
    assert (end - start).days in (366, 367)


def test_reasons_read_as_plain_words():
    assert reason_phrase("no_consent") == "no marketing consent"
    assert reason_phrase("something_new") == "something new"


def test_what_column_says_what_happened_in_full(qtbot, shop):
    flow = load_flow(RECIPES / "first-purchase-coupon.json")
    dialog = open_dialog(qtbot, shop, flow)
    dialog.show()
    with qtbot.waitSignal(dialog.runEnded, timeout=20000):
        dialog.run()
    model = dialog.table.model()
    whats = {model.index(r, 1).data(): [] for r in range(model.rowCount())}
    for r in range(model.rowCount()):
        whats[model.index(r, 1).data()].append(model.index(r, ActionsModel.WHAT).data())
    code = next(a["coupon"] for a in dialog.report["actions"]
                if a["contact"] == "olena@example.ua" and a["kind"] == "action.coupon")
    assert sorted(whats["olena@example.ua"]) == [
        f"Coupon {code} (10 % off)",
        "Email: Thank you for your first order, Олена!"]
    # The column is wide enough for its longest text: nothing ends in "…".
    metrics = dialog.table.fontMetrics()
    longest = max((model.index(r, ActionsModel.WHAT).data() for r in range(model.rowCount())),
                  key=metrics.horizontalAdvance)
    width = dialog.table.horizontalHeader().sectionSize(ActionsModel.WHAT)
    assert metrics.horizontalAdvance(longest) + 12 <= width, (longest, width)
    dialog.close()


@pytest.fixture
def english_numbers():
    """Numbers grouped as in English ("1,200"), whatever the machine's locale is."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("action, params, expected", [
    ({"kind": "action.send_email", "subject": "We miss you, Олена"}, None,
     "Email: We miss you, Олена"),
    ({"kind": "action.coupon", "coupon": "WELCOME-7F3K"},
     {"discount_type": "percent", "value": 10}, "Coupon WELCOME-7F3K (10 % off)"),
    ({"kind": "action.coupon", "coupon": "SORRY-1"},
     {"discount_type": "fixed", "value": "50.5"}, "Coupon SORRY-1 (50.5 UAH off)"),
    ({"kind": "action.coupon", "coupon": "SHIP-2"},
     {"discount_type": "free_shipping", "value": 0}, "Coupon SHIP-2 (free shipping)"),
    ({"kind": "action.add_tag", "detail": {"tag": "постійний"}}, None, "Tag added: постійний"),
    ({"kind": "action.points", "detail": {"account": "points", "delta": 1200,
                                          "balance": 1340}}, None,
     "+1,200 points (now 1,340)"),
    ({"kind": "action.unsubscribe"}, None, "Unsubscribed from marketing email"),
])
def test_action_texts(english_numbers, action, params, expected):
    flow = Flow("F")
    node = flow.add_node(action["kind"], params or {})
    assert action_text({**action, "node": node}, flow, "UAH") == expected
