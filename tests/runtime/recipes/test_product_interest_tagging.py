"""Recipe product-interest-tagging: the third product_viewed event for the same product
within 14 days tags the contact interested:<product>. Tags are no email, so consent plays no
part here; views recorded before the period are history and count."""

from __future__ import annotations

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_event, at, sent, skipped
from tests.runtime.product_builders import RECIPES

RECIPE = RECIPES / "product-interest-tagging.json"


def test_third_view_of_the_same_product_within_two_weeks_tags_interest(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        for when in ("2025-03-01 10:00", "2025-03-05 12:00", "2025-03-10 18:00",
                     "2025-03-11 09:00"):  # the fourth view: already tagged
            add_event(conn, olena, "product_viewed", when, product="COF-011")
        for when in ("2025-03-01 10:05", "2025-03-10 18:05", "2025-03-20 08:00"):
            add_event(conn, olena, "product_viewed", when, product="TEA-021")  # 19 days apart
        add_event(conn, olena, "added_to_cart", "2025-03-12 09:00", product="TEA-021")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        for when in ("2025-04-01 10:00", "2025-04-02 10:00", "2025-04-14 21:00"):
            add_event(conn, ivan, "product_viewed", when, product="CER-011")
        maria = add_contact(conn, "maria@example.ua", first_name="Марія")
        for when in ("2024-12-25 10:00", "2024-12-28 10:00", "2025-01-02 10:00"):
            add_event(conn, maria, "product_viewed", when, product="CND-041")
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        for when in ("2025-05-01 10:00", "2025-05-10 10:00", "2025-05-20 10:00"):
            add_event(conn, taras, "product_viewed", when, product="COF-011")
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    assert [(when, who, node) for when, who, node, _s in sent(report)] == [
        ("2025-01-02T10:00:00+02:00", "maria@example.ua", "tag-interested"),
        ("2025-03-10T18:00:00+02:00", "olena@example.ua", "tag-interested"),
        ("2025-04-14T21:00:00+03:00", "ivan@example.bg", "tag-interested"),
    ]
    assert skipped(report) == [("2025-03-11T09:00:00+02:00", "olena@example.ua",
                                "tag-interested", "already_tagged")]
    nodes = report["summary"]["nodes"]
    assert report["summary"]["enrollments"] == 1 + 4 + 3 + 3 + 3  # every view in the period
    assert nodes["viewed-3-times"]["entered"] == 14 and nodes["end"]["entered"] == 10
