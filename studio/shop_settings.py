"""Shop settings: name, time zone, currency and reply address, kept in the workspace."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from runtime.workspace import Workspace

CURRENCIES = ("UAH", "BGN", "EUR", "TWD", "USD", "GBP", "PLN", "RON", "CZK", "HUF", "CHF")


def tr(text: str) -> str:
    return QCoreApplication.translate("ShopSettings", text)


class ShopSettingsDialog(QDialog):
    """Times in backtests and emails follow the time zone; emails are signed with the name."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("Shop settings"))
        current = workspace.settings()
        self.name = QLineEdit(str(current.get("shop_name") or ""))
        self.email = QLineEdit(str(current.get("shop_email") or ""))
        self.email.setPlaceholderText("hello@myshop.example")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(str(current.get("shop_timezone") or "Europe/Kyiv"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(str(current.get("shop_currency") or "UAH"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        form = QFormLayout()
        form.addRow(tr("Shop name"), self.name)
        form.addRow(tr("Reply and unsubscribe address"), self.email)
        form.addRow(tr("Time zone"), self.zone)
        form.addRow(tr("Currency"), self.currency)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        zone = self.zone.currentText().strip()
        if zone not in available_timezones():
            self.error.setText(tr("“{0}” is not a time zone; pick one from the list, "
                                  "e.g. Europe/Kyiv.").format(zone))
            return
        currency = self.currency.currentText().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            self.error.setText(tr("A currency is a three-letter code such as UAH or EUR."))
            return
        self.workspace.save_settings({"shop_name": self.name.text().strip() or "My shop",
                                      "shop_email": self.email.text().strip(),
                                      "shop_timezone": zone, "shop_currency": currency})
        self.accept()
