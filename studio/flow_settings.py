"""The flow settings dialog: who can enter again, goals that end a run, enrolling on switch-on."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runtime.flow import Flow
from studio.icons import icon
from studio.nodes.visuals import ERROR_COLOR, HELP_COLOR

OTHER = ""  # the combo's data for "other event…": the name is typed
PICK_PRODUCTS = "action.pick_products"
# Only the inactivity scan reads enrol_existing (runtime/engine/scans.py _inactive): a date
# trigger fires on the date itself, so nobody "already qualifies" for it before that day.
ENROLS_EXISTING = ("trigger.inactive",)


def tr(text: str) -> str:
    return QCoreApplication.translate("FlowSettings", text)


def goal_events() -> list[tuple[str, str]]:
    """(event name, what the customer does), in the words that follow "when the customer…"."""
    return [("order_placed", tr("places an order")),
            ("form_submitted", tr("submits a form")),
            ("email_replied", tr("replies to an email")),
            ("review_submitted", tr("leaves a review")),
            ("nps_submitted", tr("answers the NPS survey")),
            (OTHER, tr("other event…"))]


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HELP_COLOR};")
    return label


class GoalRow(QWidget):
    """One goal: an event picked by name (or typed), and for orders optionally "picked only".
    Keys of the goal that the row does not show are kept as they were."""

    removeRequested = Signal(object)

    def __init__(self, goal: dict[str, Any], can_pick: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.goal = copy.deepcopy(goal)
        self.can_pick = can_pick
        self.event = QComboBox(self)
        for name, text in goal_events():
            self.event.addItem(text, name)
        self.custom = QLineEdit(self)
        self.custom.setPlaceholderText(tr("event name, e.g. complaint"))
        self.picked = QCheckBox(tr("only an order with a product this flow suggested"), self)
        self.picked.setToolTip(tr("An order counts only when it holds a product that a "
                                  "“Pick products” step of this run chose for the customer."))
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.setToolTip(tr("Remove this goal"))
        self.remove_button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.event)
        row.addWidget(self.custom, 1)
        row.addWidget(self.picked)
        row.addStretch(0)
        row.addWidget(self.remove_button)
        name = str(goal.get("event") or "").strip()
        index = self.event.findData(name) if name else -1
        self.event.setCurrentIndex(index if index >= 0 else self.event.findData(OTHER))
        if index < 0:
            self.custom.setText(name)
        self.picked.setChecked(goal.get("products") == "picked")
        self.event.currentIndexChanged.connect(self._update)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        self._update()

    def event_name(self) -> str:
        name = self.event.currentData()
        return self.custom.text().strip() if name == OTHER else name

    def value(self) -> dict[str, Any]:
        goal = dict(self.goal)
        goal["event"] = self.event_name()
        if self.picked.isVisibleTo(self) and self.picked.isChecked():
            goal["products"] = "picked"
        elif goal.get("products") == "picked":
            del goal["products"]
        return goal

    def _update(self) -> None:
        other = self.event.currentData() == OTHER
        self.custom.setVisible(other)
        # A flow without a "Pick products" step has nothing suggested; a goal that says
        # "picked" anyway (from a file) still shows it, so that it can be switched off.
        order = self.event.currentData() == "order_placed"
        self.picked.setVisible(order and (self.can_pick or self.picked.isChecked()))
        if other:
            self.custom.setFocus()


class FlowSettingsDialog(QDialog):
    """Shows a flow's settings; settings() is what OK would store. The dialog never edits the
    flow itself: the window turns the result into one undo step."""

    def __init__(self, flow: Flow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Flow settings — {0}").format(flow.name))
        self.original = copy.deepcopy(flow.settings)
        kinds = {flow.node(n)["kind"] for n in flow.nodes()}
        self.can_pick = PICK_PRODUCTS in kinds
        self.can_enrol_existing = bool(kinds & set(ENROLS_EXISTING))
        self.goal_rows: list[GoalRow] = []
        layout = QVBoxLayout(self)
        # Goals added while the dialog is open make it taller instead of squeezing the rows.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setSpacing(12)
        layout.addWidget(self._entry_box())
        layout.addWidget(self._goals_box())
        layout.addWidget(self._switch_on_box())
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self._initial = self.shown()

    # --- building -----------------------------------------------------------------------------
    def _entry_box(self) -> QGroupBox:
        box = QGroupBox(tr("Who can enter"), self)
        column = QVBoxLayout(box)
        self.once = QRadioButton(tr("Once — a customer goes through this flow at most once"), box)
        self.after_finish = QRadioButton(tr("Again, once their previous run has finished"), box)
        # One sentence with the number inside it, so that translators can move the number.
        before, _, after = tr("Again, but only {0} days after they last entered").partition("{0}")
        self.after_days = QRadioButton(before.strip(), box)
        self.days = QSpinBox(box)
        self.days.setRange(1, 3650)
        self.days_after = QLabel(after.strip(), box)
        self.days_after.setBuddy(self.days)
        days_row = QHBoxLayout()
        days_row.addWidget(self.after_days)
        days_row.addWidget(self.days)
        days_row.addWidget(self.days_after)
        days_row.addStretch(1)
        self.reentry_group = QButtonGroup(box)
        for mode, button in (("once", self.once), ("after_finish", self.after_finish),
                             ("after_days", self.after_days)):
            button.setProperty("mode", mode)
            self.reentry_group.addButton(button)
        column.addWidget(self.once)
        column.addWidget(self.after_finish)
        column.addLayout(days_row)
        column.addWidget(_hint(tr("A customer is never in the same flow twice at the same "
                                  "time."), box))
        reentry = self.original.get("reentry") or {}
        mode = reentry.get("mode", "after_finish")
        {"once": self.once, "after_days": self.after_days}.get(mode, self.after_finish) \
            .setChecked(True)
        days = reentry.get("days")
        self.days.setValue(days if isinstance(days, int) and not isinstance(days, bool) else 30)
        self.after_days.toggled.connect(self._update_days)
        self._update_days()
        return box

    def _goals_box(self) -> QGroupBox:
        box = QGroupBox(tr("Goal — end the run early, as a success, when the customer…"), self)
        column = QVBoxLayout(box)
        self.goal_list = QVBoxLayout()
        self.goal_list.setSpacing(4)
        self.no_goals = _hint(tr("No goal: every run goes on to its last step."), box)
        self.add_goal_button = QPushButton(icon("new"), tr("Add a goal"), box)
        self.add_goal_button.clicked.connect(lambda: self.add_goal())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_goal_button)
        add_row.addStretch(1)
        column.addWidget(self.no_goals)
        column.addLayout(self.goal_list)
        column.addLayout(add_row)
        column.addWidget(_hint(tr("When one of these happens while a customer is in the flow, "
                                  "their run stops there and counts as a success: the steps "
                                  "still ahead of them are skipped."), box))
        goals = self.original.get("goals")
        for goal in goals if isinstance(goals, list) else []:
            self.add_goal(goal if isinstance(goal, dict) else {"event": ""})
        self._update_goals()
        return box

    def _switch_on_box(self) -> QGroupBox:
        box = QGroupBox(tr("When you switch the flow on"), self)
        column = QVBoxLayout(box)
        self.enrol_existing = QCheckBox(
            tr("Also start it for customers who already qualify today"), box)
        self.enrol_existing.setChecked(bool(self.original.get("enrol_existing")))
        self.enrol_existing.setEnabled(self.can_enrol_existing)
        if self.can_enrol_existing:
            text = tr("Not only for those who cross the line from now on: with “Inactive "
                      "for N days”, everyone who has gone that long or longer without an "
                      "order enters on the day you switch the flow on.")
        else:
            text = tr("Applies only to a flow with an “Inactive for N days” trigger. This "
                      "flow starts for each customer when its trigger happens.")
        self.enrol_hint = _hint(text, box)
        column.addWidget(self.enrol_existing)
        column.addWidget(self.enrol_hint)
        return box

    # --- goals --------------------------------------------------------------------------------
    def add_goal(self, goal: dict[str, Any] | None = None) -> GoalRow:
        row = GoalRow(goal if goal is not None else {"event": "order_placed"}, self.can_pick,
                      self)
        row.removeRequested.connect(self.remove_goal)
        self.goal_rows.append(row)
        self.goal_list.addWidget(row)
        self._update_goals()
        return row

    def remove_goal(self, row: GoalRow) -> None:
        self.goal_rows.remove(row)
        self.goal_list.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_goals()

    def _update_goals(self) -> None:
        self.no_goals.setVisible(not self.goal_rows)
        if self.isVisible():
            # Once the new row is shown (Qt shows it on the next turn of the event loop):
            # every row at its natural height, and a removed goal gives its height back.
            QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        self.layout().activate()
        self.resize(self.width(), self.sizeHint().height())

    def _update_days(self) -> None:
        self.days.setEnabled(self.after_days.isChecked())

    # --- the result ---------------------------------------------------------------------------
    def shown(self) -> dict[str, Any]:
        """What the dialog's widgets say, in the settings' own terms."""
        return {"mode": self.reentry_group.checkedButton().property("mode"),
                "days": self.days.value(),
                "goals": [row.value() for row in self.goal_rows],
                "enrol_existing": self.enrol_existing.isChecked()}

    def settings(self) -> dict[str, Any]:
        """The flow's settings with what the user changed. Only what changed is written, so
        that keys and values the dialog cannot show (an unknown key, a recipe's reentry
        without "days") stay exactly as they were and an untouched dialog changes nothing."""
        settings = copy.deepcopy(self.original)
        now, before = self.shown(), self._initial
        if (now["mode"], now["days"]) != (before["mode"], before["days"]):
            old = settings.get("reentry")
            reentry = dict(old) if isinstance(old, dict) else {}
            reentry["mode"] = now["mode"]
            if now["mode"] == "after_days" or now["days"] != before["days"]:
                reentry["days"] = now["days"]
            settings["reentry"] = reentry
        if now["goals"] != before["goals"]:
            settings["goals"] = now["goals"]
        if now["enrol_existing"] != before["enrol_existing"]:
            settings["enrol_existing"] = now["enrol_existing"]
        return settings

    def _ok(self) -> None:
        for number, row in enumerate(self.goal_rows, start=1):
            if not row.event_name():
                self.error.setText(tr("Type the event's name for goal {0}, or remove that "
                                      "goal.").format(number))
                self.error.show()
                row.custom.setFocus()
                return
        self.accept()
