"""The condition builder: rows of fact, operator and value that make up a rules parameter."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from runtime.catalog import Param
from runtime.conditions import (
    FACTS,
    NO_VALUE_OPS,
    OPERATOR_WORDS,
    OPERATORS,
    PREFIX_FACTS,
    fact_type,
)
from studio.nodes.editor_base import ParamEditor, hbox, vbox
from studio.nodes.visuals import HELP_COLOR, catalog_text, glyph_pixmap

NEW_RULE = {"fact": "orders_count", "op": ">=", "value": 1}


def tr(text: str) -> str:
    return QCoreApplication.translate("RulesEditor", text)


def prefix_title(prefix: str) -> str:
    titles = {"field:": tr("A contact field…"), "score:": tr("A score…"),
              "event:": tr("A value of the event…")}
    return titles.get(prefix, prefix)


def operator_label(op: str) -> str:
    # The same words as on the condition's card (runtime.conditions.OPERATOR_WORDS).
    return catalog_text(OPERATOR_WORDS.get(op, op))


def _split_fact(fact: str) -> tuple[str, str]:
    """("field:", "size") for "field:size"; (fact, "") for a plain fact."""
    for prefix in PREFIX_FACTS:
        if fact.startswith(prefix):
            return prefix, fact[len(prefix):]
    return fact, ""


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class RuleRow(QFrame):
    """One rule. `changed` fires when one of its parts is finished being edited."""

    changed = Signal()
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.fact = QComboBox(self)
        for name, fact in FACTS.items():
            self.fact.addItem(catalog_text(fact.title), name)
        self.fact.insertSeparator(self.fact.count())
        for prefix in PREFIX_FACTS:
            self.fact.addItem(prefix_title(prefix), prefix)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("Name"))
        self.name.setMinimumWidth(100)  # field names like "birth_date" must stay readable
        self.op = QComboBox(self)
        self.value = QLineEdit(self)
        self.remove = QToolButton(self)
        self.remove.setIcon(QIcon(glyph_pixmap("close", HELP_COLOR, 16)
                                  or QPixmap()))
        if self.remove.icon().isNull():
            self.remove.setText("×")
        self.remove.setToolTip(tr("Remove this rule"))
        self.remove.setAutoRaise(True)
        top, bottom = QWidget(self), QWidget(self)
        first, second = hbox(top), hbox(bottom)
        first.addWidget(self.fact, 3)
        first.addWidget(self.name, 2)
        first.addWidget(self.remove)
        second.addWidget(self.op, 2)
        second.addWidget(self.value, 3)
        layout = vbox(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(top)
        layout.addWidget(bottom)
        # The stored value, returned untouched until its text is edited: a list stays a list.
        self._stored: Any = None
        self.fact.currentIndexChanged.connect(self._on_fact_changed)
        self.op.currentIndexChanged.connect(self._on_op_changed)
        self.name.editingFinished.connect(self.changed)
        self.value.editingFinished.connect(self.changed)
        self.remove.clicked.connect(self.removeRequested)

    def set_rule(self, rule: dict[str, Any]) -> None:
        # Showing a stored rule is not an edit: no signals, no focus moves.
        blockers = [QSignalBlocker(w) for w in (self, self.fact, self.op)]
        try:
            base, name = _split_fact(str(rule.get("fact", "")))
            index = self.fact.findData(base)
            if index < 0:  # a fact this app does not know: shown as written, reported inline
                self.fact.addItem(base, base)
                index = self.fact.count() - 1
            self.fact.setCurrentIndex(index)
            self.name.setText(name)
            self._fill_operators(rule.get("op"))
            self._stored = rule.get("value")
            self.value.setText(_as_text(self._stored))
            self._update_visibility()
        finally:
            for blocker in blockers:
                blocker.unblock()

    def rule(self) -> dict[str, Any]:
        base = self.fact.currentData()
        fact = base + self.name.text().strip() if base in PREFIX_FACTS else base
        rule: dict[str, Any] = {"fact": fact, "op": self.op.currentData()}
        if rule["op"] not in NO_VALUE_OPS:
            rule["value"] = self._value(fact)
        return rule

    def _value(self, fact: str) -> Any:
        text = self.value.text()
        if text == _as_text(self._stored):
            return self._stored
        if fact_type(fact) == "number":
            try:
                number = Decimal(text.strip().replace(",", "."))
            except InvalidOperation:
                return text  # rules_problem names it; the user sees what they typed
            if number.is_finite():
                return int(number) if number == number.to_integral_value() else float(number)
        return text.strip()

    def _type(self) -> str:
        base = self.fact.currentData()
        if base in PREFIX_FACTS:
            return PREFIX_FACTS[base]
        return FACTS[base].type if base in FACTS else "text"

    def _fill_operators(self, wanted: Any) -> None:
        ops = OPERATORS[self._type()]
        self.op.blockSignals(True)
        self.op.clear()
        for op in ops:
            self.op.addItem(operator_label(op), op)
        # Keep the operator when the new fact allows it ("=" from one number to another).
        self.op.setCurrentIndex(max(self.op.findData(wanted), 0))
        self.op.blockSignals(False)

    def _update_visibility(self) -> None:
        self.name.setVisible(self.fact.currentData() in PREFIX_FACTS)
        self.value.setVisible(self.op.currentData() not in NO_VALUE_OPS)
        many = self.op.currentData() in ("in", "has", "has_not", "has_any")
        number = self._type() == "number"
        self.value.setPlaceholderText(tr("Names, separated by commas") if many
                                      else tr("A number") if number else tr("Value"))

    def _on_fact_changed(self, _index: int) -> None:
        self._fill_operators(self.op.currentData())
        self._update_visibility()
        if not self.name.isHidden() and not self.name.text():
            self.name.setFocus()  # the rule is not complete before the name is typed
            return
        self.changed.emit()

    def _on_op_changed(self, _index: int) -> None:
        self._update_visibility()
        self.changed.emit()


class RulesEditor(ParamEditor):
    """Rules as rows; whether all or any must hold is the node's separate "match" setting,
    which the editor puts in words: a sentence above the rows and "and" / "or" between them."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.rows: list[RuleRow] = []
        self.joins: list[QLabel] = []  # the word between two rows, before each row but the first
        self.match = "all"
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.list = QWidget(self)
        self.list_layout = vbox(self.list)
        self.list_layout.setSpacing(6)
        self.add_button = QPushButton(tr("Add rule"), self)
        buttons = QWidget(self)
        row = hbox(buttons)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = vbox(self)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_rule)
        self._update_words()

    def set_node_params(self, params: Mapping[str, Any]) -> None:
        match = "any" if params.get("match") == "any" else "all"
        if match != self.match:
            self.match = match
            self._update_words()

    def _update_words(self) -> None:
        """Say how the rows combine: "when all of these rules are true", "and" between rows."""
        if len(self.rows) <= 1:
            text = tr("Goes on “yes” when this rule is true:")
        elif self.match == "any":
            text = tr("Goes on “yes” when <b>any</b> of these rules is true (one is enough):")
        else:
            text = tr("Goes on “yes” when <b>all</b> of these rules are true:")
        self.heading.setText(text)
        word = tr("or") if self.match == "any" else tr("and")
        while len(self.joins) < len(self.rows) - 1:
            join = QLabel(self.list)
            join.setStyleSheet(f"color: {HELP_COLOR}; font-weight: 600; padding-left: 8px;")
            self.joins.append(join)
        while len(self.joins) > max(len(self.rows) - 1, 0):
            join = self.joins.pop()
            join.hide()
            join.deleteLater()
        for join in self.joins:
            join.setText(word)
        # Rows and words in order: row, word, row, word, row.
        while self.list_layout.count():
            self.list_layout.takeAt(0)
        for index, row in enumerate(self.rows):
            if index:
                self.list_layout.addWidget(self.joins[index - 1])
                self.joins[index - 1].show()
            self.list_layout.addWidget(row)

    def value(self) -> list[dict[str, Any]]:
        return [row.rule() for row in self.rows]

    def _show(self, value: Any) -> None:
        rules = [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []
        while len(self.rows) > len(rules):
            self._drop(self.rows[-1])
        while len(self.rows) < len(rules):
            self._new_row()
        for row, rule in zip(self.rows, rules, strict=True):
            row.set_rule(rule)
        self._update_buttons()

    def add_rule(self) -> None:
        self._new_row().set_rule(dict(NEW_RULE))
        self._update_buttons()
        self._finish()

    def _new_row(self) -> RuleRow:
        row = RuleRow(self.list)
        row.changed.connect(self._finish)
        row.removeRequested.connect(lambda r=row: self._remove(r))
        self.rows.append(row)
        self.list_layout.addWidget(row)
        return row

    def _drop(self, row: RuleRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()

    def _remove(self, row: RuleRow) -> None:
        if len(self.rows) <= 1:
            return
        self._drop(row)
        self._update_buttons()
        self._finish()

    def _update_buttons(self) -> None:
        # A condition needs one rule; the last one can be changed but not removed.
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)
        self._update_words()
