"""The palette: every kind under its family, search in any script, drag data, activation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from runtime.catalog import FAMILIES, NodeSpec, all_specs
from studio.nodes.palette import KIND_MIME, KIND_ROLE, PaletteModel, PaletteWidget


@pytest.fixture
def palette(qtbot):
    widget = PaletteWidget()
    qtbot.addWidget(widget)
    return widget


def kinds_under(model, row):
    heading = model.index(row, 0)
    return [model.index(c, 0, heading).data(KIND_ROLE) for c in range(model.rowCount(heading))]


def test_every_spec_is_listed_under_its_family(qapp):
    model = PaletteModel()
    headings = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert headings == ["Triggers", "Waits", "Conditions", "Actions"]
    for row, family in enumerate(FAMILIES):
        expected = [s.kind for s in all_specs() if s.family == family]
        assert kinds_under(model, row) == expected


def test_entries_have_icon_title_and_description_tooltip(qapp):
    model = PaletteModel()
    index = model.kind_index("action.send_email")
    assert index.data() == "Send email"
    assert "unsubscribe link" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(index.parent()) & Qt.ItemFlag.ItemIsDragEnabled


def test_drag_mime_data_carries_the_kind(qapp):
    model = PaletteModel()
    assert model.mimeTypes() == [KIND_MIME]
    data = model.mimeData([model.kind_index("wait.delay")])
    assert bytes(data.data(KIND_MIME)).decode("utf-8") == "wait.delay"
    assert model.mimeData([model.index(0, 0)]) is None  # a family heading is not a step


def test_drag_through_the_filter_keeps_the_kind(palette):
    palette.search.setText("issue coupon")
    proxy = palette.proxy
    heading = proxy.index(0, 0)
    entry = proxy.index(0, 0, heading)
    data = proxy.mimeData([entry])
    assert bytes(data.data(KIND_MIME)).decode() == "action.coupon"


@pytest.mark.parametrize("text, kind", [("email", "action.send_email"),
                                        ("EMAIL", "action.send_email"),
                                        ("coupon", "action.coupon"),
                                        ("birthday", "trigger.date_reached")])
def test_search_matches_titles_and_descriptions(palette, text, kind):
    palette.search.setText(text)
    kinds = palette.proxy.visible_kinds()
    assert kind in kinds
    assert len(kinds) < len(all_specs())
    assert palette.empty.isHidden()


def test_search_without_match_says_so(palette):
    palette.search.setText("тег")
    assert palette.proxy.visible_kinds() == []
    assert not palette.empty.isHidden() and palette.tree.isHidden()
    assert "тег" in palette.empty.text()
    palette.search.clear()
    assert len(palette.proxy.visible_kinds()) == len(all_specs())
    assert palette.empty.isHidden()


def test_search_in_other_scripts(qtbot):
    specs = [
        NodeSpec("action.tag_ua", 1, "action", "Додати ТЕГ", "Позначає контакт", "action-tag-add"),
        NodeSpec("action.tag_zh", 1, "action", "添加标签", "给联系人加标签", "no-such-icon"),
    ]
    widget = PaletteWidget(specs=specs)
    qtbot.addWidget(widget)
    widget.search.setText("тег")
    assert widget.proxy.visible_kinds() == ["action.tag_ua"]
    widget.search.setText("标签")
    assert widget.proxy.visible_kinds() == ["action.tag_zh"]


def test_double_click_and_enter_activate_a_kind(palette, qtbot):
    palette.search.setText("issue coupon")
    heading = palette.proxy.index(0, 0)
    entry = palette.proxy.index(0, 0, heading)
    with qtbot.waitSignal(palette.kindActivated) as blocker:
        palette.tree.doubleClicked.emit(entry)
    assert blocker.args == ["action.coupon"]
    palette.tree.setCurrentIndex(entry)
    with qtbot.waitSignal(palette.kindActivated) as blocker:
        qtbot.keyClick(palette.tree, Qt.Key.Key_Return)
    assert blocker.args == ["action.coupon"]
    with qtbot.waitSignal(palette.kindActivated) as blocker:
        qtbot.keyClick(palette.search, Qt.Key.Key_Enter)
    assert blocker.args == ["action.coupon"]


def test_heading_does_not_activate(palette, qtbot):
    with qtbot.assertNotEmitted(palette.kindActivated):
        palette.tree.doubleClicked.emit(palette.proxy.index(0, 0))
