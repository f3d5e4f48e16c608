"""The email template editor: subject, HTML and plain-text bodies, placeholders, live preview."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from runtime.catalog import Param
from runtime.errors import UserError
from runtime.templates import render_email, template_problem
from studio.nodes.editor_base import ParamEditor, hbox, vbox
from studio.nodes.visuals import ERROR_COLOR, HELP_COLOR


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


def placeholders() -> list[tuple[str, str]]:
    """(menu label, inserted text) for the placeholder menu."""
    return [
        (tr("First name"), "{{ contact.first_name }}"),
        (tr("Last name"), "{{ contact.last_name }}"),
        (tr("Email address"), "{{ contact.email }}"),
        (tr("Loyalty points"), "{{ contact.points }}"),
        (tr("Tier"), "{{ contact.tier }}"),
        (tr("Coupon code"), "{{ coupon.code }}"),
        (tr("Coupon value"), "{{ coupon.value }}"),
        (tr("Picked product"), "{{ product.title }}"),
        (tr("Picked products (list)"),
         "{% for p in products %}{{ p.title }}, {{ p.price }} {{ p.currency }}\n{% endfor %}"),
        (tr("Shop name"), "{{ shop.name }}"),
        (tr("Unsubscribe link"), "{{ unsubscribe_url }}"),
    ]


_SAMPLE_PRODUCTS = [
    {"id": 1, "title": "Candle «Old Library»", "sku": "CND-071", "handle": "old-library",
     "price": "380.00", "currency": "UAH", "url": "https://example.com/products/old-library"},
    {"id": 2, "title": "Linen towel", "sku": "TXT-021", "handle": "linen-towel",
     "price": "520.00", "currency": "UAH", "url": "https://example.com/products/linen-towel"},
]


def sample_context(shop_name: str) -> dict[str, Any]:
    """A made-up contact, order and coupon, shaped like the engine's email context."""
    return {
        "contact": {"email": "olena@example.com", "first_name": "Олена",
                    "last_name": "Коваленко", "fields": {}, "tags": ["vip"], "points": 120,
                    "tier": "Gold", "orders_count": 3, "total_spent": 2450, "locale": "uk"},
        "order": {"total": 850, "currency": "UAH", "products": ["Candle"]},
        "event": {},
        "coupon": {"code": "THANKS-7KQ2M9XA", "discount_type": "percent", "value": "10",
                   "currency": "UAH", "expires_at": "2026-12-31T00:00:00+00:00"},
        "shop": {"name": shop_name, "currency": "UAH"},
        # What a "Pick products" step leaves for later emails.
        "products": _SAMPLE_PRODUCTS,
        "product": _SAMPLE_PRODUCTS[0],
        "unsubscribe_url": "https://example.com/unsubscribe/sample",
    }


class TemplateEditor(ParamEditor):
    """Edits {"subject", "html", "text"}; the preview follows every keystroke, the flow does
    not (one undo step per finished edit of a part)."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.shop_name = tr("Your shop")
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(tr("Subject"))
        self.html = QPlainTextEdit(self)
        self.text = QPlainTextEdit(self)
        for edit in (self.html, self.text):
            edit.setTabChangesFocus(True)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 7)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.html, tr("HTML"))
        self.tabs.addTab(self.text, tr("Plain text"))
        self.insert_button = QPushButton(tr("Insert placeholder"), self)
        self.insert_button.setToolTip(tr("Insert a placeholder at the cursor"))
        # Taking focus would end the edit in progress before the placeholder lands in it.
        self.insert_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.insert_button)
        for label, code in placeholders():
            action = menu.addAction(f"{label}\t{code}")
            action.triggered.connect(lambda _=False, c=code: self.insert_placeholder(c))
        self.insert_button.setMenu(menu)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.hide()
        subject_caption = _caption(tr("Subject"), self)
        subject_caption.setBuddy(self.subject)
        body_row = QWidget(self)
        row = hbox(body_row)
        row.addWidget(_caption(tr("Message"), body_row))
        row.addStretch(1)
        row.addWidget(self.insert_button)
        caption = _caption(tr("Preview for a sample contact"), self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # a click on the unsubscribe link must go nowhere
        self.preview.setMinimumHeight(200)
        layout = vbox(self)
        layout.setSpacing(4)
        layout.addWidget(subject_caption)
        layout.addWidget(self.subject)
        layout.addSpacing(6)
        layout.addWidget(body_row)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.preview)
        self._target: QWidget = self.subject
        # Rendering waits for a pause in typing; the preview then shows what was typed.
        self._render_timer = QTimer(self, singleShot=True, interval=200)
        self._render_timer.timeout.connect(self.refresh_preview)
        self.subject.editingFinished.connect(self._finish)
        for widget in (self.subject, self.html, self.text):
            widget.installEventFilter(self)
        self.subject.textChanged.connect(self._render_timer.start)
        self.html.textChanged.connect(self._render_timer.start)
        self.text.textChanged.connect(self._render_timer.start)
        self.tabs.currentChanged.connect(self.refresh_preview)
        self.setFocusProxy(self.subject)

    def value(self) -> dict[str, str]:
        return {"subject": self.subject.text(), "html": self.html.toPlainText(),
                "text": self.text.toPlainText()}

    def _show(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.subject.setText(str(value.get("subject") or ""))
        self.subject.setCursorPosition(0)  # show how the subject starts, as an inbox does
        self.html.setPlainText(str(value.get("html") or ""))
        self.text.setPlainText(str(value.get("text") or ""))
        self.refresh_preview()

    def set_shop_name(self, name: str) -> None:
        self.shop_name = name or tr("Your shop")
        self.refresh_preview()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._target = watched  # placeholders go where the user was last typing
        elif event.type() == QEvent.Type.FocusOut and watched is not self.subject:
            self._finish()
        return False

    def insert_placeholder(self, code: str) -> None:
        target = self._target
        if isinstance(target, QLineEdit):
            target.insert(code)
        elif isinstance(target, QPlainTextEdit):
            target.insertPlainText(code)
        target.setFocus()
        self._finish()  # choosing from the menu is a finished edit

    def refresh_preview(self) -> None:
        self._render_timer.stop()
        value = self.value()
        message = template_problem(value)
        rendered = None
        if message is None:
            try:
                rendered = render_email(value, sample_context(self.shop_name))
            except UserError as exc:
                message = exc.message
        self.problem.setText(_sentence(message) if message else "")
        self.problem.setVisible(bool(message))
        if rendered is None:
            return  # the last good preview stays while the user fixes the mistake
        if self.tabs.currentWidget() is self.text or not rendered.html.strip():
            body = f"<pre style='white-space: pre-wrap'>{html.escape(rendered.text)}</pre>"
        else:
            body = rendered.html
        subject = html.escape(rendered.subject) or f"<i>{tr('(no subject)')}</i>"
        self.preview.setHtml(f"<p style='color:{HELP_COLOR}'>{tr('Subject')}</p>"
                             f"<h3>{subject}</h3><hr/>{body}")


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {HELP_COLOR};")
    return label


def _sentence(message: str) -> str:
    text = QCoreApplication.translate("NodeCatalog", message)
    return text[:1].upper() + text[1:]
