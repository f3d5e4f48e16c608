"""The flow file format: exact round trips, stable text, Unicode, and errors that name the place."""

from __future__ import annotations

import json

import pytest

from runtime import catalog, flowfile
from runtime.flow import Flow
from runtime.flowfile import FlowFileError, dumps, load_flow, loads, save_flow, to_document
from runtime.validation import validate


def build(order: str = "forward") -> Flow:
    """One flow with every family, built in either of two insertion orders."""
    flow = Flow(name="Повернення клієнтів · 回头客", uid="flow-1", description="Win-back",
                category="win-back")
    nodes = [
        ("t", "trigger.inactive", {"days": 60}, "Неактивні 60 днів"),
        ("w", "wait.event", {}, "等待订单"),
        ("c", "condition.contact", {"rules": [{"fact": "tags", "op": "has", "value": "постійний"}],
                                    "match": "any"}, ""),
        ("s", "condition.random_split", {"branches": [{"name": "Знижка", "percent": 40},
                                                      {"name": "优惠券", "percent": 60}]}, ""),
        ("e1", "action.send_email", {"template": {"subject": "Ми сумуємо, {{ contact.first_name }}",
                                                  "html": "<p>你好</p>", "text": "你好"}}, ""),
        ("e2", "action.coupon", {"prefix": "ПОВЕРНИСЬ"}, ""),
        ("end", "action.end", {"outcome": "goal"}, "Кінець"),
        ("tag", "action.add_tag", {"tag": "повернувся"}, ""),
    ]
    edges = [("t", "next", "w"), ("w", "happened", "end"), ("w", "timeout", "c"),
             ("c", "yes", "s"), ("c", "no", "tag"), ("s", "Знижка", "e1"), ("s", "优惠券", "e2")]
    positions = {node[0]: (i * 120.5, -40.0 - i) for i, node in enumerate(nodes)}
    if order != "forward":
        nodes.reverse()
        edges.reverse()
    for node_id, kind, params, label in nodes:
        if order != "forward":
            params = dict(reversed(list(params.items())))
        flow.add_node(kind, params, position=positions[node_id], label=label, node_id=node_id)
    for source, port, target in edges:
        flow.connect(source, port, target)
    return flow


def document(**changes) -> dict:
    doc = to_document(build())
    doc.update(changes)
    return json.loads(json.dumps(doc))


def error_of(doc_or_text, source: str = "win-back.json") -> str:
    text = doc_or_text if isinstance(doc_or_text, str) else json.dumps(doc_or_text)
    with pytest.raises(FlowFileError) as info:
        loads(text, source=source)
    return str(info.value)


# --- round trips and stable text ---------------------------------------------------------------

def test_round_trip_is_exact():
    flow = build()
    text = dumps(flow)
    again = loads(text)
    assert dumps(again) == text
    assert to_document(again) == to_document(flow)
    assert sorted(again.edges()) == sorted(flow.edges())
    for node_id in flow.nodes():
        assert again.node(node_id) == flow.node(node_id)
    assert (again.name, again.uid, again.description, again.category, again.settings) == (
        flow.name, flow.uid, flow.description, flow.category, flow.settings)


def test_insertion_order_does_not_change_the_text():
    forward, backward = build("forward"), build("backward")
    assert list(forward.graph.nodes) != list(backward.graph.nodes)
    assert dumps(forward) == dumps(backward)


def test_keys_are_sorted_at_every_level_and_lists_are_ordered():
    text = dumps(build())

    def check(pairs):
        keys = [k for k, _v in pairs]
        assert keys == sorted(keys)
        return dict(pairs)

    doc = json.loads(text, object_pairs_hook=check)
    assert [n["id"] for n in doc["nodes"]] == sorted(n["id"] for n in doc["nodes"])
    edges = [(e["source"], e["port"], e["target"]) for e in doc["edges"]]
    assert edges == sorted(edges)
    assert doc["schema_version"] == flowfile.SCHEMA_VERSION
    assert text.endswith("}\n") and text.startswith('{\n  "category"')


def test_unicode_is_written_as_is_and_read_back(tmp_path):
    flow = build()
    path = tmp_path / "повернення.json"
    save_flow(flow, path)
    raw = path.read_bytes().decode("utf-8")
    for word in ("Повернення клієнтів", "回头客", "постійний", "优惠券", "ПОВЕРНИСЬ"):
        assert word in raw
    assert "\\u" not in raw
    loaded = load_flow(path)
    assert loaded.name == "Повернення клієнтів · 回头客"
    assert loaded.label("w") == "等待订单"
    assert loaded.node("tag")["params"]["tag"] == "повернувся"
    assert loaded.target("s", "优惠券") == "e2"
    assert dumps(loaded) == dumps(flow)


def test_save_replaces_the_file_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "flow.json"
    path.write_text("old", encoding="utf-8")
    save_flow(build(), path)
    assert path.read_text(encoding="utf-8") == dumps(build())
    assert [p.name for p in tmp_path.iterdir()] == ["flow.json"]


def test_positions_are_rounded_to_a_tenth():
    flow = build()
    flow.set_position("c", (240.04, -0.96))
    text = dumps(flow)
    assert to_document(loads(text))["nodes"][0]["position"] == [240.0, -1.0]
    assert dumps(loads(text)) == text


def test_missing_settings_and_params_get_defaults():
    doc = document()
    del doc["settings"]
    del doc["uid"]
    for node in doc["nodes"]:
        node.pop("params")
        node.pop("position")
        node.pop("label")
        node.pop("version")
    flow = loads(json.dumps(doc))
    assert flow.settings == Flow().settings
    assert flow.uid and flow.uid != "flow-1"
    assert flow.node("t")["params"] == catalog.get("trigger.inactive").defaults()
    assert flow.node("t")["position"] == (0.0, 0.0)


# --- errors ------------------------------------------------------------------------------------

def test_malformed_json_names_file_line_and_column(tmp_path):
    path = tmp_path / "broken-flow.json"
    path.write_text('{\n  "schema_version": 1,\n  "name": oops\n}\n', encoding="utf-8")
    with pytest.raises(FlowFileError) as info:
        load_flow(path)
    message = str(info.value)
    assert str(path) in message and "broken-flow.json" in message
    assert "line 3" in message and "column 11" in message


def test_truncated_json_names_the_line():
    text = dumps(build())
    cut = text[: len(text) // 2]
    message = error_of(cut)
    assert message.startswith("win-back.json, line ")
    assert f"line {cut.count(chr(10)) + 1}" in message


@pytest.mark.parametrize("text", ["[" * 100_000, "1" * 5000, '{"nodes": [' + "9" * 5000 + "]}"])
def test_hostile_json_is_a_flow_file_error(text):
    assert "win-back.json" in error_of(text)


def test_unreadable_files(tmp_path):
    with pytest.raises(FlowFileError, match="no such file"):
        load_flow(tmp_path / "missing.json")
    binary = tmp_path / "image.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not utf-8")
    with pytest.raises(FlowFileError, match="image.json: not a flow file"):
        load_flow(binary)
    with pytest.raises(FlowFileError, match="cannot be read"):
        load_flow(tmp_path)


def test_unknown_kind_names_the_node():
    doc = document()
    doc["nodes"][2]["kind"] = "action.teleport"
    node_id = doc["nodes"][2]["id"]
    message = error_of(doc)
    assert message == (f"win-back.json: node {node_id}: unknown node kind “action.teleport”; "
                       "this Boomerang cannot run it")


def test_newer_schema_version_is_a_clear_message():
    message = error_of(document(schema_version=flowfile.SCHEMA_VERSION + 1))
    assert "newer Boomerang" in message and "update the app" in message
    assert "win-back.json" in message


def test_newer_kind_version_names_the_node():
    doc = document()
    node = next(n for n in doc["nodes"] if n["id"] == "w")
    node["version"] = 7
    message = error_of(doc)
    assert message.startswith("win-back.json: node w: Wait for an event version 7 comes from a "
                              "newer Boomerang")
    assert "update the app" in message


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(schema_version="1"), "missing or invalid “schema_version”"),
    (lambda d: d.pop("schema_version"), "missing or invalid “schema_version”"),
    (lambda d: d.update(schema_version=0), "missing or invalid “schema_version”"),
    (lambda d: d.pop("nodes"), "not a Boomerang flow"),
    (lambda d: d.update(nodes={}), "“nodes” must be a list"),
    (lambda d: d.update(edges="t->w"), "“edges” must be a list"),
    (lambda d: d.update(settings=[]), "“settings” must be an object"),
    (lambda d: d["settings"].update(reentry={"mode": "always"}), "settings.reentry: mode must be"),
    (lambda d: d.update(name=5), "“name” must be text"),
    (lambda d: d.update(uid=5), "“uid” must be text"),
    (lambda d: d["nodes"].append("node"), "node 9: must be an object"),
    (lambda d: d["nodes"][0].pop("id"), "node 1: has no “id”"),
    (lambda d: d["nodes"][1].update(id="c"), "node c: this id is used twice"),
    (lambda d: d["nodes"][0].update(params=[]), "node c: “params” must be an object"),
    (lambda d: d["nodes"][0].update(version="1"), "node c: “version” must be a whole number"),
    (lambda d: d["nodes"][0].update(version=0), "node c: If contact… version 0 cannot be upgraded"),
    (lambda d: d["nodes"][0].update(position=[1]), "node c: “position” must be [x, y]"),
    (lambda d: d["nodes"][0].update(position=["1", 2]), "node c: “position” must be [x, y]"),
    (lambda d: d["nodes"][0].update(position=[True, 2]), "node c: “position” must be [x, y]"),
    (lambda d: d["nodes"][0].update(position=[10**400, 2]), "node c: “position” must be [x, y]"),
    (lambda d: d["nodes"][0].update(label=["x"]), "node c: “label” must be text"),
    (lambda d: d["edges"].append(["t", "w"]), "edge 8: must be an object"),
    (lambda d: d["edges"].append({"source": "t", "target": "ghost"}),
     "edge 8: connects a node that does not exist ('ghost')"),
    (lambda d: d["edges"].append({"source": ["t"], "target": "w"}),
     "edge 8: connects a node that does not exist (['t'])"),
    (lambda d: d["edges"].append(dict(d["edges"][0])), "is listed twice"),
])
def test_structural_mistakes_are_named(change, expected):
    doc = document()
    change(doc)
    assert expected in error_of(doc)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_positions_are_refused(value):
    doc = document()
    doc["nodes"][0]["position"] = [value, 0]
    text = json.dumps(doc)  # writes NaN / Infinity, which Python's reader accepts
    assert "node c: “position” must be [x, y]" in error_of(text)


@pytest.mark.parametrize("payload", [None, [], "flow", 5, {"name": "x"}])
def test_not_a_flow_at_all(payload):
    assert "win-back.json: not a Boomerang flow" in error_of(json.dumps(payload))


# --- migrations --------------------------------------------------------------------------------

@pytest.fixture
def test_kind():
    """A throwaway kind "test.kind" at version 2 whose version 1 stored days, not hours."""
    catalog.all_specs()  # the real kinds first
    catalog.register(catalog.NodeSpec(
        "test.kind", 2, "action", "Test kind", "for tests", "i",
        params=(catalog.Param("hours", "integer", "Hours", default=1, minimum=0),)))

    def days_to_hours(params):
        params["hours"] = params.pop("days", 0) * 24
        return params

    catalog.register_migration("test.kind", 1, days_to_hours)
    yield
    del catalog._REGISTRY["test.kind"]
    catalog._MIGRATIONS.pop("test.kind")


def test_older_kind_version_is_migrated(test_kind, tmp_path):
    doc = document()
    doc["nodes"].append({"id": "old", "kind": "test.kind", "version": 1, "params": {"days": 2}})
    doc["edges"].append({"source": "tag", "port": "next", "target": "old"})
    flow = loads(json.dumps(doc))
    assert flow.node("old")["version"] == 2
    assert flow.node("old")["params"] == {"hours": 48}
    assert not [p for p in validate(flow) if p.node_id == "old"]
    path = tmp_path / "migrated.json"
    save_flow(flow, path)
    saved = next(n for n in json.loads(path.read_text("utf-8"))["nodes"] if n["id"] == "old")
    assert saved["version"] == 2 and saved["params"] == {"hours": 48}
    assert dumps(load_flow(path)) == dumps(flow)


def test_older_kind_without_migration_names_the_node(test_kind):
    del catalog._MIGRATIONS["test.kind"][1]
    doc = document()
    doc["nodes"].append({"id": "old", "kind": "test.kind", "version": 1})
    assert "node old: Test kind version 1 cannot be upgraded" in error_of(doc)


def test_the_test_kind_is_unregistered_afterwards():
    assert catalog.get("test.kind") is None and "test.kind" not in catalog._MIGRATIONS


# --- meaning is left to validate() -------------------------------------------------------------

def test_a_file_with_a_cycle_loads_and_validate_names_the_loop():
    doc = document()
    doc["edges"].append({"source": "tag", "port": "next", "target": "w"})
    flow = loads(json.dumps(doc))
    loops = [p for p in validate(flow) if "loop" in p.message]
    assert len(loops) == 1
    assert loops[0].node_id == "c"
    for name in ("If contact…", "Add tag", "等待订单"):
        assert name in loops[0].message


def test_a_file_with_a_self_loop_loads_and_validate_names_it():
    doc = document()
    doc["edges"].append({"source": "tag", "port": "next", "target": "tag"})
    flow = loads(json.dumps(doc))
    assert [p.node_id for p in validate(flow) if "loop" in p.message] == ["tag"]


def test_unknown_params_and_ports_survive_loading_for_validate_to_report():
    doc = document()
    node = next(n for n in doc["nodes"] if n["id"] == "tag")
    node["params"]["colour"] = "red"
    doc["edges"].append({"source": "e1", "port": "later", "target": "tag"})
    flow = loads(json.dumps(doc))
    assert flow.node("tag")["params"]["colour"] == "red"
    messages = [(p.node_id, p.field) for p in validate(flow)]
    assert ("tag", "colour") in messages and ("e1", None) in messages
    assert dumps(loads(dumps(flow))) == dumps(flow)


def test_a_boolean_schema_version_is_not_read_as_1():
    import pytest

    from runtime.flowfile import FlowFileError, loads

    with pytest.raises(FlowFileError, match="schema_version"):
        loads('{"schema_version": true, "nodes": []}', source="x.json")
