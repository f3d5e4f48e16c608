"""Recipe product-interest-tagging: the third product_viewed event for the same product
within 14 days starts a run, which tags the contact interested:<product>; the views after it
start nothing until 14 days pass without a third view. Tags are no email, so consent plays no
part here; views recorded before the period are history and count."""

from __future__ import annotations

from runtime.flowfile import load_flow
from runtime.simulate import run_backtest
from tests.runtime.builders import KYIV, SHOP, TIERS, add_contact, add_event, at, skipped
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
        petro = add_contact(conn, "petro@example.ua", first_name="Петро")
        # Three views start a run; the two after them do not; after 14 quiet days three more
        # start one again, whose tag is already there.
        for when in ("2025-06-01 10:00", "2025-06-02 10:00", "2025-06-03 10:00",
                     "2025-06-05 10:00", "2025-06-10 10:00",
                     "2025-07-01 10:00", "2025-07-02 10:00", "2025-07-03 10:00"):
            add_event(conn, petro, "product_viewed", when, product="tea-021")
    report = run_backtest(service.engine, load_flow(RECIPE), at("2025-01-01 00:00"),
                          at("2026-01-01 00:00"), KYIV, SHOP, TIERS)
    assert tagged(report) == [
        ("2025-01-02T10:00:00+02:00", "maria@example.ua", "tag-interested", "interested:CND-041"),
        ("2025-03-10T18:00:00+02:00", "olena@example.ua", "tag-interested", "interested:COF-011"),
        ("2025-04-14T21:00:00+03:00", "ivan@example.bg", "tag-interested", "interested:CER-011"),
        ("2025-06-03T10:00:00+03:00", "petro@example.ua", "tag-interested", "interested:tea-021"),
    ]
    assert skipped(report) == [("2025-07-03T10:00:00+03:00", "petro@example.ua",
                                "tag-interested", "already_tagged")]
    nodes = report["summary"]["nodes"]
    # Only the views that make it three start a run: not one run for each of the 22 views.
    assert report["summary"]["enrollments"] == 5
    assert nodes == {"trigger": {"entered": 5}, "tag-interested": {"entered": 5}}


def tagged(report) -> list[tuple[str, str, str, str]]:
    return [(a["at"], a["contact"], a["node"], a["detail"]["tag"]) for a in report["actions"]]
