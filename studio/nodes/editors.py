"""Property editors by parameter type, and the registry that picks one for a parameter."""

from __future__ import annotations

import importlib
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, QTime
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from runtime.catalog import DURATION_UNITS, Param
from studio.nodes.editor_base import ParamEditor, hbox
from studio.nodes.list_editors import BranchesEditor, TagListEditor
from studio.nodes.rules_editor import RulesEditor
from studio.nodes.visuals import catalog_text

# Wide enough for any count a shop owner types, narrow enough for a 32-bit QSpinBox.
_INT_LIMIT = 999_999_999


def tr(text: str) -> str:
    return QCoreApplication.translate("ParamEditors", text)


class TextEditor(ParamEditor):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(catalog_text(param.placeholder))
        self.line.setClearButtonEnabled(True)
        hbox(self).addWidget(self.line)
        self.line.editingFinished.connect(self._finish)
        self.setFocusProxy(self.line)

    def value(self) -> str:
        return self.line.text()

    def _show(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))


class TextAreaEditor(ParamEditor):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(catalog_text(param.placeholder))
        self.edit.setTabChangesFocus(True)  # Tab moves on through the form, as in a line edit
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 14)
        hbox(self).addWidget(self.edit)
        self._watch_focus_out(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def _show(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


def _spin_range(param: Param) -> tuple[int, int]:
    low = int(param.minimum) if param.minimum is not None else -_INT_LIMIT
    high = int(param.maximum) if param.maximum is not None else _INT_LIMIT
    return low, high


class IntegerEditor(ParamEditor):
    """A spin box; an optional number gets a "Not set" step below its minimum."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.spin = QSpinBox(self)
        low, high = _spin_range(param)
        self.optional = not param.required
        if self.optional:
            # QSpinBox shows specialValueText at its minimum: that step stands for "empty".
            low -= 1
            self.spin.setSpecialValueText(tr("Not set"))
        self.spin.setRange(low, high)
        self.spin.setMinimumWidth(120)
        # Without tracking, valueChanged comes on Enter, focus-out and arrow steps only.
        self.spin.setKeyboardTracking(False)
        layout = hbox(self)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.spin.valueChanged.connect(self._finish)
        self.spin.editingFinished.connect(self._finish)
        self.setFocusProxy(self.spin)

    def value(self) -> int | None:
        if self.optional and self.spin.value() == self.spin.minimum():
            return None
        return self.spin.value()

    def _show(self, value: Any) -> None:
        if value is None or isinstance(value, bool):
            self.spin.setValue(self.spin.minimum())
            return
        try:
            self.spin.setValue(int(value))
        except (TypeError, ValueError):
            self.spin.setValue(self.spin.minimum())


class DecimalEditor(ParamEditor):
    """A validated line edit: it can be empty (no minimum total) and takes 12,5 as 12.5."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.line = QLineEdit(self)
        sign = "" if param.minimum is not None and param.minimum >= 0 else "-?"
        pattern = QRegularExpression(rf"^\s*{sign}[0-9\s\x{{00A0}}]*([.,][0-9]*)?\s*$")
        self.line.setValidator(QRegularExpressionValidator(pattern, self.line))
        self.line.setPlaceholderText(catalog_text(param.placeholder))
        self.line.setMaximumWidth(160)
        layout = hbox(self)
        layout.addWidget(self.line)
        layout.addStretch(1)
        self.line.editingFinished.connect(self._finish)
        self.setFocusProxy(self.line)

    def value(self) -> int | float | None:
        text = "".join(self.line.text().split()).replace(",", ".")
        if text in ("", "-", ".", "-."):
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        # Flow files are JSON: whole numbers stay whole, others become the nearest float.
        return int(number) if number == number.to_integral_value() else float(number)

    def _show(self, value: Any) -> None:
        if value is None or isinstance(value, bool):
            self.line.setText("")
            return
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.line.setText(str(value))
            return
        text = str(int(number)) if number == number.to_integral_value() else str(value)
        self.line.setText(text)


class BooleanEditor(ParamEditor):
    shows_title = True

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.box = QCheckBox(catalog_text(param.title), self)
        hbox(self).addWidget(self.box)
        self.box.toggled.connect(self._finish)
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(ParamEditor):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)
        for value, label in param.choices:
            self.combo.addItem(catalog_text(label), value)
        hbox(self).addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._finish)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:
            # A value this app does not offer (a hand-edited file) stays visible and intact;
            # the inline validation message explains it.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class TimeEditor(ParamEditor):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = QTimeEdit(self)
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setKeyboardTracking(False)
        self.edit.setMinimumWidth(100)
        layout = hbox(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.timeChanged.connect(self._finish)
        self.edit.editingFinished.connect(self._finish)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.time().toString("HH:mm")

    def _show(self, value: Any) -> None:
        time = QTime.fromString(str(value or ""), "HH:mm")
        self.edit.setTime(time if time.isValid() else QTime(9, 0))


class DateEditor(ParamEditor):
    """A date with a calendar; its lowest date stands for "no date"."""

    _NONE = QDate(1900, 1, 1)

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(self._NONE)
        self.edit.setSpecialValueText(tr("No date"))
        self.edit.setKeyboardTracking(False)
        self.edit.setMinimumWidth(130)
        layout = hbox(self)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.dateChanged.connect(self._finish)
        self.edit.editingFinished.connect(self._finish)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        day = self.edit.date()
        return None if day == self._NONE else day.toString("yyyy-MM-dd")

    def _show(self, value: Any) -> None:
        day = QDate.fromString(str(value or ""), "yyyy-MM-dd")
        self.edit.setDate(day if day.isValid() else self._NONE)


def unit_label(unit: str) -> str:
    labels = {"minutes": tr("minutes"), "hours": tr("hours"), "days": tr("days"),
              "weeks": tr("weeks")}
    return labels.get(unit, unit)


class DurationEditor(ParamEditor):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 99_999)
        self.amount.setKeyboardTracking(False)
        self.amount.setMinimumWidth(90)
        self.unit = QComboBox(self)
        for unit in DURATION_UNITS:
            self.unit.addItem(unit_label(unit), unit)
        layout = hbox(self)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.amount.valueChanged.connect(self._finish)
        self.amount.editingFinished.connect(self._finish)
        self.unit.currentIndexChanged.connect(self._finish)
        self.setFocusProxy(self.amount)

    def value(self) -> dict[str, Any]:
        return {"amount": self.amount.value(), "unit": self.unit.currentData()}

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        amount = value.get("amount")
        self.amount.setValue(amount if isinstance(amount, int) else 0)
        index = self.unit.findData(value.get("unit"))
        self.unit.setCurrentIndex(max(index, 0))


# --- the registry ------------------------------------------------------------------------------

_BY_TYPE: dict[str, type[ParamEditor]] = {
    "text": TextEditor,
    "textarea": TextAreaEditor,
    "integer": IntegerEditor,
    "decimal": DecimalEditor,
    "boolean": BooleanEditor,
    "choice": ChoiceEditor,
    "time": TimeEditor,
    "date": DateEditor,
    "duration": DurationEditor,
    "tags": TagListEditor,
    "products": TagListEditor,
    "branches": BranchesEditor,
    "rules": RulesEditor,
}
# Editors whose module is imported when a first field of their type is shown: the template
# editor brings Jinja2, which the window must not wait for at start-up.
_LAZY_TYPES: dict[str, tuple[str, str]] = {
    "template": ("studio.nodes.template_editor", "TemplateEditor"),
}
_BY_KIND: dict[tuple[str, str], type[ParamEditor]] = {}


def register_editor(type_name: str, cls: type[ParamEditor]) -> None:
    """Use `cls` for every parameter of this type (a plug-in may add or replace one)."""
    _BY_TYPE[type_name] = cls


def register_kind_editor(kind: str, param_name: str, cls: type[ParamEditor]) -> None:
    """Use `cls` for one parameter of one node kind only; it wins over the type's editor."""
    _BY_KIND[(kind, param_name)] = cls


def editor_class(param: Param, kind: str | None = None) -> type[ParamEditor]:
    if kind is not None and (kind, param.name) in _BY_KIND:
        return _BY_KIND[(kind, param.name)]
    if param.type not in _BY_TYPE and param.type in _LAZY_TYPES:
        module, name = _LAZY_TYPES[param.type]
        _BY_TYPE[param.type] = getattr(importlib.import_module(module), name)
    # An unknown type still gets a field, so a newer flow opens rather than failing.
    return _BY_TYPE.get(param.type, TextEditor)


def editor_for(param: Param, kind: str | None = None,
               parent: QWidget | None = None) -> ParamEditor:
    """A new editor for `param`, showing its default."""
    editor = editor_class(param, kind)(param, parent)
    editor.set_value(param.default)
    return editor
