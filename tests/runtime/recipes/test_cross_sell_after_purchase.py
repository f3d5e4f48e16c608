"""Recipe cross-sell-after-purchase: 5 days after a purchase, products that other customers
bought together with it, from the order history known at that moment."""

from __future__ import annotations

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, at, sent, skipped
from tests.runtime.product_builders import RECIPES, add_product, add_purchase, emails, replay

RECIPE = RECIPES / "cross-sell-after-purchase.json"


def shop(conn) -> dict:
    p = {name: add_product(conn, title, sku, price) for name, title, sku, price in (
        ("coffee", "Кава Бразилія Сантос - 250 г", "COF-031", "260.00"),
        ("grinder", "Кавомолка ручна", "ACC-001", "1450.00"),
        ("dripper", "Пуровер керамічний", "ACC-002", "690.00"),
        ("mug", "Чашка ручної роботи - синя", "CER-012", "410.00"),
        ("tea", "Чай Масала - 100 г", "TEA-052", "380.00"),
        ("honey", "Мед акацієвий - 250 г", "SWT-022", "480.00"),
        ("card", "Листівка «Київ» - A6", "PAP-011", "60.00"))}
    # Guests' baskets (no contact) count as order history too.
    for when, items in (("2024-10-01 10:00", ("coffee", "grinder")),
                        ("2024-11-01 10:00", ("coffee", "grinder", "dripper")),
                        ("2024-12-01 10:00", ("tea", "honey")),
                        ("2025-02-01 10:00", ("coffee", "mug")),
                        ("2025-03-20 10:00", ("coffee", "tea"))):  # after Olena's suggestions
        add_purchase(conn, None, when, *(p[i] for i in items))
    return p


def test_bought_together_suggestions_five_days_after_a_purchase(service):
    with service.engine.begin() as conn:
        p = shop(conn)
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_purchase(conn, olena, "2024-12-15 10:00", p["mug"])
        add_purchase(conn, olena, "2025-03-01 10:00", p["coffee"])
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        add_purchase(conn, ivan, "2025-04-01 12:00", p["coffee"])
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        add_purchase(conn, taras, "2025-05-01 09:30", p["honey"])
        petro = add_contact(conn, "petro@example.ua", first_name="Петро")
        add_purchase(conn, petro, "2025-06-01 09:30", p["card"])  # never bought with anything
        nadia = add_contact(conn, "nadia@example.ua", first_name="Надія")
        add_purchase(conn, nadia, "2025-06-10 09:30", p["coffee"], cancelled=True)
        maria = add_contact(conn, "maria@example.ua", first_name="Марія")
        add_purchase(conn, maria, "2024-12-29 09:30", p["coffee"])  # before the period
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    subject = "Customers who bought what you did also chose these"
    assert sent(report) == [
        ("2025-03-06T10:00:00+02:00", "olena@example.ua", "pick-together", None),
        ("2025-03-06T10:00:00+02:00", "olena@example.ua", "email-suggestions", subject),
        ("2025-04-06T12:00:00+03:00", "ivan@example.bg", "pick-together", None),
        ("2025-05-06T09:30:00+03:00", "taras@example.ua", "pick-together", None),
        ("2025-05-06T09:30:00+03:00", "taras@example.ua", "email-suggestions", subject),
        ("2025-06-06T09:30:00+03:00", "petro@example.ua", "pick-together", None),
    ]
    assert skipped(report) == [("2025-04-06T12:00:00+03:00", "ivan@example.bg",
                                "email-suggestions", "no_consent")]
    assert report["summary"]["enrollments"] == 4


def test_the_email_lists_what_others_bought_with_it_known_at_that_time(service):
    with service.engine.begin() as conn:
        p = shop(conn)
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        replay(conn, ("cross-sell-after-purchase",), "2025-01-01 00:00",
               [("order", olena, "2024-12-15 10:00", p["mug"]),
                ("order", olena, "2025-03-01 10:00", p["coffee"]),
                ("order", taras, "2025-05-01 09:30", p["honey"])],
               "2025-06-01 00:00")
        mails = emails(conn)
    assert [(when, to) for when, to, _s, _p in mails] == [
        ("2025-03-06T10:00:00+02:00", "olena@example.ua"),
        ("2025-05-06T09:30:00+03:00", "taras@example.ua")]
    # Grinder twice, dripper once; the mug was bought with coffee too, but Olena owns one;
    # the tea was bought with coffee only after 6 March.
    assert ("often picked these as well:\n\n- Кавомолка ручна, 1450.00 UAH\n"
            "- Пуровер керамічний, 690.00 UAH\n\nIf one") in mails[0][3]["text"]
    assert "often picked these as well:\n\n- Чай Масала - 100 г, 380.00 UAH\n\nIf one" in \
        mails[1][3]["text"]
