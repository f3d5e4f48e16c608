"""Recipe upsell-accessories: 3 days after a purchase from the Coffee collection, the best
selling coffee accessories the customer does not own yet, with a free-shipping code."""

from __future__ import annotations

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, at, sent, skipped
from tests.runtime.product_builders import RECIPES, add_product, add_purchase, emails, replay

RECIPE = RECIPES / "upsell-accessories.json"
ACCESSORIES = ("Coffee accessories",)


def shop(conn) -> dict:
    p = {"coffee": add_product(conn, "Кава Колумбія Супремо - 250 г", "COF-021",
                               collections=("Coffee",)),
         "tea": add_product(conn, "Чай Ерл Грей - 50 г", "TEA-031", collections=("Tea",)),
         "grinder": add_product(conn, "Кавомолка ручна", "ACC-001", "1450.00", ACCESSORIES,
                                handle="hand-grinder"),
         "dripper": add_product(conn, "Пуровер керамічний", "ACC-002", "690.00", ACCESSORIES),
         "filters": add_product(conn, "Фільтри паперові (100 шт.)", "ACC-003", "120.00",
                                ACCESSORIES)}
    # Other customers' history makes the grinder the best seller, then the dripper.
    regular = add_contact(conn, "regular@example.ua")
    for when, items in (("2024-09-01 10:00", ("grinder", "dripper")),
                        ("2024-10-01 10:00", ("grinder",)), ("2024-10-05 10:00", ("filters",)),
                        ("2024-11-01 10:00", ("grinder", "dripper"))):
        add_purchase(conn, regular, when, *(p[i] for i in items))
    return p


def test_accessories_three_days_after_a_coffee_purchase(service):
    with service.engine.begin() as conn:
        p = shop(conn)
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        add_purchase(conn, olena, "2025-03-10 14:00", p["coffee"], p["filters"])
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        add_purchase(conn, ivan, "2025-04-01 12:00", p["coffee"])
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        add_purchase(conn, taras, "2025-04-05 12:00", p["tea"])  # not from the collection
        maria = add_contact(conn, "maria@example.ua", first_name="Марія")
        add_purchase(conn, maria, "2024-12-20 12:00", p["coffee"])  # before the period
        petro = add_contact(conn, "petro@example.ua", first_name="Петро")  # owns everything
        add_purchase(conn, petro, "2024-11-20 12:00", p["grinder"], p["dripper"], p["filters"])
        add_purchase(conn, petro, "2025-05-01 12:00", p["coffee"])
        nadia = add_contact(conn, "nadia@example.ua", first_name="Надія")
        add_purchase(conn, nadia, "2025-06-01 12:00", p["coffee"], cancelled=True)
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    assert [(when, who, node) for when, who, node, _s in sent(report)] == [
        ("2025-03-13T14:00:00+02:00", "olena@example.ua", "pick-accessories"),
        ("2025-03-13T14:00:00+02:00", "olena@example.ua", "coupon"),
        ("2025-03-13T14:00:00+02:00", "olena@example.ua", "email-accessories"),
        ("2025-04-04T12:00:00+03:00", "ivan@example.bg", "pick-accessories"),
        # Petro owns every accessory: nothing is found, nothing is sent.
        ("2025-05-04T12:00:00+03:00", "petro@example.ua", "pick-accessories"),
    ]
    assert [s for s in sent(report) if s[2] == "email-accessories"][0][3] == \
        "Make the most of your order, Олена"
    # Ivan gave no marketing consent: no code is made for him, and no email goes out.
    assert skipped(report) == [
        ("2025-04-04T12:00:00+03:00", "ivan@example.bg", "coupon", "no_consent"),
        ("2025-04-04T12:00:00+03:00", "ivan@example.bg", "email-accessories", "no_consent")]
    assert report["summary"]["nodes"]["coupon"]["entered"] == 2
    assert report["summary"]["enrollments"] == 3


def test_the_email_lists_the_best_sellers_not_owned_and_a_free_shipping_code(service):
    with service.engine.begin() as conn:
        p = shop(conn)
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        replay(conn, ("upsell-accessories",), "2025-01-01 00:00",
               [("order", olena, "2025-03-10 14:00", p["coffee"], p["filters"])],
               "2025-04-01 00:00")
        (when, to, subject, payload), = emails(conn)
    assert (when, to) == ("2025-03-13T14:00:00+02:00", "olena@example.ua")
    text = payload["text"]
    assert ("with it most often:\n\n- Кавомолка ручна, 1450.00 UAH\n"
            "- Пуровер керамічний, 690.00 UAH\n\nShipping is on us") in text
    assert "Фільтри" not in text
    assert "use the code SHIPFREE-" in text and "for free delivery" in text
    assert "<li>Кавомолка ручна — 1450.00 UAH</li>" in payload["html"]
