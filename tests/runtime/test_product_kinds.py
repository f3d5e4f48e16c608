"""Product and segment kinds on the engine: picks, repeated events, tag templates, goals about
a product, and the in-memory RFM tracker against the SQL definition in runtime.facts."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from runtime import catalog, facts, flows_store
from runtime.engine import EngineEvent, purchase_history
from runtime.engine.rfm_segments import SEGMENTS, _tracker, segment
from runtime.flow import Flow
from tests.runtime.builders import (
    add_contact,
    add_event,
    add_order,
    at,
    live_engine,
    order_event,
)
from tests.runtime.product_builders import add_product, add_purchase, emails, log


def chain(flow: Flow, *steps) -> list[str]:
    """trigger -> step -> step ..., each (kind, params[, port to leave by])."""
    ids, port = [], "next"
    for kind, params, *leave in steps:
        node = flow.add_node(kind, params)
        if ids:
            flow.connect(ids[-1], port, node)
        ids.append(node)
        port = leave[0] if leave else "next"
    return ids


def test_bought_together_counts_only_other_customers_baskets(service):
    with service.engine.begin() as conn:
        coffee, grinder, honey = (add_product(conn, t, s) for t, s in (
            ("Coffee", "C1"), ("Grinder", "G1"), ("Honey", "H1")))
        add_purchase(conn, None, "2025-01-01 10:00", coffee, grinder)
        olena = add_contact(conn, "olena@example.ua")
        add_purchase(conn, olena, "2025-01-02 10:00", coffee, honey)  # her own basket
        flow = Flow("together")
        chain(flow, ("trigger.order_placed", {}),
              ("action.pick_products", {"source": "bought_together", "exclude_bought": False}))
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        engine = live_engine(conn)
        engine.handle_event(conn, order_event(conn, add_purchase(conn, olena, "2025-02-01 10:00",
                                                                 coffee)))
        (pick,) = [d for *_x, d in log(conn, flow.nodes()[1])]
    assert pick["products"] == ["Grinder"]


def test_bought_together_ranks_by_count_then_by_popularity(service):
    with service.engine.begin() as conn:
        coffee, a, b, c, d, e = (add_product(conn, t, t) for t in "KABCDE")
        # Bought with coffee: A three times, B, C and D twice, E once. B sells most overall,
        # D least, so the second and third picks are B and C although four tie on count.
        for others in ((a, b), (a, c), (a, d), (b, e), (c, d)):
            add_purchase(conn, None, "2025-01-01 10:00", coffee, *others)
        for _ in range(3):
            add_purchase(conn, None, "2025-01-01 11:00", b)
        add_purchase(conn, None, "2025-01-01 11:00", c)
        olena = add_contact(conn, "olena@example.ua")
        flow = Flow("together")
        chain(flow, ("trigger.order_placed", {}),
              ("action.pick_products", {"source": "bought_together", "limit": 3}))
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        engine = live_engine(conn)
        engine.handle_event(conn, order_event(conn, add_purchase(conn, olena, "2025-02-01 10:00",
                                                                 coffee)))
        (pick,) = [x for *_x, x in log(conn, flow.nodes()[1])]
    assert pick["products"] == ["A", "B", "C"]


@pytest.mark.parametrize(("prop", "expected"), [("product", "no"), ("", "yes")])
def test_repeated_event_counts_the_same_property_value_or_every_event(service, prop, expected):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        flow = Flow("repeat")
        trigger, check = chain(flow, ("trigger.custom_event", {"event": "viewed"}),
                               ("condition.event_count", {"event": "viewed", "property": prop,
                                                          "times": 2}))
        yes = flow.add_node("action.add_tag", {"tag": "twice"})
        no = flow.add_node("action.add_tag", {"tag": "once"})
        flow.connect(check, "yes", yes)
        flow.connect(check, "no", no)
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        engine = live_engine(conn)
        for when, product in (("2025-01-02 10:00", "A"), ("2025-01-03 10:00", "B")):
            add_event(conn, olena, "viewed", when, product=product)
            engine.handle_event(conn, EngineEvent("viewed", olena, at(when),
                                                  {"properties": {"product": product}}))
        tagged = [d["tag"] for *_x, d in sorted(log(conn, yes) + log(conn, no),
                                                key=lambda e: e[0])]
    assert tagged == ["once", {"yes": "twice", "no": "once"}[expected]]


def test_a_tag_template_that_comes_out_empty_is_skipped(service):
    with service.engine.begin() as conn:
        olena = add_contact(conn, "olena@example.ua")
        flow = Flow("tags")
        _t, tag = chain(flow, ("trigger.custom_event", {"event": "viewed"}),
                        ("action.add_tag", {"tag": "interested:{{ event.product }}"}))
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        engine = live_engine(conn)
        for props in ({}, {"product": "COF 011 "}):
            engine.handle_event(conn, EngineEvent("viewed", olena, at("2025-01-02 10:00"),
                                                  {"properties": props}))
        entries = [(status, reason, d.get("tag")) for *_x, status, reason, d in log(conn, tag)]
    assert entries == [("skipped", "empty_tag", "interested:{{ event.product }}"),
                       ("done", None, "interested:COF 011")]


def test_an_order_without_the_picked_product_is_no_goal(service):
    with service.engine.begin() as conn:
        coffee, tea = add_product(conn, "Coffee", "C1"), add_product(conn, "Tea", "T1")
        olena = add_contact(conn, "olena@example.ua")
        flow = Flow("goal")
        flow.set_settings({**flow.settings,
                           "goals": [{"event": "order_placed", "products": "picked"}]})
        chain(flow, ("trigger.custom_event", {"event": "viewed"}),
              ("action.pick_products", {"source": "event_product"}, "found"),
              ("wait.delay", {"duration": {"amount": 3, "unit": "days"}}),
              ("action.send_email", {"template": {"subject": "About {{ product.title }}",
                                                  "text": "{{ product.sku }}"}}))
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        engine = live_engine(conn)
        engine.handle_event(conn, EngineEvent("viewed", olena, at("2025-01-02 10:00"),
                                              {"properties": {"product": "t1"}}))
        engine.handle_event(conn, order_event(conn, add_purchase(conn, olena, "2025-01-03 10:00",
                                                                 coffee)))
        engine.tick(conn, at("2025-01-05 10:00"))
        first = emails(conn)
        engine.handle_event(conn, EngineEvent("viewed", olena, at("2025-01-06 10:00"),
                                              {"properties": {"product": "T1"}}))
        engine.handle_event(conn, order_event(conn, add_purchase(conn, olena, "2025-01-07 10:00",
                                                                 tea, coffee)))
        engine.tick(conn, at("2025-01-09 10:00"))
        second = emails(conn)
    assert [(w, s) for w, _to, s, _p in first] == [("2025-01-05T10:00:00+02:00", "About Tea")]
    assert second == first  # the tea was bought: the second run reached its goal


def test_pick_products_needs_its_collection():
    spec = catalog.get("action.pick_products")
    assert catalog.validate_params(spec, {"source": "collection"}) == [
        ("collection", "Collection is required")]
    assert catalog.validate_params(spec, {"source": "most_bought", "limit": 20}) == [
        ("limit", "How many must be at most 12")]


def test_every_segment_is_reachable_and_every_score_has_one():
    found = {segment(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)}
    assert found == set(SEGMENTS)


@pytest.mark.parametrize("frozen", [False, True], ids=["live", "backtest copy"])
def test_rfm_tracker_moves_forward_like_the_sql_scores(service, frozen):
    rng = random.Random(4)
    with service.engine.begin() as conn:
        contacts = [add_contact(conn, f"c{i}@example.ua") for i in range(60)]
        start = at("2025-01-01 00:00")
        for _ in range(300):
            when = start + timedelta(days=rng.randrange(0, 400), hours=rng.randrange(24))
            add_order(conn, rng.choice(contacts), when.strftime("%Y-%m-%d %H:%M"),
                      str(rng.choice((50, 100, 100, 250, 900))),
                      cancelled=rng.random() < 0.1)
        if frozen:  # later purchases read up front, not queried day by day
            purchase_history.freeze(service.engine)
        checked = 0
        for day in range(200, 400, 7):  # the first call builds, later ones move forward
            as_of = start + timedelta(days=day)
            tracker, _changed = _tracker(conn, "rfm:", as_of)
            truth = facts.rfm_scores(conn, as_of)
            assert {c: tracker.scores(c) for c in tracker.history.contacts} == truth
            checked += len(truth)
            assert (tracker.history.later is not None) is frozen
    assert checked > 1000
