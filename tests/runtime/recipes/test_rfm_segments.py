"""Recipe rfm-segments: every morning, customers whose RFM segment changed get the new
segment tag in place of the old one. Ten customers score 1-5 in two-customer buckets, so
every segment can be worked out by hand (runtime.engine.rfm_segments.segment gives the rules).

Tags are no email, so consent plays no part; the live engine runs so that tags can be read."""

from __future__ import annotations

from tests.runtime.builders import add_contact, add_order
from tests.runtime.product_builders import log, replay, tags

# name: (orders as (shop time, total)), R, F, M on 1 June 2025 -> segment
HISTORY = {
    "a": [("2025-01-10 10:00", "1000"), ("2025-02-10 10:00", "1000"), ("2025-03-10 10:00", "1000"),
          ("2025-04-10 10:00", "1000"), ("2025-05-30 10:00", "1000")],  # 5 5 5 Champions
    "b": [("2025-02-01 10:00", "900"), ("2025-03-01 10:00", "900"), ("2025-04-01 10:00", "900"),
          ("2025-05-28 10:00", "900")],  # 5 4 4 Champions
    "c": [("2025-01-05 10:00", "300"), ("2025-03-05 10:00", "300"),
          ("2025-05-10 10:00", "300")],  # 4 3 3 Loyal
    "d": [("2025-05-25 10:00", "200")],  # 4 1 2 New
    "e": [("2025-02-20 10:00", "150"), ("2025-04-20 10:00", "150")],  # 3 3 3 Loyal
    "f": [("2024-08-01 10:00", "400"), ("2024-10-01 10:00", "400"),
          ("2024-12-01 10:00", "400")],  # 2 3 4 At risk
    "g": [("2023-06-01 10:00", "800"), ("2023-09-01 10:00", "800"), ("2023-12-01 10:00", "800"),
          ("2024-03-01 10:00", "800"), ("2024-06-01 10:00", "800")],  # 1 5 5 Can't lose them
    "h": [("2025-01-15 10:00", "100")],  # 3 1 2 Potential loyalist
    "i": [("2024-03-01 10:00", "50")],  # 1 1 1 Lost
    "j": [("2024-09-01 10:00", "80")],  # 2 1 1 Hibernating
}


def test_segment_tags_follow_the_scores_and_replace_the_previous_one(service):
    with service.engine.begin() as conn:
        ids = {}
        for name, orders in HISTORY.items():
            # A right tag already there, a stale one, and tags of other groups stay alone.
            extra = {"a": ("rfm:Champions", "vip"), "i": ("rfm:Loyal",)}.get(name, ())
            ids[name] = add_contact(conn, f"{name}@example.ua", tags=extra,
                                    consent=name != "g")
            for when, total in orders:
                add_order(conn, ids[name], when, total)
        add_order(conn, ids["j"], "2025-04-01 10:00", "999", cancelled=True)  # never counts
        nobody = add_contact(conn, "nobody@example.ua")  # no purchase: no segment
        # Tagged once, but the only purchase was cancelled since: the stale tag goes.
        gone = add_contact(conn, "gone@example.ua", tags=("rfm:Champions",))
        add_order(conn, gone, "2025-03-01 10:00", "5000", cancelled=True)
        # J comes back on 10 June: the next morning J, E and H change segment.
        replay(conn, ("rfm-segments",), "2025-06-01 00:00",
               [("order", ids["j"], "2025-06-10 12:00")], "2025-06-20 00:00")
        tagged = [(when, cid, d["tag"]) for when, cid, status, _r, d in log(conn, "tag-segment")]
        untagged = [(when, cid, d["tags"]) for when, cid, status, _r, d
                    in log(conn, "untag-previous") if status == "done"]
        final = {name: tags(conn, cid) for name, cid in ids.items()}
        nobody_tags, gone_tags = tags(conn, nobody), tags(conn, gone)
    first, second = "2025-06-01T06:00:00+03:00", "2025-06-11T06:00:00+03:00"
    name_of = {cid: name for name, cid in ids.items()} | {gone: "gone"}
    assert [(when, name_of[cid], tag) for when, cid, tag in tagged] == [
        (first, "b", "rfm:Champions"), (first, "c", "rfm:Loyal"), (first, "d", "rfm:New"),
        (first, "e", "rfm:Loyal"), (first, "f", "rfm:At risk"),
        (first, "g", "rfm:Can't lose them"), (first, "h", "rfm:Potential loyalist"),
        (first, "i", "rfm:Lost"), (first, "j", "rfm:Hibernating"),
        # J's order makes J recent (Potential loyalist) and pushes E down a frequency bucket
        # (two orders are no longer the top three fifths) and H down a recency bucket.
        (second, "e", "rfm:Potential loyalist"), (second, "h", "rfm:Hibernating"),
        (second, "j", "rfm:Potential loyalist"),
    ]
    assert [(when, name_of[cid], removed) for when, cid, removed in untagged] == [
        (first, "i", ["rfm:Loyal"]), (first, "gone", ["rfm:Champions"]),
        (second, "e", ["rfm:Loyal"]),
        (second, "h", ["rfm:Potential loyalist"]), (second, "j", ["rfm:Hibernating"])]
    assert final["a"] == {"rfm:Champions", "vip"}
    assert final["e"] == {"rfm:Potential loyalist"} and final["i"] == {"rfm:Lost"}
    assert all(len([t for t in found if t.startswith("rfm:")]) == 1 for found in final.values())
    assert nobody_tags == set() and gone_tags == set()
