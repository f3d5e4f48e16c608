"""The flow file format: JSON with a schema version, sorted keys and a stable order."""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

from runtime import catalog
from runtime.errors import UserError
from runtime.flow import REENTRY_MODES, Flow, default_settings, new_graph

SCHEMA_VERSION = 1


class FlowFileError(UserError):
    """A flow file that cannot be read; the message names the file and the node."""


def to_document(flow: Flow) -> dict[str, Any]:
    nodes = []
    for node_id in sorted(flow.graph.nodes):
        data = flow.graph.nodes[node_id]
        x, y = data.get("position", (0.0, 0.0))
        nodes.append({"id": node_id, "kind": data["kind"], "version": data["version"],
                      "label": data.get("label", ""), "params": data["params"],
                      "position": [round(x, 1), round(y, 1)]})
    edges = [{"source": s, "port": p, "target": t} for s, p, t in sorted(flow.edges())]
    return {"schema_version": SCHEMA_VERSION, "uid": flow.uid, "name": flow.name,
            "description": flow.description, "category": flow.category,
            "settings": flow.settings, "nodes": nodes, "edges": edges}


def dumps(flow: Flow) -> str:
    return json.dumps(to_document(flow), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def save_flow(flow: Flow, path: str | Path) -> None:
    """Write atomically: a crash mid-save leaves the old file, never half a file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(dumps(flow))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_flow(path: str | Path) -> Flow:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FlowFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise FlowFileError(f"{path}: not a flow file (it is not UTF-8 text)") from None
    except OSError as exc:
        raise FlowFileError(f"{path}: cannot be read ({exc.strerror})") from None
    return loads(text, source=str(path))


def loads(text: str, source: str = "flow") -> Flow:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FlowFileError(f"{source}, line {exc.lineno}, column {exc.colno}: not valid JSON "
                            f"({exc.msg}); fix the file or save the flow again") from None
    except (ValueError, RecursionError):  # a 5000-digit number, nesting 10000 deep
        raise FlowFileError(f"{source}: not a flow file (a number is too long or the data is "
                            "nested too deeply)") from None
    return from_document(doc, source)


def _fail(source: str, where: str, message: str) -> FlowFileError:
    return FlowFileError(f"{source}: {where}{message}")


def from_document(doc: Any, source: str = "flow") -> Flow:
    """Build a Flow from a parsed document, migrating older node versions forward.

    Structure is checked here; meaning (cycles, parameters, reachability) is left to
    validate() so that a flow with mistakes can still be opened and fixed.
    """
    if not isinstance(doc, dict) or "nodes" not in doc:
        raise _fail(source, "", "not a Boomerang flow (no “nodes” list)")
    version = doc.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail(source, "", "missing or invalid “schema_version”")
    if version > SCHEMA_VERSION:
        raise _fail(source, "", f"written by a newer Boomerang (format {version}); update the app")
    settings = default_settings()
    settings.update(_dict(doc.get("settings", {}), source, "settings"))
    reentry = settings.get("reentry")
    if not isinstance(reentry, dict) or reentry.get("mode") not in REENTRY_MODES:
        raise _fail(source, "settings.reentry: ", f"mode must be one of {', '.join(REENTRY_MODES)}")
    flow = Flow(name=_text(doc.get("name", "Untitled flow"), source, "name"),
                description=_text(doc.get("description", ""), source, "description"),
                category=_text(doc.get("category", ""), source, "category"),
                settings=settings)
    if doc.get("uid"):
        flow.uid = _text(doc["uid"], source, "uid")
    nodes = doc["nodes"]
    if not isinstance(nodes, list):
        raise _fail(source, "", "“nodes” must be a list")
    graph = new_graph()
    for index, raw in enumerate(nodes):
        node_id, data = _node(raw, index, source)
        if node_id in graph:
            raise _fail(source, f"node {node_id}: ", "this id is used twice")
        graph.add_node(node_id, **data)
    for index, raw in enumerate(_list(doc.get("edges", []), source, "edges")):
        if not isinstance(raw, dict):
            raise _fail(source, f"edge {index + 1}: ", "must be an object")
        s, t, port = raw.get("source"), raw.get("target"), raw.get("port", "next")
        for end in (s, t):
            if end not in graph:
                raise _fail(source, f"edge {index + 1}: ", f"connects a node that does not exist "
                            f"({end!r})")
        if graph.has_edge(s, t):
            raise _fail(source, f"edge {index + 1}: ", f"{s} → {t} is listed twice")
        graph.add_edge(s, t, port=str(port))
    flow.graph = graph
    return flow


def _node(raw: Any, index: int, source: str) -> tuple[str, dict[str, Any]]:
    where = f"node {index + 1}: "
    if not isinstance(raw, dict):
        raise _fail(source, where, "must be an object")
    node_id = raw.get("id")
    if not isinstance(node_id, str) or not node_id:
        raise _fail(source, where, "has no “id”")
    where = f"node {node_id}: "
    kind = raw.get("kind")
    if not isinstance(kind, str) or catalog.get(kind) is None:
        raise _fail(source, where, f"unknown node kind “{kind}”; this Boomerang cannot run it")
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise _fail(source, where, "“params” must be an object")
    version = raw.get("version", 1)
    if not isinstance(version, int):
        raise _fail(source, where, "“version” must be a whole number")
    try:
        version, params = catalog.migrate_params(kind, version, params)
    except LookupError as exc:
        raise _fail(source, where, str(exc).strip("'\"")) from None
    position = raw.get("position", [0, 0])
    if (not isinstance(position, list | tuple) or len(position) != 2
            or not all(_coordinate(v) for v in position)):
        raise _fail(source, where, "“position” must be [x, y]")
    label = raw.get("label", "") or ""
    if not isinstance(label, str):
        raise _fail(source, where, "“label” must be text")
    spec = catalog.get(kind)
    params = {**spec.defaults(), **params}
    return node_id, {"kind": kind, "version": version, "params": params, "label": label,
                     "position": (float(position[0]), float(position[1]))}


def _coordinate(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)  # NaN, Infinity and 10**400 cannot place a node
    except OverflowError:
        return False


def _dict(value: Any, source: str, name: str) -> dict:
    if not isinstance(value, dict):
        raise _fail(source, "", f"“{name}” must be an object")
    return value


def _list(value: Any, source: str, name: str) -> list:
    if not isinstance(value, list):
        raise _fail(source, "", f"“{name}” must be a list")
    return value


def _text(value: Any, source: str, name: str) -> str:
    if not isinstance(value, str):
        raise _fail(source, "", f"“{name}” must be text")
    return value
