"""The live engine: events, chains between flows, the outbox, restarts and splits."""

from __future__ import annotations

from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import ActionLog, ContactTag, Enrollment, LedgerEntry, OutboxItem
from runtime.engine import EngineEvent
from runtime.flow import Flow
from tests.runtime.builders import (
    add_contact,
    add_order,
    at,
    email_flow,
    live_engine,
    order_event,
)


def activate(service, *flows):
    with service.engine.begin() as conn:
        for flow in flows:
            flows_store.activate(conn, flow, at("2025-01-01 00:00"))


def test_marketing_email_lands_in_the_outbox_with_unsubscribe(service):
    activate(service, email_flow("Thanks", "trigger.order_placed",
                                 subject="Thanks & welcome, {{ contact.first_name }}"))
    with service.engine.begin() as conn:
        c = add_contact(conn, "olena@example.ua", first_name="<b>Олена</b>")
        order = add_order(conn, c, "2025-03-01 12:00")
        engine = live_engine(conn)
        engine.handle_event(conn, order_event(conn, order))
    with service.engine.connect() as conn:
        rows = conn.execute(select(OutboxItem.__table__)).all()
    assert len(rows) == 1
    payload = rows[0].payload
    assert payload["to"] == "olena@example.ua"
    assert payload["subject"] == "Thanks & welcome, <b>Олена</b>"  # subjects are not HTML
    assert "&lt;b&gt;Олена&lt;/b&gt;" in payload["html"]  # the body is escaped
    assert payload["headers"]["List-Unsubscribe"].startswith("<mailto:shop@example.ua?")
    assert "Unsubscribe" in payload["html"] and "Unsubscribe" in payload["text"]
    assert rows[0].idempotency_key.endswith(":email")


def test_a_tag_added_by_one_flow_starts_another(service):
    tagger = Flow("Tag VIPs")
    t = tagger.add_node("trigger.order_placed", {"min_total": 1000})
    tag = tagger.add_node("action.add_tag", {"tag": "vip"})
    tagger.connect(t, "next", tag)
    welcome = email_flow("VIP welcome", "trigger.tag_added", {"tag": "vip"})
    activate(service, tagger, welcome)
    with service.engine.begin() as conn:
        rich = add_contact(conn, "rich@example.com")
        poor = add_contact(conn, "poor@example.com")
        engine = live_engine(conn)
        for cid, total in ((rich, "1500.00"), (poor, "20.00")):
            engine.handle_event(conn, order_event(conn, add_order(conn, cid, "2025-03-01 12:00",
                                                                  total)))
    with service.engine.connect() as conn:
        tags = conn.execute(select(ContactTag.__table__.c.contact_id,
                                   ContactTag.__table__.c.tag)).all()
        emails = conn.execute(select(OutboxItem.__table__.c.payload)).scalars().all()
    assert tags == [(rich, "vip")]
    assert [p["to"] for p in emails] == ["rich@example.com"]


def test_points_crossing_a_threshold_starts_a_flow_once(service):
    earn = Flow("Points per order")
    t = earn.add_node("trigger.order_placed")
    pts = earn.add_node("action.points", {"amount": 1, "per_currency_unit": True})
    earn.connect(t, "next", pts)
    reward = email_flow("Reward", "trigger.threshold", {"measure": "points", "threshold": 100})
    activate(service, earn, reward)
    with service.engine.begin() as conn:
        c = add_contact(conn, "points@example.com")
        engine = live_engine(conn)
        for day, total in ((1, "60.40"), (2, "60.00"), (3, "60.00")):
            engine.handle_event(conn, order_event(conn, add_order(
                conn, c, f"2025-03-0{day} 12:00", total)))
    with service.engine.connect() as conn:
        deltas = conn.execute(select(LedgerEntry.__table__.c.delta)).scalars().all()
        emails = conn.execute(select(OutboxItem.__table__.c.created_at)).scalars().all()
    assert deltas == [60, 60, 60]  # whole points, rounded down
    assert emails == [at("2025-03-02 12:00")]  # 60 -> 120 crosses 100; 120 -> 180 does not


def test_waiting_runs_survive_a_restart(service):
    activate(service, email_flow("Later", "trigger.order_placed", wait_days=3))
    with service.engine.begin() as conn:
        c = add_contact(conn, "later@example.com")
        order = add_order(conn, c, "2025-03-01 12:00")
        live_engine(conn).handle_event(conn, order_event(conn, order))
    # A new engine (the app was restarted) finds the run in the database.
    with service.engine.begin() as conn:
        engine = live_engine(conn)
        assert engine.next_wakeup(conn) == at("2025-03-04 12:00")
        assert engine.tick(conn, at("2025-03-04 11:59")) == 0
        assert engine.tick(conn, at("2025-03-04 12:00")) == 1
        status = conn.execute(select(Enrollment.__table__.c.status)).scalar_one()
        sent = conn.execute(select(OutboxItem.__table__.c.payload)).scalars().all()
    assert status == "completed"
    assert [p["to"] for p in sent] == ["later@example.com"]


def test_a_template_that_fails_at_run_time_is_skipped_with_its_reason(service):
    flow = email_flow("Broken", "trigger.order_placed",
                      subject="{{ contact.first_name.no_such_method() }}")
    activate(service, flow)
    with service.engine.begin() as conn:
        c = add_contact(conn, "x@example.com")
        live_engine(conn).handle_event(conn, order_event(conn, add_order(
            conn, c, "2025-03-01 12:00")))
    with service.engine.connect() as conn:
        row = conn.execute(select(ActionLog.__table__)).one()
        outbox = conn.execute(select(OutboxItem.__table__)).all()
    assert (row.status, row.reason) == ("skipped", "template_error")
    assert "subject" in row.detail["error"]
    assert outbox == []


def test_random_split_is_stable_and_roughly_proportional(service):
    flow = Flow("A/B")
    t = flow.add_node("trigger.customer_created")
    split = flow.add_node("condition.random_split", {"branches": [
        {"name": "A", "percent": 20}, {"name": "B", "percent": 80}]})
    a = flow.add_node("action.add_tag", {"tag": "A"})
    b = flow.add_node("action.add_tag", {"tag": "B"})
    flow.connect(t, "next", split)
    flow.connect(split, "A", a)
    flow.connect(split, "B", b)
    activate(service, flow)
    with service.engine.begin() as conn:
        engine = live_engine(conn)
        for i in range(500):
            cid = add_contact(conn, f"c{i}@example.com")
            engine.handle_event(conn, EngineEvent("customer_created", cid,
                                                  at("2025-03-01 12:00")))
        tags = conn.execute(select(ContactTag.__table__.c.tag)).scalars().all()
    share_a = tags.count("A") / len(tags)
    assert len(tags) == 500 and 0.14 < share_a < 0.26


def test_points_added_earlier_in_a_run_are_seen_by_a_later_condition(service):
    flow = Flow("Points then check")
    t = flow.add_node("trigger.order_placed")
    pts = flow.add_node("action.points", {"amount": 150})
    check = flow.add_node("condition.contact", {"rules": [{"fact": "points", "op": ">=",
                                                            "value": 100}]})
    rich = flow.add_node("action.add_tag", {"tag": "100-plus"})
    poor = flow.add_node("action.add_tag", {"tag": "under-100"})
    flow.connect(t, "next", pts)
    flow.connect(pts, "next", check)
    flow.connect(check, "yes", rich)
    flow.connect(check, "no", poor)
    activate(service, flow)
    with service.engine.begin() as conn:
        c = add_contact(conn, "fresh@example.com")
        engine = live_engine(conn)  # an empty ledger: facts start without balances
        engine.handle_event(conn, order_event(conn, add_order(conn, c, "2025-03-01 12:00")))
        tags = conn.execute(select(ContactTag.__table__.c.tag)).scalars().all()
    assert tags == ["100-plus"]


def test_history_keeps_every_step_across_flushes_and_restarts(service):
    # The engine appends new steps to the stored JSON in SQL; it never reads the history.
    flow = email_flow("Later", "trigger.order_placed", wait_days=3)
    activate(service, flow)
    with service.engine.begin() as conn:
        c = add_contact(conn, "steps@example.com", first_name="Стефан")
        order = add_order(conn, c, "2025-03-01 12:00")
        live_engine(conn).handle_event(conn, order_event(conn, order))
        first = conn.execute(select(Enrollment.__table__.c.history)).scalar_one()
    with service.engine.begin() as conn:
        live_engine(conn).tick(conn, at("2025-03-04 12:00"))
        history = conn.execute(select(Enrollment.__table__.c.history)).scalar_one()
    kinds = {node_id: flow.node(node_id)["kind"] for node_id in flow.nodes()}
    assert [kinds[node] for node, _at, _outcome in first] == ["trigger.order_placed",
                                                              "wait.delay"]
    assert history[:2] == first  # the earlier steps are kept as they were
    assert [(kinds[n], outcome) for n, _at, outcome in history] == [
        ("trigger.order_placed", "next"), ("wait.delay", "wait"),
        ("action.send_email", "next")]
    assert history[2][1] == "2025-03-04T10:00:00+00:00"


def test_each_owner_notification_of_a_run_reaches_the_outbox(service):
    # Two notifications a day apart in one run: each has its own idempotency key (a key made
    # from the position in the call's outbox made the second one a duplicate of the first).
    flow = Flow("Two reminders")
    t = flow.add_node("trigger.order_placed")
    first = flow.add_node("action.notify_owner", {"message": "New order from {{ contact.email }}"})
    wait = flow.add_node("wait.delay", {"duration": {"amount": 1, "unit": "days"}})
    second = flow.add_node("action.notify_owner", {"message": "Call {{ contact.email }} back"})
    for a, b in ((t, first), (first, wait), (wait, second)):
        flow.connect(a, "next", b)
    activate(service, flow)
    with service.engine.begin() as conn:
        c = add_contact(conn, "taras@example.ua")
        order = add_order(conn, c, "2025-03-01 12:00")
        engine = live_engine(conn)
        engine.handle_event(conn, order_event(conn, order))
        engine.tick(conn, at("2025-03-02 12:00"))
    with service.engine.connect() as conn:
        messages = [r.payload["message"] for r in conn.execute(
            select(OutboxItem.__table__).where(OutboxItem.__table__.c.channel == "owner")
            .order_by(OutboxItem.__table__.c.id))]
    assert messages == ["New order from taras@example.ua", "Call taras@example.ua back"]
