"""Recipe product-interest-follow-up, together with product-interest-tagging, which adds the
interested:<product> tag that starts it.

Backtests replay one flow and never tags added outside it, so both recipes run on the live
engine over a virtual spring, the way a shop switches both on."""

from __future__ import annotations

from tests.runtime.builders import add_contact
from tests.runtime.product_builders import add_product, emails, log, replay, tags


def views(contact: int, product: str, *days: str) -> list[tuple]:
    return [("event", contact, day, "product_viewed", {"product": product}) for day in days]


def test_three_emails_about_the_product_until_it_is_bought(service):
    with service.engine.begin() as conn:
        coffee = add_product(conn, "Кава Ефіопія Іргачеф - 250 г", "COF-011", "320.00")
        tea = add_product(conn, "Чай Сенча - 50 г", "TEA-021", "260.00")
        add_product(conn, "Тарілка обідня - олива", "CER-021", "470.00")
        olena = add_contact(conn, "olena@example.ua", first_name="Олена")
        taras = add_contact(conn, "taras@example.ua", first_name="Тарас")
        petro = add_contact(conn, "petro@example.ua", first_name="Петро")
        ivan = add_contact(conn, "ivan@example.bg", first_name="Иван", consent=False)
        nadia = add_contact(conn, "nadia@example.ua", first_name="Надія")
        timeline = [
            *views(olena, "COF-011", "2025-03-01 10:00", "2025-03-05 12:00", "2025-03-10 18:00"),
            *views(taras, "TEA-021", "2025-04-01 10:00", "2025-04-02 10:00", "2025-04-03 10:00"),
            ("order", taras, "2025-04-04 09:00", tea),  # buying it ends his run
            *views(petro, "CER-021", "2025-05-01 10:00", "2025-05-02 10:00", "2025-05-03 10:00"),
            ("order", petro, "2025-05-04 09:00", coffee),  # another product: the series goes on
            *views(ivan, "COF-011", "2025-06-01 10:00", "2025-06-02 10:00", "2025-06-03 10:00"),
            *views(nadia, "GONE-1", "2025-06-01 11:00", "2025-06-02 11:00", "2025-06-03 11:00"),
        ]
        replay(conn, ("product-interest-tagging", "product-interest-follow-up"),
               "2025-01-01 00:00", timeline, "2025-08-01 00:00")
        mails = emails(conn)
        skipped = [(when, cid, reason) for node in ("email-1", "email-2", "email-3")
                   for when, cid, status, reason, _d in log(conn, node) if status == "skipped"]
        picks = log(conn, "pick-product")
        olena_tags, nadia_tags = tags(conn, olena), tags(conn, nadia)
    coffee_t, plate = "Кава Ефіопія Іргачеф - 250 г", "Тарілка обідня - олива"
    assert [(when, to, subject) for when, to, subject, _p in mails] == [
        ("2025-03-10T18:00:00+02:00", "olena@example.ua", f"Still thinking about {coffee_t}?"),
        ("2025-03-12T18:00:00+02:00", "olena@example.ua", f"Why customers love {coffee_t}"),
        ("2025-03-14T18:00:00+02:00", "olena@example.ua", f"10 % off {coffee_t}, just for you"),
        ("2025-04-03T10:00:00+03:00", "taras@example.ua",
         "Still thinking about Чай Сенча - 50 г?"),
        ("2025-05-03T10:00:00+03:00", "petro@example.ua", f"Still thinking about {plate}?"),
        ("2025-05-05T10:00:00+03:00", "petro@example.ua", f"Why customers love {plate}"),
        ("2025-05-07T10:00:00+03:00", "petro@example.ua", f"10 % off {plate}, just for you"),
    ]
    assert skipped == [("2025-06-03T10:00:00+03:00", ivan, "no_consent"),
                       ("2025-06-05T10:00:00+03:00", ivan, "no_consent"),
                       ("2025-06-07T10:00:00+03:00", ivan, "no_consent")]
    # A tag naming a product the shop does not have leads nowhere.
    assert [(cid, d["products"]) for _w, cid, _s, _r, d in picks][-1] == (nadia, [])
    assert "interested:GONE-1" in nadia_tags and "interested:COF-011" in olena_tags
    last = mails[2][3]["text"]
    assert "Here is 10 % off your next order with the code INTEREST-" in last
    assert "This is the last email we send you about it." in last
    assert "(320.00 UAH)" in mails[1][3]["text"]
