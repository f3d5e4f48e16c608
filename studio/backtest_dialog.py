"""The backtest dialog: pick a period, replay it through a flow, see what would have gone out."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from runtime import flowfile
from runtime.api import Service
from runtime.engine.timing import local_day_start
from runtime.errors import UserError
from runtime.flow import Flow
from runtime.shop import shop_info, shop_zone, tiers
from runtime.simulate import run_backtest
from studio.backtest_actions import SORT_ROLE, ActionsModel, kind_phrase, plural, reason_phrase, tr
from studio.backtest_badges import badge_texts
from studio.backtest_preview import render_preview
from studio.bridge import Task


class BacktestDialog(QDialog):
    """Runs one flow over a past period on a copy of the data and shows what it would have done."""

    badges = Signal(dict)  # {node id: (badge text, tooltip)}, for the canvas
    runEnded = Signal(str)  # finished | failed | cancelled

    def __init__(self, service: Service, flow: Flow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # A snapshot: the canvas may go on editing the flow while the worker replays it.
        self.flow = flowfile.from_document(flowfile.to_document(flow), flow.name)
        self.report: dict | None = None
        self.task: Task | None = None
        self.setWindowTitle(tr("Backtest: {name}").format(name=flow.name))
        self.resize(1320, 760)
        try:
            self.zone, zone_error = shop_zone(service.workspace), None
        except UserError as exc:
            self.zone, zone_error = None, exc.message
        self._build()
        if zone_error:
            self._show_message(zone_error)
            self.run_button.setEnabled(False)

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(tr("Try “{name}” on your past orders").format(name=self.flow.name))
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        intro = QLabel(tr("Boomerang replays the period through this flow on a copy of your "
                          "data. Nothing is sent and nothing in your shop changes."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #475569;")
        for widget in (title, intro):
            layout.addWidget(widget)

        period = QHBoxLayout()
        today = QDate.fromString(datetime.now(self.zone).date().isoformat(), Qt.DateFormat.ISODate)
        self.from_edit, self.to_edit = QDateEdit(today.addYears(-1)), QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.zone_label = QLabel(tr("Dates and times in the shop's time zone, {zone}")
                                 .format(zone=self.zone.key if self.zone else "—"))
        self.zone_label.setStyleSheet("color: #475569;")
        self.run_button = QPushButton(tr("Run backtest"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        for widget in (QLabel(tr("From")), self.from_edit, QLabel(tr("to")), self.to_edit):
            period.addWidget(widget)
        period.addSpacing(12)
        period.addWidget(self.zone_label, 1)
        period.addWidget(self.run_button)
        layout.addLayout(period)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setFormat(tr("Replaying… %p%"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.progress_bar, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row.hide()
        layout.addWidget(self.busy_row)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setStyleSheet("background: #FEF2F2; color: #991B1B; padding: 10px;"
                                         "border: 1px solid #FECACA; border-radius: 6px;")
        self.message_label.hide()
        layout.addWidget(self.message_label)

        self.summary_label = QLabel(tr("Choose a period and press “Run backtest”."))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setStyleSheet("font-size: 13px;")
        layout.addWidget(self.summary_label)

        self.model = ActionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per action; the preview shows it in full
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 200, 300, 160)):
            header.resizeSection(column, width)
        # "What" takes the room that is left: it says the most ("Email: We miss you, Олена").
        header.setSectionResizeMode(ActionsModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)  # a preview: links in the email lead nowhere
        self.preview.setPlaceholderText(tr("Choose a row to see the email it would have sent."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([900, 400])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- running --------------------------------------------------------------------------
    def period(self) -> tuple[datetime, datetime]:
        """[start of the first day, start of the day after the last) in the shop's zone."""
        first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return (local_day_start(first, self.zone),
                local_day_start(last + timedelta(days=1), self.zone))

    def run(self) -> None:
        if self.task is not None and self.task.is_running():
            return
        self._show_message("")
        if self.from_edit.date() > self.to_edit.date():
            self._show_message(tr("The first day of the period comes after the last one."))
            return
        start, end = self.period()
        workspace = self.service.workspace
        self.task = Task(run_backtest, self.service.engine, self.flow, start, end, self.zone,
                         shop_info(workspace), tiers(workspace))
        self.task.progress.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self._set_busy(True)
        self.report = None
        self.model.set_actions([])
        self.preview.clear()
        self.summary_label.show()
        self.summary_label.setText(tr("Replaying {first} – {last}…").format(
            first=self.from_edit.text(), last=self.to_edit.text()))
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None and self.task.is_running():
            self.cancel_button.setEnabled(False)
            self.progress_bar.setFormat(tr("Stopping…"))
            self.task.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(tr("Replaying… %p%"))
        self.cancel_button.setEnabled(True)
        for widget in (self.run_button, self.from_edit, self.to_edit):
            widget.setEnabled(not busy)

    def _on_progress(self, value: float) -> None:
        self.progress_bar.setValue(round(value * 1000))

    def _on_finished(self, report: dict) -> None:
        self._set_busy(False)
        self.report = report
        self.model.set_actions(report["actions"], self.flow,
                               shop_info(self.service.workspace).get("currency"))
        self.summary_label.setText(self._summary(report))
        self.preview.clear()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.badges.emit(badge_texts(report, self.flow))
        self.runEnded.emit("finished")

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.summary_label.hide()
        self._show_message(tr("The backtest could not run: {message}").format(message=message))
        self.runEnded.emit("failed")

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.summary_label.setText(tr("Backtest stopped. Nothing was changed."))
        self.runEnded.emit("cancelled")

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _summary(self, report: dict) -> str:
        s = report["summary"]
        entered = plural("<b>%n</b> customer entered the flow",
                          "<b>%n</b> customers entered the flow", s["enrollments"])
        done = " · ".join(kind_phrase(k, n) for k, n in s["actions"].items())
        parts = [entered + (f": {done}" if done else tr(", no action was taken"))]
        if s["skipped"]:
            skipped = sum(s["skipped"].values())
            reasons = ", ".join(f"{reason_phrase(r)} ({n})" for r, n in
                                sorted(s["skipped"].items(), key=lambda item: -item[1]))
            parts.append(plural("%n step skipped", "%n steps skipped", skipped)
                         + f" — {html.escape(reasons)}")
        return "<br>".join(parts)

    # --- preview --------------------------------------------------------------------------
    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.preview.clear()
            return
        action = self.model.action(self.proxy.mapToSource(current).row())
        self.preview.setHtml(render_preview(self.service, self.flow, action, self.zone))

    def done(self, result: int) -> None:
        # Closing mid-run stops the replay; the Task reports to nobody and is then let go.
        if self.task is not None and self.task.is_running():
            self.task.cancel()
        super().done(result)
