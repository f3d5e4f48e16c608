"""Recipe feedback-highly-engaged: at an engagement score of 150 ask for feedback; thank those
who answer with the form."""

from __future__ import annotations

from pathlib import Path

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import (
    KYIV,
    SHOP,
    TIERS,
    add_contact,
    add_event,
    add_order,
    at,
    sent,
    skipped,
)

RECIPE = Path(__file__).resolve().parents[3] / "recipes" / "feedback-highly-engaged.json"
ASK = "Could we ask for your advice, {}?"


def backtest(service, start="2025-01-01 00:00", end="2026-01-01 00:00"):
    return run_backtest(service.engine, load_flow(RECIPE), at(start), at(end), KYIV, SHOP, TIERS)


def test_asks_at_150_and_thanks_for_the_form(service):
    with service.engine.begin() as conn:
        marta = add_contact(conn, "marta@example.ua", first_name="Марта")
        for month in ("01", "02", "03", "04"):
            add_order(conn, marta, f"2025-{month}-10 10:00")  # 80
        for day in ("12", "15", "20"):
            add_event(conn, marta, "email_replied", f"2025-04-{day} 09:00")  # 110
        add_event(conn, marta, "review_submitted", "2025-04-25 19:00")  # 125
        add_order(conn, marta, "2025-05-05 10:00")  # 145
        add_order(conn, marta, "2025-05-20 10:00")  # 165: asked
        add_event(conn, marta, "form_submitted", "2025-05-25 14:00")  # answered: thanked
        add_order(conn, marta, "2025-06-20 10:00")  # still above 150: not asked again
        petro = add_contact(conn, "petro@example.ua", first_name="Петро")
        for month in ("01", "02", "03", "04", "05"):
            add_order(conn, petro, f"2024-{month}-03 12:00")  # before the period: no score
        for day in range(1, 9):
            add_order(conn, petro, f"2025-07-0{day} 12:00")  # 160 on 8 July: asked
        add_event(conn, petro, "form_submitted", "2025-08-01 12:00")  # after 14 days: no thanks
        stranger = add_contact(conn, "stranger@example.ua")
        add_event(conn, stranger, "form_submitted", "2025-05-25 15:00")  # never asked
        quiet = add_contact(conn, "quiet@example.ua", consent=False)
        for day in range(1, 9):
            add_order(conn, quiet, f"2025-09-0{day} 12:00")  # 160, but no consent
    report = backtest(service)
    mails = [row for row in sent(report) if row[2].startswith("email-")]
    assert mails == [
        ("2025-05-20T10:00:00+03:00", "marta@example.ua", "email-ask", ASK.format("Марта")),
        ("2025-05-25T14:00:00+03:00", "marta@example.ua", "email-thanks",
         "Thank you for your feedback, Марта"),
        ("2025-07-08T12:00:00+03:00", "petro@example.ua", "email-ask", ASK.format("Петро")),
    ]
    assert skipped(report) == [
        ("2025-09-08T12:00:00+03:00", "quiet@example.ua", "email-ask", "no_consent")]
    nodes = report["summary"]["nodes"]
    assert nodes["no-answer"] == {"entered": 2}  # Petro and the quiet contact
    assert nodes["score-order"] == {"entered": 7 + 8 + 8}
