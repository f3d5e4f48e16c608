"""Recipe gdpr-reengagement: 180 days after the last purchase, consent is checked and recorded,
and only then an offer built on the contact's most bought product is sent."""

from __future__ import annotations

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, at, sent
from tests.runtime.product_builders import RECIPES, add_product, add_purchase, emails, log, replay

RECIPE = RECIPES / "gdpr-reengagement.json"


def shop(conn) -> dict:
    coffee = add_product(conn, "Кава Ефіопія Іргачеф - 250 г", "COF-011")
    mug = add_product(conn, "Чашка ручної роботи - біла", "CER-011")
    tea = add_product(conn, "Чай Сенча - 50 г", "TEA-021")
    return {"coffee": coffee, "mug": mug, "tea": tea}


def test_offer_of_the_favourite_product_only_with_checked_consent(service):
    with service.engine.begin() as conn:
        p = shop(conn)
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_purchase(conn, olena, "2024-12-01 10:00", p["coffee"])  # history counts too
        add_purchase(conn, olena, "2025-01-15 10:00", p["coffee"], p["mug"])
        add_purchase(conn, olena, "2025-02-10 10:00", p["tea"])
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        add_purchase(conn, ivan, "2025-03-01 12:00", p["coffee"])
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        add_purchase(conn, taras, "2025-01-05 09:00", p["mug"])
        add_purchase(conn, taras, "2025-05-01 09:00", p["tea"], p["tea"])  # two packs
        petro = add_contact(conn, "petro@example.ua", first_name="Петро")
        add_purchase(conn, petro, "2025-02-01 09:00", p["mug"])
        add_purchase(conn, petro, "2025-04-01 09:00", p["coffee"], cancelled=True)
        maria = add_contact(conn, "maria@example.ua", first_name="Марія")
        add_purchase(conn, maria, "2024-06-01 09:00", p["coffee"])  # 180 days before the period
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    checks = [(when, who) for when, who, node, _s in sent(report) if node == "check-consent"]
    assert checks == [("2025-07-31T10:00:00+03:00", "petro@example.ua"),
                      ("2025-08-09T10:00:00+03:00", "olena@example.ua"),
                      ("2025-08-28T10:00:00+03:00", "ivan@example.bg"),
                      ("2025-10-28T10:00:00+02:00", "taras@example.ua")]
    offers = [(when, who, subject) for when, who, node, subject in sent(report)
              if node == "email-offer"]
    assert offers == [
        ("2025-07-31T10:00:00+03:00", "petro@example.ua",
         "Чашка ручної роботи - біла misses you, Петро"),  # the cancelled coffee does not count
        ("2025-08-09T10:00:00+03:00", "olena@example.ua",
         "Кава Ефіопія Іргачеф - 250 г misses you, Олена"),
        ("2025-10-28T10:00:00+02:00", "taras@example.ua", "Чай Сенча - 50 г misses you, Тарас"),
    ]
    # Without consent no coupon is even made, so nothing is skipped either: the check says no.
    coupons = [a["contact"] for a in report["actions"] if a["node"] == "coupon"]
    assert coupons == ["petro@example.ua", "olena@example.ua", "taras@example.ua"]
    assert report["skipped"] == []


def test_the_check_is_recorded_on_the_contact_and_the_email_names_the_product(service):
    with service.engine.begin() as conn:
        p = shop(conn)
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        replay(conn, ("gdpr-reengagement",), "2025-01-01 00:00",
               [("order", olena, "2025-01-15 10:00", p["coffee"], p["coffee"], p["mug"]),
                ("order", ivan, "2025-01-20 10:00", p["tea"])],
               "2025-08-01 00:00")
        mails = emails(conn)
        checks = log(conn, "check-consent")
        fields = dict(conn.exec_driver_sql("SELECT id, fields FROM contacts").all())
    assert [(when, to, subject) for when, to, subject, _p in mails] == [
        ("2025-07-14T10:00:00+03:00", "olena@example.ua",
         "Кава Ефіопія Іргачеф - 250 г misses you, Олена")]
    text = mails[0][3]["text"]
    assert "you came back to Кава Ефіопія Іргачеф - 250 г most often" in text
    assert "10 % off your next order, Кава Ефіопія Іргачеф - 250 г included" in text
    assert "FAVOURITE-" in text and "Unsubscribe: mailto:" in text
    assert [(when, cid, status, detail["consent"]) for when, cid, status, _r, detail in checks] == [
        ("2025-07-14T10:00:00+03:00", olena, "done", True),
        ("2025-07-19T10:00:00+03:00", ivan, "done", False)]
    assert '"consent_checked_at": "2025-07-19T07:00:00+00:00"' in fields[ivan]
    assert '"consent_checked_at": "2025-07-14T07:00:00+00:00"' in fields[olena]
