"""Condition kinds: if/else on contact facts or the triggering order, and random splits."""

from __future__ import annotations

from runtime.catalog import NodeSpec, Param, register

_MATCH = Param("match", "choice", "Match", default="all", required=True,
               choices=(("all", "All rules"), ("any", "Any rule")))

CONTACT = register(NodeSpec(
    kind="condition.contact", version=1, family="condition", title="If contact…",
    description="Continues on “yes” when the contact matches the rules (tags, fields, "
    "consent, orders, total spent, days since last order, RFM, points, tier), else on “no”.",
    icon="condition-contact",
    params=(
        Param("rules", "rules", "Rules", required=True,
              default=[{"fact": "orders_count", "op": ">=", "value": 2}]),
        _MATCH,
    ),
    ports=("yes", "no"),
    summary="If {rules}",
))

ORDER = register(NodeSpec(
    kind="condition.order", version=1, family="condition", title="If the order…",
    description="Checks the order that started the flow: its total, products or discount code.",
    icon="condition-order",
    params=(
        Param("rules", "rules", "Rules", required=True,
              default=[{"fact": "order.total", "op": ">=", "value": 100}]),
        _MATCH,
    ),
    ports=("yes", "no"),
    summary="If {rules}",
))

RANDOM_SPLIT = register(NodeSpec(
    kind="condition.random_split", version=1, family="condition", title="Random split (A/B)",
    description="Sends each contact down one branch at random, in the given percentages, to "
    "compare two offers or wordings.",
    icon="condition-split",
    params=(
        Param("branches", "branches", "Branches", required=True,
              default=[{"name": "A", "percent": 50}, {"name": "B", "percent": 50}]),
    ),
    ports_from="branches",
    summary="Split {branches}",
))
