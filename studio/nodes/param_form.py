"""A form generated from a node spec: one row (title, editor, help, inline problem) per param."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from runtime.catalog import NodeSpec, Param, is_visible, validate_params
from studio.nodes.editor_base import ParamEditor, same_value, vbox
from studio.nodes.editors import editor_for
from studio.nodes.visuals import ERROR_COLOR, HELP_COLOR, catalog_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PropertyForm", text)


def field_message(param: Param, message: str) -> str:
    """validate_params says "Tag is required" (see catalog.labelled); under the Tag field that
    reads "Please fill this in." and other messages lose the repeated title."""
    text = message
    for prefix in (f"{param.title}: ", f"{param.title} "):
        if message.startswith(prefix):
            text = message[len(prefix):]
            break
    if text == "is required":
        return tr("Please fill this in.")
    text = catalog_text(text)
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


class ParamRow(QWidget):
    """Title above the editor (long titles wrap instead of squeezing the field), then the help
    text and the problem, if any."""

    def __init__(self, param: Param, editor: ParamEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param, self.editor = param, editor
        layout = vbox(self)
        layout.setSpacing(3)
        self.title = QLabel(catalog_text(param.title), self)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setBuddy(editor)
        self.title.setVisible(not editor.shows_title)
        self.help = QLabel(catalog_text(param.help), self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(f"color: {HELP_COLOR};")
        small = QFont(self.help.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        self.help.setFont(small)
        self.help.setVisible(bool(param.help))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.title)
        layout.addWidget(editor)
        layout.addWidget(self.help)
        layout.addWidget(self.message)

    def set_message(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        self.editor.setToolTip(message or "")


class ParamForm(QWidget):
    """Editors for every parameter of one spec. It never edits a flow: it reports finished
    edits through `edited` with the full new params, and shows params it is given."""

    edited = Signal(dict)  # the complete new params after one finished edit

    def __init__(self, spec: NodeSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.rows: dict[str, ParamRow] = {}
        self._params: dict[str, Any] = spec.defaults()
        layout = vbox(self)
        layout.setSpacing(14)
        for param in spec.params:
            editor = editor_for(param, spec.kind, self)
            row = ParamRow(param, editor, self)
            editor.committed.connect(lambda name=param.name: self._on_committed(name))
            self.rows[param.name] = row
            layout.addWidget(row)
        self.problems = QLabel(self)  # problems with settings that have no field here
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problems.hide()
        layout.addWidget(self.problems)

    def editor(self, name: str) -> ParamEditor:
        return self.rows[name].editor

    def set_params(self, params: Mapping[str, Any]) -> None:
        """Show `params`. Editors already showing their value are left alone, so a cursor or a
        half-typed neighbour survives an update caused by another field."""
        self._params = {**self.spec.defaults(), **copy.deepcopy(dict(params))}
        for name, row in self.rows.items():
            value = self._params.get(name)
            if not same_value(row.editor.value(), value):
                row.editor.set_value(value)
        self._update_rows()

    def set_shop_name(self, name: str) -> None:
        for row in self.rows.values():
            row.editor.set_shop_name(name)

    def _on_committed(self, name: str) -> None:
        new = copy.deepcopy(self._params)
        new[name] = self.rows[name].editor.value()
        if new == self._params:
            return
        self._params = new
        self._update_rows()  # show_if and messages follow at once, before the flow answers
        self.edited.emit(copy.deepcopy(new))

    def _update_rows(self) -> None:
        messages: dict[str, str] = {}
        stray: list[str] = []
        for name, message in validate_params(self.spec, self._params):
            param = self.spec.param(name)
            if param is None:
                stray.append(catalog_text(message))
            else:
                messages.setdefault(name, field_message(param, message))
        for name, row in self.rows.items():
            row.setVisible(is_visible(row.param, self._params))
            row.set_message(messages.get(name))
            row.editor.set_node_params(self._params)
        self.problems.setText("\n".join(stray))
        self.problems.setVisible(bool(stray))
