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
    json_values,
    st.fixed_dictionaries({"amount": scalars, "unit": st.sampled_from(["days", "hours", "x"])}),
    st.lists(st.fixed_dictionaries({"name": scalars, "percent": scalars}), max_size=4),
    st.lists(st.fixed_dictionaries({"fact": st.sampled_from(["tags", "orders_count", "tier"])
                                    | scalars,
                                    "op": st.sampled_from(["has", ">=", "=", "in"]) | scalars,
                                    "value": scalars}), max_size=3),
    st.fixed_dictionaries({"subject": template_text, "html": template_text | scalars,
                           "text": template_text}),
    st.sampled_from(["09:00", "24:00", "nth", "any", "score", "field", "reset", "free_shipping"]),
)
params = st.dictionaries(st.sampled_from(PARAM_NAMES) | st.text(max_size=6), plausible,
                         max_size=5)
node = st.fixed_dictionaries(
    {"id": st.sampled_from(IDS) | st.text(max_size=4) | scalars,
     "kind": st.sampled_from(KINDS) | scalars},
    optional={"version": st.just(1) | scalars, "params": params | json_values,
              "position": st.lists(st.integers() | st.floats(), max_size=3) | json_values,
              "label": st.text(max_size=8) | scalars},
)
edge = st.fixed_dictionaries(
    {"source": st.sampled_from(IDS) | scalars, "target": st.sampled_from(IDS) | scalars},
    optional={"port": st.sampled_from(PORTS) | scalars},
)
documents = st.fixed_dictionaries(
    {"schema_version": st.just(1) | scalars, "nodes": st.lists(node, max_size=6)},
    optional={"edges": st.lists(edge | json_values, max_size=8),
              "settings": st.fixed_dictionaries(
                  {}, optional={"reentry": st.fixed_dictionaries(
                      {"mode": st.sampled_from(["once", "after_finish", "x"])},
                      optional={"days": scalars}) | json_values,
                                "goals": json_values, "enrol_existing": scalars}) | json_values,
              "name": st.text(max_size=8) | scalars, "uid": scalars,
              "description": scalars, "category": scalars},
)


def _paths(value, prefix=()):
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
    kinds swapped and params scrambled."""
    doc = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "replace", "retype", "edge", "kind", "params"]))
        if op == "edge":
            doc.setdefault("edges", [])
            if isinstance(doc["edges"], list):
                doc["edges"].append(draw(edge))
            continue
        if op in ("kind", "params") and isinstance(doc.get("nodes"), list) and doc["nodes"]:
            target = doc["nodes"][draw(st.integers(0, len(doc["nodes"]) - 1))]
            if isinstance(target, dict):
                if op == "kind":
                    target["kind"] = draw(st.sampled_from(KINDS))
                else:
                    target["params"] = draw(params)
            continue
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
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
            parent[key] = draw(st.sampled_from([str(old), [old], {"value": old}, None, 1, True]))
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
                assert flow.check_connection(node_id, port, target) is None or True


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
