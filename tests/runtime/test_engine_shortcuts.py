"""The engine's shortcuts give what the long way gives: steps encoded once per tick, runs
inserted whole with that text, contacts loaded by a JSON list of ids, and wait ends
remembered per moment."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from runtime import flows_store
from runtime.db.models import Enrollment
from runtime.engine import EngineEvent
from runtime.engine import subjects as subjects_module
from runtime.engine.timing import add_duration
from runtime.flow import Flow
from tests.runtime.builders import KYIV, add_contact, at, live_engine

E = Enrollment.__table__


def _waits_flow() -> Flow:
    flow = Flow("Два очікування")
    t = flow.add_node("trigger.customer_created")
    w = flow.add_node("wait.delay", {"duration": {"amount": 1, "unit": "days"}})
    c = flow.add_node("condition.contact", {"rules": [{"fact": "tags", "op": "has",
                                                        "value": "vip"}]})
    yes = flow.add_node("wait.delay", {"duration": {"amount": 2, "unit": "days"}})
    no = flow.add_node("action.add_tag", {"tag": "привіт \"друже\""})
    for a, port, b in ((t, "next", w), (w, "next", c), (c, "yes", yes), (c, "no", no)):
        flow.connect(a, port, b)
    return flow


def _enter_and_tick(service, batch: bool) -> tuple[Flow, list[list], list[datetime]]:
    flow = _waits_flow()
    with service.engine.begin() as conn:
        flows_store.activate(conn, flow, at("2025-01-01 00:00"))
        ids = [add_contact(conn, f"c{i}@example.com", tags=["vip"] if i % 2 else [])
               for i in range(6)]
        engine = live_engine(conn)
        if batch:
            engine.begin_batch(conn, flush_runs=4)
        for cid in ids:
            engine.handle_event(conn, EngineEvent("customer_created", cid, at("2025-03-01 10:00")))
        engine.tick(conn, at("2025-03-02 10:00"))
        if batch:
            engine.end_batch()
        rows = conn.execute(select(E.c.history, E.c.due_at).order_by(E.c.id)).all()
    return flow, [r[0] for r in rows], [r[1] for r in rows]


@pytest.mark.parametrize("batch", [False, True], ids=["live", "batch"])
def test_steps_are_stored_as_the_json_of_their_lists(service, batch):
    # The live engine appends the steps' text to stored runs; a batch inserts new runs whole.
    flow, histories, due = _enter_and_tick(service, batch)
    kinds = {node_id: flow.node(node_id)["kind"] for node_id in flow.nodes()}
    assert len(histories) == 6
    for i, history in enumerate(histories):
        # [node, at, outcome] lists, as json.loads reads them back.
        assert all(isinstance(step, list) and len(step) == 3 for step in history)
        path = [(kinds[node], outcome) for node, _at, outcome in history]
        vip = bool(i % 2)
        assert path == [("trigger.customer_created", "next"), ("wait.delay", "wait"),
                        ("condition.contact", "yes" if vip else "no"),
                        ("wait.delay", "wait") if vip else ("action.add_tag", "next")]
        assert [a for _n, a, _o in history] == ["2025-03-01T08:00:00+00:00"] * 2 + [
            "2025-03-02T08:00:00+00:00"] * 2
        # Waiting runs end two shop days later at the same local time; finished ones never.
        assert due[i] == (at("2025-03-04 10:00") if vip else None)


def test_contacts_loaded_by_a_json_list_match_the_in_list_query(service):
    with service.engine.begin() as conn:
        ids = [add_contact(conn, f"ц{i}@приклад.укр", first_name="Олена", tags=["vip", "ґава"],
                           consent=bool(i % 2)) for i in range(5)]
        wanted = [ids[4], ids[0], ids[2], 10_000]  # one id that is not there
        by_json = subjects_module._CONTACTS_JSON.rows(conn, ids=json.dumps(wanted))
        by_in = [tuple(r) for r in conn.execute(subjects_module._CONTACTS, {"ids": wanted})]
        tags_json = subjects_module._TAGS_JSON.rows(conn, ids=json.dumps(wanted))
        tags_in = [tuple(r) for r in conn.execute(subjects_module._TAGS, {"ids": wanted})]
    assert sorted(by_json) == sorted(by_in) and len(by_json) == 3
    assert sorted(tags_json) == sorted(tags_in) and len(tags_json) == 6


def test_a_remembered_wait_end_is_the_same_for_the_same_moment_in_any_zone():
    start = datetime(2025, 3, 29, 22, 30, tzinfo=UTC)  # 00:30 in Kyiv, the night before DST
    same = start.astimezone(timezone(timedelta(hours=5)))
    week = {"amount": 1, "unit": "days"}
    first = add_duration(start, week, KYIV)
    assert add_duration(same, week, KYIV) == first
    # One shop day later at the same local time, across the clocks going forward.
    assert first.astimezone(KYIV).hour == 0 and first.astimezone(KYIV).minute == 30
    assert first - start == timedelta(hours=23)
