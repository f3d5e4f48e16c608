"""The property panel: the selected step's header, name and generated settings form."""

from __future__ import annotations

import contextlib
import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from runtime.catalog import NodeSpec
from studio.commands import SetLabelCommand, SetParamsCommand
from studio.document import FlowDocument
from studio.nodes.editor_base import vbox
from studio.nodes.param_form import ParamForm
from studio.nodes.visuals import (
    ERROR_COLOR,
    FAMILY_COLORS,
    HELP_COLOR,
    badge_pixmap,
    catalog_text,
    family_name,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("PropertyPanel", text)


class PropertyPanel(QWidget):
    """Shows one step of a FlowDocument. Every finished edit becomes one undo command; the
    panel itself only reads the flow, and follows it through doc.nodeChanged."""

    flowSettingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: FlowDocument | None = None
        self.node_id: str | None = None
        self.form: ParamForm | None = None
        self._shop_name = ""
        self.stack = QStackedWidget(self)
        self.empty = QLabel(tr("Select a step to see its settings"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {HELP_COLOR}; padding: 24px;")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.scroll)
        # With no step selected, the flow's own settings are one click away from here.
        self.flow_settings_button = QPushButton(tr("Flow settings…"), self)
        self.flow_settings_button.setToolTip(tr("Who can enter this flow, its goals, and what "
                                                "happens when you switch it on"))
        self.flow_settings_button.clicked.connect(self.flowSettingsRequested)
        # The hint and the button sit together in the middle: the hint ends the upper half,
        # the button starts the lower half, which goes when a step's page takes the room.
        self.lower_half = QWidget(self)
        lower = vbox(self.lower_half)
        lower.addWidget(self.flow_settings_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lower.addStretch(1)
        layout = vbox(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.lower_half, 1)
        self.setMinimumWidth(280)

    # --- public API ---------------------------------------------------------------------------
    def set_document(self, doc: FlowDocument | None) -> None:
        self._flush_focused_edit()
        if self.doc is not None:
            for signal, slot in self._connections():
                # A document already deleted by Qt has no connections left to undo.
                with contextlib.suppress(RuntimeError):
                    signal.disconnect(slot)
        self.doc = doc
        if doc is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
        self.show_node(None)

    def show_node(self, node_id: str | None) -> None:
        self._flush_focused_edit()
        doc = self.doc
        if node_id is None or doc is None or node_id not in doc.flow.graph:
            self.node_id, self.form = None, None
            self._replace_page(None)
            self.stack.setCurrentWidget(self.empty)
            self.lower_half.show()
            self.flow_settings_button.setVisible(doc is not None)
            return
        self.lower_half.hide()
        data = doc.flow.node(node_id)
        spec = doc.flow.spec(node_id)
        self.node_id = node_id
        if spec is None:  # load_flow refuses unknown kinds; a guard, not a feature
            self.form = None
            self._replace_page(None)
            self.stack.setCurrentWidget(self.empty)
            return
        page = QWidget()
        layout = vbox(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(14)
        layout.addWidget(self._header(spec))
        layout.addWidget(self._name_field(spec, data.get("label", "")))
        self.node_problems = QLabel(page)
        self.node_problems.setWordWrap(True)
        self.node_problems.setStyleSheet(
            f"color: {ERROR_COLOR}; background: #FEF2F2; border: 1px solid #FECACA;"
            "border-radius: 6px; padding: 6px 8px;")
        layout.addWidget(self.node_problems)
        self.form = ParamForm(spec, page)
        self.form.set_shop_name(self._shop_name)
        self.form.set_params(data["params"])
        # Edits are bound to this document and node: a field that finishes its edit while the
        # panel already moves on (focus leaving as the page goes) still changes the right step.
        self.form.edited.connect(lambda params, d=doc, n=node_id: self._edit_params(d, n, params))
        layout.addWidget(self.form)
        layout.addStretch(1)
        self._replace_page(page)
        self._on_problems()
        self.stack.setCurrentWidget(self.scroll)

    def set_shop_name(self, name: str) -> None:
        """The shop's name, used by previews (email templates)."""
        self._shop_name = name
        if self.form is not None:
            self.form.set_shop_name(name)

    # --- building -----------------------------------------------------------------------------
    def _header(self, spec: NodeSpec) -> QWidget:
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        badge = QLabel(header)
        badge.setPixmap(badge_pixmap(spec.icon, spec.family, 40))
        badge.setFixedSize(40, 40)
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        texts = QWidget(header)
        column = vbox(texts)
        column.setSpacing(2)
        family = QLabel(family_name(spec.family).upper(), texts)
        family.setStyleSheet(f"color: {FAMILY_COLORS.get(spec.family, HELP_COLOR)};"
                             "font-weight: 600; letter-spacing: 1px;")
        small = QFont(family.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        family.setFont(small)
        title = QLabel(catalog_text(spec.title), texts)
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        title.setFont(big)
        title.setWordWrap(True)
        description = QLabel(catalog_text(spec.description), texts)
        description.setWordWrap(True)
        description.setStyleSheet(f"color: {HELP_COLOR};")
        column.addWidget(family)
        column.addWidget(title)
        column.addWidget(description)
        row.addWidget(texts, 1)
        return header

    def _name_field(self, spec: NodeSpec, label: str) -> QWidget:
        box = QWidget()
        column = vbox(box)
        column.setSpacing(3)
        caption = QLabel(tr("Step name"), box)
        bold = QFont(caption.font())
        bold.setBold(True)
        caption.setFont(bold)
        self.name_edit = QLineEdit(label, box)
        # The canvas shows the kind's title when no name is given; the hint says so.
        self.name_edit.setPlaceholderText(catalog_text(spec.title))
        self.name_edit.setClearButtonEnabled(True)
        caption.setBuddy(self.name_edit)
        edit, doc, node_id = self.name_edit, self.doc, self.node_id
        edit.editingFinished.connect(lambda: self._edit_label(doc, node_id, edit.text()))
        column.addWidget(caption)
        column.addWidget(self.name_edit)
        return box

    def _replace_page(self, page: QWidget | None) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        if page is not None:
            self.scroll.setWidget(page)

    # --- following the document ---------------------------------------------------------------
    def _connections(self) -> list[tuple[Any, Any]]:
        doc = self.doc
        assert doc is not None
        return [(doc.nodeChanged, self._on_node_changed),
                (doc.nodeRemoved, self._on_node_removed),
                (doc.problemsChanged, self._on_problems)]

    def _on_node_changed(self, node_id: str, what: str) -> None:
        if node_id != self.node_id or self.doc is None or self.form is None:
            return
        data = self.doc.flow.node(node_id)
        if what == "params":
            self.form.set_params(data["params"])
        elif what == "label" and self.name_edit.text() != data.get("label", ""):
            self.name_edit.setText(data.get("label", ""))

    def _on_node_removed(self, node_id: str) -> None:
        if node_id == self.node_id:
            self.show_node(None)

    def _on_problems(self, *_args: Any) -> None:
        if self.doc is None or self.node_id is None or self.form is None:
            return
        # Problems with a field are shown under that field by the form already.
        lines = ["• " + catalog_text(p.message) for p in self.doc.problems_for(self.node_id)
                 if p.field is None]
        self.node_problems.setText("\n".join(lines))
        self.node_problems.setVisible(bool(lines))

    # --- edits become commands ----------------------------------------------------------------
    def _flush_focused_edit(self) -> None:
        """A field still being typed in finishes its edit before its page goes away."""
        page = self.scroll.widget()
        focused = QApplication.focusWidget()
        if page is not None and focused is not None and page.isAncestorOf(focused):
            focused.clearFocus()

    @staticmethod
    def _edit_params(doc: FlowDocument | None, node_id: str | None, params: dict) -> None:
        if doc is None or node_id is None or node_id not in doc.flow.graph:
            return
        if params != doc.flow.node(node_id)["params"]:
            doc.undo_stack.push(SetParamsCommand(doc, node_id, copy.deepcopy(params)))

    @staticmethod
    def _edit_label(doc: FlowDocument | None, node_id: str | None, text: str) -> None:
        if doc is None or node_id is None or node_id not in doc.flow.graph:
            return
        label = text.strip()
        if label != doc.flow.node(node_id).get("label", ""):
            doc.undo_stack.push(SetLabelCommand(doc, node_id, label))
