"""Node kinds as data: frozen specs with typed parameters, and the one parameter validator."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

FAMILIES = ("trigger", "wait", "condition", "action")
PARAM_TYPES = (
    "text", "textarea", "integer", "decimal", "boolean", "choice", "time", "date",
    "duration", "tags", "products", "template", "rules", "branches",
)
DURATION_UNITS = {"minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800}
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Param:
    """One typed parameter of a node kind; the editor renders it, the validator checks it."""

    name: str
    type: str
    title: str
    default: Any = None
    required: bool = False
    help: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    # Shown (and validated) only when every named parameter has one of the listed values.
    show_if: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    placeholder: str = ""

    def __post_init__(self) -> None:
        if self.type not in PARAM_TYPES:
            raise ValueError(f"parameter {self.name}: unknown type {self.type!r}")


@dataclass(frozen=True)
class NodeSpec:
    """Everything the editor and the engine know about one node kind."""

    kind: str
    version: int
    family: str
    title: str
    description: str
    icon: str
    params: tuple[Param, ...] = ()
    ports: tuple[str, ...] = ("next",)
    # A kind whose exits are named by the user (a random split) takes them from this parameter.
    ports_from: str | None = None
    # "{days} days" style one-line summary of the settings, shown on the canvas.
    summary: str = ""
    # ((parameter, value) pairs, summary): the first whose pairs all hold replaces `summary`,
    # e.g. "Order number {nth}" once "Which orders" is "Only the Nth order".
    summaries: tuple[tuple[tuple[tuple[str, str], ...], str], ...] = ()

    def __post_init__(self) -> None:
        if self.family not in FAMILIES:
            raise ValueError(f"{self.kind}: unknown family {self.family!r}")

    def param(self, name: str) -> Param | None:
        for p in self.params:
            if p.name == name:
                return p
        return None

    def defaults(self) -> dict[str, Any]:
        return {p.name: _copy_default(p.default) for p in self.params}

    def output_ports(self, params: Mapping[str, Any] | None = None) -> tuple[str, ...]:
        if self.ports_from:
            branches = (params or {}).get(self.ports_from) or self.defaults()[self.ports_from]
            if not isinstance(branches, list):  # a hand-edited file; validate_params reports it
                return ()
            return tuple(str(b.get("name", "")) for b in branches if isinstance(b, dict))
        return self.ports

    def summarize(self, params: Mapping[str, Any],
                  translate: Callable[[str], str] = lambda text: text) -> str:
        """The card's one line; `translate` turns the English pattern ("Wait {duration}") into
        the user's language before the values go in (the studio passes Qt's translation)."""
        values = {**self.defaults(), **params}
        pattern = next((text for when, text in self.summaries
                        if all(values.get(name) == value for name, value in when)), self.summary)
        labels = {p.name: dict(p.choices) for p in self.params if p.type == "choice"}
        try:
            text = translate(pattern).format_map(_SummaryValues(values, translate, labels))
        except (KeyError, ValueError, IndexError, AttributeError, TypeError):
            return self.title
        return _friendly_placeholders(text)


# The unit words a duration shows on a card, in the English the translations start from.
CARD_UNITS = tuple(w for unit in DURATION_UNITS for w in (unit[:-1], unit))


class _SummaryValues(dict):
    def __init__(self, values: Mapping[str, Any],
                 translate: Callable[[str], str] = lambda text: text,
                 labels: Mapping[str, Mapping[str, str]] | None = None) -> None:
        super().__init__(values)
        self.translate = translate
        self.labels = labels or {}  # a choice shows its label, as in the form

    def __missing__(self, key: str) -> str:
        return "?"

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key) if key in self else self.__missing__(key)
        if isinstance(value, dict) and "amount" in value and "unit" in value:
            unit = str(value["unit"])
            return f"{value['amount']} " + self.translate(
                unit[:-1] if value["amount"] == 1 else unit)
        from runtime.conditions import describe_rule  # as rules_problem below

        if key in self.labels and value in self.labels[key]:
            return self.translate(self.labels[key][value])
        if isinstance(value, list) and key == "rules":
            # The card says how the rules combine, as the condition's "match" setting does.
            joiner = self.translate(" or " if super().get("match") == "any" else " and ")
            return joiner.join(describe_rule(v, self.translate) if isinstance(v, dict)
                               else _summarize_item(v) for v in value) or "any"
        if isinstance(value, list):
            return ", ".join(_summarize_item(v) for v in value) or "any"
        return "—" if value in (None, "") else value


_PLACEHOLDER = re.compile(r"{{\s*([A-Za-z_][\w.]*)[^}]*}}")


def _friendly_placeholders(text: str) -> str:
    """Template code on a card reads as a hint: “{{ contact.first_name or 'x' }}” becomes
    “[first name]”, “{{ coupon.code }}” “[coupon code]”; owners should not have to read
    Jinja."""
    def hint(match: re.Match) -> str:
        path = match.group(1).removeprefix("contact.")
        return "[" + path.replace(".", " ").replace("_", " ") + "]"

    return _PLACEHOLDER.sub(hint, text)


def _summarize_item(item: Any) -> str:
    if isinstance(item, dict) and "percent" in item:
        return f"{item.get('name')} {item.get('percent')}%"
    return str(item)


def _copy_default(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy_default(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_default(v) for v in value]
    return value


def is_visible(param: Param, params: Mapping[str, Any]) -> bool:
    return all(params.get(name) in allowed for name, allowed in param.show_if.items())


def labelled(title: str, message: str) -> str:
    """“Tag is required”, “Days must be at least 1”, but “Email: the subject is empty”."""
    return f"{title} {message}" if message.startswith(("must ", "is ")) else f"{title}: {message}"


def validate_params(spec: NodeSpec, params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every problem with `params` as (parameter name, plain message); [] when all is well.

    The property editor and the engine both call this, so a flow the editor accepts is one the
    engine runs. Hidden parameters (show_if not met) are not checked.
    """
    problems: list[tuple[str, str]] = []
    known = {p.name for p in spec.params}
    for name in params:
        if name not in known:
            problems.append((name, f"“{name}” is not a setting of {spec.title}"))
    merged = {**spec.defaults(), **params}
    for p in spec.params:
        if not is_visible(p, merged):
            continue
        message = _check_value(p, merged.get(p.name))
        if message:
            problems.append((p.name, labelled(p.title, message)))
    return problems


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _check_value(p: Param, value: Any) -> str | None:  # noqa: C901 - one branch per type
    if _empty(value):
        return "is required" if p.required else None
    t = p.type
    if t in ("text", "textarea"):
        return None if isinstance(value, str) else "must be text"
    if t == "boolean":
        return None if isinstance(value, bool) else "must be yes or no"
    if t in ("integer", "decimal"):
        return _check_number(p, value)
    if t == "choice":
        allowed = [c[0] for c in p.choices]
        # The owner picks from the labels, so the message names those, not the stored values.
        labels = ", ".join(f"“{c[1]}”" for c in p.choices)
        return None if value in allowed else f"must be one of: {labels}"
    if t == "time":
        ok = isinstance(value, str) and _TIME_RE.fullmatch(value)
        return None if ok else "must be a time of day like 09:00"
    if t == "date":
        ok = isinstance(value, str) and _DATE_RE.fullmatch(value) and _real_date(value)
        return None if ok else "must be a date like 2026-03-31"
    if t == "duration":
        return _check_duration(p, value)
    if t in ("tags", "products"):
        ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        if not ok:
            return "must be a list of names"
        allowed = [c[0] for c in p.choices]
        unknown = [v for v in value if allowed and v not in allowed]
        return f"“{unknown[0]}” is not one of: {', '.join(allowed)}" if unknown else None
    if t == "template":
        return _check_template(value)
    if t == "rules":
        return _check_rules(value)
    if t == "branches":
        return _check_branches(value)
    return None


def _real_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False  # 2026-02-30 has the shape of a date but is none
    return True


def _check_number(p: Param, value: Any) -> str | None:
    if isinstance(value, bool):
        return "must be a number"
    if p.type == "integer" and not isinstance(value, int):
        return "must be a whole number"
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return "must be a number"
    if not number.is_finite():
        return "must be a number"
    if p.minimum is not None and number < Decimal(str(p.minimum)):
        return f"must be at least {p.minimum:g}"
    if p.maximum is not None and number > Decimal(str(p.maximum)):
        return f"must be at most {p.maximum:g}"
    return None


def _check_duration(p: Param, value: Any) -> str | None:
    unit = value.get("unit") if isinstance(value, dict) else None
    if not isinstance(unit, str) or unit not in DURATION_UNITS:
        return f"must be an amount of {', '.join(DURATION_UNITS)}"
    amount = value.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        return "the amount must be a whole number of 0 or more"
    if p.minimum is not None and amount * DURATION_UNITS[value["unit"]] < p.minimum:
        return "is too short"
    return None


def _check_template(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "must have a subject and a body"
    if not str(value.get("subject", "")).strip():
        return "the subject is empty"
    if not str(value.get("html", "")).strip() and not str(value.get("text", "")).strip():
        return "the email has no body"
    from runtime.templates import template_problem  # the sandbox lives with the renderer

    return template_problem(value)


def _check_rules(value: Any) -> str | None:
    from runtime.conditions import rules_problem  # facts and operators live with the evaluator

    return rules_problem(value)


def _check_branches(value: Any) -> str | None:
    if not isinstance(value, list) or len(value) < 2:
        return "needs at least two branches"
    names = [b.get("name") for b in value if isinstance(b, dict)]
    if len(names) != len(value) or not all(isinstance(n, str) and n.strip() for n in names):
        return "every branch needs a name"
    if len(set(names)) != len(names):
        return "branch names must differ"
    shares = [b.get("percent") for b in value]
    if not all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in shares):
        return "every branch needs a whole percentage"
    if sum(shares) != 100:
        return f"the percentages add up to {sum(shares)}, not 100"
    return None


# --- the registry -----------------------------------------------------------------------------

_REGISTRY: dict[str, NodeSpec] = {}
# kind -> {old version: function(params) -> params of the next version}
_MIGRATIONS: dict[str, dict[int, Any]] = {}


def register(spec: NodeSpec) -> NodeSpec:
    if spec.kind in _REGISTRY:
        raise ValueError(f"node kind {spec.kind} declared twice")
    _REGISTRY[spec.kind] = spec
    return spec


def register_migration(kind: str, from_version: int, upgrade) -> None:
    _MIGRATIONS.setdefault(kind, {})[from_version] = upgrade


_kinds_loaded = False


def _load_kinds() -> None:
    # A flag, not "registry empty": importing one kinds module (or registering a plug-in kind)
    # first must not hide the others.
    global _kinds_loaded
    if not _kinds_loaded:
        _kinds_loaded = True
        from runtime.kinds import (  # noqa: F401
            actions,
            conditions,
            loyalty,
            products,
            triggers,
            waits,
        )


def get(kind: str) -> NodeSpec | None:
    _load_kinds()
    return _REGISTRY.get(kind)


def all_specs() -> list[NodeSpec]:
    _load_kinds()
    order = {f: i for i, f in enumerate(FAMILIES)}
    return sorted(_REGISTRY.values(), key=lambda s: (order[s.family], s.title))


def migrate_params(kind: str, version: int, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """Carry params of an older kind version forward to the current one.

    Raises LookupError when the version is newer than this app knows or no migration exists.
    """
    spec = get(kind)
    if spec is None:
        raise LookupError(f"unknown node kind “{kind}”")
    if version > spec.version:
        raise LookupError(
            f"{spec.title} version {version} comes from a newer Boomerang (this one knows "
            f"version {spec.version}): update the app to open this flow"
        )
    steps = _MIGRATIONS.get(kind, {})
    while version < spec.version:
        if version not in steps:
            raise LookupError(f"{spec.title} version {version} cannot be upgraded")
        params = steps[version](dict(params))
        version += 1
    return version, params
