"""The product and segment kinds get their forms, canvas summaries and exits from their specs."""

from __future__ import annotations

import pytest

from runtime.flow import Flow
from studio.document import FlowDocument
from studio.nodes.property_panel import PropertyPanel


@pytest.fixture
def doc(qapp):
    flow = Flow("Products")
    flow.add_node("trigger.rfm_segment", node_id="segment")
    flow.add_node("action.pick_products", node_id="pick")
    flow.add_node("action.check_consent", node_id="consent")
    flow.add_node("condition.event_count", node_id="repeat")
    flow.add_node("trigger.custom_event", {"event": "product_viewed"}, node_id="event")
    document = FlowDocument(flow)
    yield document
    document.close()


@pytest.fixture
def panel(qtbot, doc):
    widget = PropertyPanel()
    qtbot.addWidget(widget)
    widget.set_document(doc)
    return widget


def visible(panel) -> list[str]:
    return [name for name, row in panel.form.rows.items() if not row.isHidden()]


def test_forms_of_the_new_kinds(panel, doc):
    panel.show_node("segment")
    assert visible(panel) == ["prefix", "time_of_day"]
    panel.show_node("consent")
    assert visible(panel) == ["field"]
    panel.show_node("repeat")
    assert visible(panel) == ["event", "property", "times", "within"]
    panel.show_node("pick")
    assert visible(panel) == ["source", "limit"]
    doc.flow.set_params("pick", {"source": "collection"})
    panel.show_node("pick")
    assert visible(panel) == ["source", "collection", "limit", "exclude_bought"]


def test_the_event_trigger_shows_its_count_settings_only_for_the_nth_event(panel, doc):
    panel.show_node("event")
    assert visible(panel) == ["event", "property", "equals", "which"]
    doc.flow.set_params("event", {"which": "nth"})
    panel.show_node("event")
    assert visible(panel) == ["event", "property", "equals", "which", "times", "within",
                              "same_property"]


def test_summaries_and_exits(doc):
    flow = doc.flow
    assert flow.spec("segment").summarize(flow.node("segment")["params"]) == \
        "RFM segment daily at 06:00"
    assert flow.spec("repeat").summarize(flow.node("repeat")["params"]) == \
        "product_viewed 3× within 14 days"
    assert flow.spec("pick").output_ports() == ("found", "none")
    assert flow.spec("consent").output_ports() == ("yes", "no")
