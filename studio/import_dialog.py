"""Import the shop's exports from the studio: pick files, watch progress, see rejected rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runtime.api import Service
from runtime.importers import run_import
from studio.bridge import Task


def tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def N_(text: str) -> str:  # noqa: N802 - the customary name of a translation marker
    """Marks a text kept in a table for translation; tr() it where it is shown."""
    return text


FILES = (("customers", N_("Customers export (CSV)")), ("orders", N_("Orders export (CSV)")))


class ImportDialog(QDialog):
    """Runs the same import as `main.py import` in a worker; the UI stays responsive."""

    imported = Signal(dict)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.task: Task | None = None
        self.setWindowTitle(tr("Import store data"))
        self.resize(640, 460)
        intro = QLabel(tr("Choose the CSV files you exported from Shopify (Customers → Export, "
                          "Orders → Export). Importing the same files again changes nothing."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.paths: dict[str, QLineEdit] = {}
        for key, label in FILES:
            edit = QLineEdit()
            edit.setPlaceholderText(tr("optional"))
            browse = QPushButton(tr("Choose…"))
            browse.clicked.connect(lambda _c=False, e=edit: self._browse(e))
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(browse)
            form.addRow(tr(label), row)
            self.paths[key] = edit
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rejected = QTableWidget(0, 3)
        self.rejected.setHorizontalHeaderLabels([tr("File"), tr("Line"), tr("Why it was skipped")])
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = self.buttons.addButton(tr("Import"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(tr("Cancel import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(False)
        self.run_button.clicked.disconnect()
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.progress, self.summary, self.rejected, self.buttons):
            layout.addWidget(widget)

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose export"), "", tr("CSV (*.csv)"))
        if path:
            edit.setText(path)

    def files(self) -> dict[str, Path]:
        return {k: Path(e.text().strip()) for k, e in self.paths.items() if e.text().strip()}

    def start(self) -> None:
        files = self.files()
        if not files:
            self.summary.setText(tr("Choose at least one file."))
            return
        engine = self.service.engine

        def job(progress, should_cancel):
            return run_import(engine, progress=progress, should_cancel=should_cancel, **files)

        self.task = Task(job)
        self.task.progress.connect(lambda f: self.progress.setValue(round(f * 100)))
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self._running(True)
        self.task.start()

    def cancel(self) -> None:
        if self.task:
            self.task.cancel()

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.run_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        if running:
            self.summary.setText(tr("Importing… you can keep working."))

    def _done(self, report: dict) -> None:
        self._running(False)
        parts, rows = [], []
        for section in ("customers", "orders", "contacts", "events"):
            if section not in report:
                continue
            info = report[section]
            parts.append(tr("{0}: {1} new, {2} updated, {3} skipped").format(
                tr(section.capitalize()), info["created"], info["updated"], len(info["rejected"])))
            rows += [(section, r) for r in info["rejected"]]
        self.summary.setText("\n".join(parts))
        self.rejected.setRowCount(len(rows))
        for i, (section, r) in enumerate(rows):
            for col, value in enumerate((tr(section.capitalize()), str(r.get("line", "")),
                                         r.get("reason", ""))):
                self.rejected.setItem(i, col, QTableWidgetItem(value))
        self.rejected.setVisible(bool(rows))
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        self._running(False)
        self.summary.setText(tr("Nothing was imported: {0}").format(message))

    def _cancelled(self) -> None:
        self._running(False)
        self.summary.setText(tr("Import cancelled: nothing was changed."))

    def reject(self) -> None:
        if self.task and self.task.is_running():
            self.task.cancel()
            self.task.wait(10000)
        super().reject()
