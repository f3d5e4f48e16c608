"""Fuzzing the flow file reader: any input gives a Flow that validates, or a FlowFileError."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runtime import catalog
from runtime.flow import Flow
from runtime.flowfile import FlowFileError, dumps, loads, to_document
from runtime.validation import Problem, validate

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

KINDS = [spec.kind for spec in catalog.all_specs()]
PARAM_NAMES = sorted({p.name for spec in catalog.all_specs() for p in spec.params})
PORTS = ["next", "yes", "no", "happened", "timeout", "A", "B"]
IDS = ["t", "w", "c", "s", "e", "end", "x"]


def valid_document() -> dict:
    flow = Flow(name="Fuzz", uid="fuzz")
    for node_id, kind in [("t", "trigger.order_placed"), ("w", "wait.event"),
                          ("c", "condition.contact"), ("s", "condition.random_split"),
                          ("e", "action.send_email"), ("end", "action.end")]:
        flow.add_node(kind, node_id=node_id, label=node_id.upper())
    for source, port, target in [("t", "next", "w"), ("w", "happened", "c"),
                                 ("w", "timeout", "end"), ("c", "yes", "s"), ("s", "A", "e")]:
        flow.connect(source, port, target)
    return json.loads(dumps(flow))


VALID = valid_document()

# --- strategies --------------------------------------------------------------------------------

template_text = st.text(alphabet="{}%#()[]|.'\"_ ax1\n", max_size=24)
scalars = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
           | template_text)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(PARAM_NAMES) | st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
# Values shaped like real settings, so that the fuzzer gets past the first type check.
plausible = st.one_of(
    scalars,
    json_values,
    st.fixed_dictionaries({"amount": scalars,
                           "unit": st.sampled_from(["days", "hours"]) | scalars}),
    st.lists(st.fixed_dictionaries({"name": st.sampled_from(PORTS) | scalars,
                                    "percent": st.integers(-5, 105) | scalars}), max_size=4),
    st.lists(st.fixed_dictionaries({"fact": st.sampled_from(["tags", "orders_count", "tier"])
                                    | scalars,
                                    "op": st.sampled_from(["has", ">=", "=", "in"]) | scalars,
                                    "value": scalars}), max_size=3),
    st.fixed_dictionaries({"subject": template_text, "html": template_text | scalars,
                           "text": template_text}),
    st.sampled_from(["09:00", "24:00", "nth", "any", "score", "field", "reset", "free_shipping"]),
)


@st.composite
def params_for(draw, kind: str) -> dict:
    """Settings of `kind`, each left out, kept at its default or given a random value."""
    spec = catalog.get(kind)
    names = [p.name for p in spec.params] if spec else []
    chosen = draw(st.lists(st.sampled_from(names) | st.text(max_size=6), max_size=4)
                  if names else st.lists(st.text(max_size=6), max_size=1))
    return {name: draw(plausible) for name in chosen}


@st.composite
def nodes(draw) -> list[dict]:
    ids = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=6))
    result = []
    for node_id in ids:
        kind = draw(st.sampled_from(KINDS))
        raw = {"id": node_id, "kind": kind}
        if draw(st.booleans()):
            raw["params"] = draw(params_for(kind))
        if draw(st.booleans()):
            raw["position"] = [draw(st.integers(-999, 999)), draw(st.floats(-1e6, 1e6))]
        if draw(st.booleans()):
            raw["label"] = draw(st.text(max_size=8))
        result.append(raw)
    return result


edge = st.fixed_dictionaries(
    {"source": st.sampled_from(IDS), "target": st.sampled_from(IDS)},
    optional={"port": st.sampled_from(PORTS) | st.text(max_size=3)},
)
reentry = st.fixed_dictionaries({"mode": st.sampled_from(["once", "after_days"])},
                                optional={"days": scalars})
flow_settings = st.fixed_dictionaries(
    {}, optional={"reentry": reentry, "enrol_existing": scalars,
                  "goals": json_values | st.lists(st.fixed_dictionaries({"event": scalars}))})
documents = st.fixed_dictionaries(
    {"schema_version": st.just(1), "nodes": nodes()},
    optional={"edges": st.lists(edge, max_size=8), "settings": flow_settings,
              "name": st.text(max_size=8), "uid": st.text(max_size=8)},
)


def _paths(value, prefix=()):
    if len(prefix) > 4:  # deeper lies the text inside templates and rules: params cover it
        return
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


@st.composite
def mutated_documents(draw) -> dict:
    """The valid document with a few keys deleted, values replaced or retyped, edges added,
    kinds swapped, settings and params scrambled."""
    doc = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(
            ["delete", "replace", "retype", "edge", "kind", "param", "param", "setting"]))
        node_list = doc.get("nodes") if isinstance(doc.get("nodes"), list) else []
        target = draw(st.sampled_from(node_list)) if node_list else None
        if op == "edge" and isinstance(doc.get("edges"), list):
            doc["edges"].append(draw(edge))
        elif op == "setting" and isinstance(doc.get("settings"), dict):
            doc["settings"][draw(st.sampled_from(["reentry", "goals", "enrol_existing"]))] = \
                draw(plausible)
        elif op == "kind" and isinstance(target, dict):
            target["kind"] = draw(st.sampled_from(KINDS))
        elif op == "param" and isinstance(target, dict) and isinstance(target.get("params"), dict):
            target["params"].update(draw(params_for(str(target.get("kind")))))
        elif op in ("delete", "replace", "retype"):
            path = draw(st.sampled_from([p for p in _paths(doc) if p]))
            parent = doc
            for key in path[:-1]:
                parent = parent[key]
            key = path[-1]
            if op == "delete":
                del parent[key]
            elif op == "replace":
                parent[key] = draw(json_values)
            else:
                old = parent[key]
                parent[key] = draw(st.sampled_from(
                    [str(old), [old], {"value": old}, None, 0, 1, -1, 1.5, True, 10**400]))
    return doc


# --- the property ------------------------------------------------------------------------------

def check(text: str) -> None:
    try:
        flow = loads(text, source="fuzz.json")
    except FlowFileError as exc:
        assert str(exc).startswith("fuzz.json")
        return
    problems = validate(flow) + validate(flow, channels=set())
    assert all(isinstance(p, Problem) and isinstance(p.message, str) for p in problems)
    # What was read can be written, and writing is stable.
    saved = dumps(flow)
    assert dumps(loads(saved)) == saved
    # The canvas asks every node for its exits, summary and possible connections.
    ids = flow.nodes()
    for node_id in ids:
        spec = flow.spec(node_id)
        params_ = flow.node(node_id)["params"]
        assert isinstance(spec.summarize(params_), str)
        assert isinstance(flow.label(node_id), str)
        for port in spec.output_ports(params_):
            for target in ids[:3]:
                message = flow.check_connection(node_id, port, target)
                assert message is None or isinstance(message, str)


def dump(doc) -> str:
    return json.dumps(doc)  # NaN and Infinity included, as Python's json would read them


def test_the_valid_document_is_valid():
    flow = loads(dump(VALID))
    assert to_document(flow) == VALID
    assert [p.node_id for p in validate(flow)] == ["c", "s"]  # the two open branches


@FUZZ
@given(json_values)
def test_random_json_is_a_flow_or_a_flow_file_error(value):
    check(dump(value))


@FUZZ
@given(documents)
def test_random_flow_shaped_documents(doc):
    check(dump(doc))


@FUZZ
@given(mutated_documents())
def test_mutations_of_a_valid_document(doc):
    check(dump(doc))


@FUZZ
@given(st.data())
def test_damaged_text(data):
    text = dump(VALID)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 5))
        text = text[:at] + data.draw(st.text(max_size=3)) + text[at + cut:]
    check(text)


@FUZZ
@given(st.text(max_size=60))
def test_random_text(text):
    check(text)
