"""The ParamEditor contract every property editor follows: value, set_value, one commit per edit."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

from runtime.catalog import Param


class ParamEditor(QWidget):
    """Edits one parameter value.

    `committed` fires once per finished edit (Enter, focus leaving, a toggle, a pick from a
    list) and only when the value differs from the last one set or committed, so that the
    panel pushes one undo step per edit and none for a field merely tabbed through.
    """

    committed = Signal()

    # An editor that shows the parameter title itself (a check box) asks the form not to.
    shows_title = False

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self._last: Any = copy.deepcopy(param.default)
        self._loading = False

    # --- the contract -------------------------------------------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show `value` without emitting `committed` (undo and redo come through here)."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
        # The stored value, not what the widget made of it: a value the widget cannot show
        # (out of range, unknown choice) is then written back only when the user edits it.
        self._last = copy.deepcopy(value)

    def set_shop_name(self, name: str) -> None:
        """Editors with a preview use the shop's name; others ignore it."""

    def set_node_params(self, params: Mapping[str, Any]) -> None:
        """The node's settings as they stand. An editor whose wording depends on another
        setting (the rules say "and" or "or" after "match") reads it here; others ignore it."""

    # --- for subclasses -----------------------------------------------------------------------
    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _finish(self, *_args: Any) -> None:
        """Call when an edit is finished; emits `committed` when the value really changed."""
        if self._loading:
            return
        current = self.value()
        if same_value(current, self._last):
            return
        self._last = copy.deepcopy(current)
        self.committed.emit()

    def _watch_focus_out(self, widget: QWidget) -> None:
        """Commit when `widget` loses focus (for editors without editingFinished)."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._finish()
        return super().eventFilter(watched, event)


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def same_value(a: Any, b: Any) -> bool:
    """Equal, counting every kind of empty (None, "", []) as the same: an untouched empty
    field must not make an undo step."""
    return a == b or (is_empty(a) and is_empty(b))


def bare_layout(layout: QLayout) -> QLayout:
    """Editors sit inside form rows that already have margins; their own layouts have none."""
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def hbox(parent: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(parent)
    bare_layout(layout)
    return layout


def vbox(parent: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    bare_layout(layout)
    return layout
