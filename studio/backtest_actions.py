"""The backtest's actions in the shop owner's words, and the table model that lists them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QWidget

from runtime import catalog
from runtime.flow import Flow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BacktestDialog", text, None, n)


def N_(text: str) -> str:  # noqa: N802 - the customary name of a translation marker
    """Marks a text kept in a table for translation; tr() it where it is shown."""
    return text


def plural(one: str, many: str, n: int) -> str:
    # Without an English .qm file Qt would print "%n email(s)"; the right source text is
    # chosen here, and a translator can still give every plural form for either.
    return tr(one if n == 1 else many, n)


# kind: (what the table calls it, the summary's phrase for one, for several); all go to tr().
KINDS = {
    "action.send_email": (N_("Email"), N_("%n email sent"), N_("%n emails sent")),
    "action.coupon": (N_("Coupon"), N_("%n coupon issued"), N_("%n coupons issued")),
    "action.add_tag": (N_("Tag added"), N_("%n tag added"), N_("%n tags added")),
    "action.remove_tag": (N_("Tag removed"), N_("%n tag removed"), N_("%n tags removed")),
    "action.points": (N_("Points"), N_("%n points change"), N_("%n points changes")),
    "action.set_field": (N_("Field set"), N_("%n field filled in"), N_("%n fields filled in")),
    "action.notify_owner": (N_("Note to you"), N_("%n note to you"), N_("%n notes to you")),
    "action.webhook": (N_("Webhook"), N_("%n webhook call"), N_("%n webhook calls")),
    "action.unsubscribe": (N_("Unsubscribed"), N_("%n unsubscribed"), N_("%n unsubscribed")),
}
REASONS = {
    "no_consent": N_("no marketing consent"), "no_email_address": N_("no email address"),
    "template_error": N_("the email could not be filled in"),
    "already_tagged": N_("already had the tag"), "not_tagged": N_("did not have the tag"),
    "field_already_set": N_("the field was already filled in"),
    "nothing_to_change": N_("nothing to change"),
    "already_unsubscribed": N_("already unsubscribed"),
    "unsupported_action": N_("this step cannot run in a backtest"),
    "no_coupon": N_("the email shows a coupon, but no coupon was given"),
    "below_minimum": N_("the cashback was below the minimum"),
    "empty_tag": N_("the tag came out empty"),
    "no_order": N_("no order to work from"),
}


def kind_phrase(kind: str, n: int) -> str:
    """'12 emails sent': what one kind of action did, in plain words."""
    if kind in KINDS:
        return plural(*KINDS[kind][1:], n)
    return f"{what_phrase(kind)}: {n}"


def what_phrase(kind: str) -> str:
    spec = catalog.get(kind)
    if kind in KINDS:
        return tr(KINDS[kind][0])
    return QCoreApplication.translate("NodeCatalog", spec.title) if spec else kind


def reason_phrase(reason: str | None) -> str:
    """A skip reason in the shop owner's words (no_consent → no marketing consent)."""
    if reason in REASONS:
        return tr(REASONS[reason])
    return reason.replace("_", " ") if reason else tr("no reason given")


def shop_time(at: datetime) -> str:
    """'24 Nov 2025, 20:50': a time already in the shop's zone, with local month names."""
    return QLocale().toString(QDateTime(QDate(at.year, at.month, at.day),
                                        QTime(at.hour, at.minute)), "d MMM yyyy, HH:mm")


def _number(value: Any) -> str:
    """'10', '12.5', '1,200': a setting's number as the user's locale writes it."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if number == number.to_integral_value():
        return QLocale().toString(int(number))
    return QLocale().toString(float(number), "f", max(0, -number.as_tuple().exponent))


def coupon_terms(params: dict, currency: str | None) -> str:
    """'10 % off', '50 UAH off', 'free shipping': a coupon step's discount in words."""
    kind = params.get("discount_type")
    if kind == "free_shipping":
        return tr("free shipping")
    if kind == "fixed":
        return tr("{amount} {currency} off").format(amount=_number(params.get("value")),
                                                     currency=currency or "").replace("  ", " ")
    return tr("{amount} % off").format(amount=_number(params.get("value")))


def action_text(action: dict, flow: Flow | None = None, currency: str | None = None) -> str:
    """What one action did, as the table says it: 'Email: We miss you, Олена',
    'Coupon WELCOME-7F3K (10 % off)', 'Tag added: vip', '+120 points (now 340)'."""
    kind, detail = action["kind"], action.get("detail") or {}
    if kind == "action.send_email":
        subject = action.get("subject") or detail.get("subject")
        return tr("Email: {subject}").format(subject=subject) if subject else tr("Email")
    if kind == "action.coupon":
        code = action.get("coupon") or detail.get("coupon") or ""
        node = flow.graph.nodes.get(action["node"], {}) if flow is not None else {}
        params = node.get("params") or {}
        if params.get("discount_type"):
            return tr("Coupon {code} ({terms})").format(code=code,
                                                       terms=coupon_terms(params, currency))
        return tr("Coupon {code}").format(code=code).strip()
    if kind == "action.add_tag" and detail.get("tag"):
        return tr("Tag added: {tag}").format(tag=detail["tag"])
    if kind == "action.remove_tag" and detail.get("tags"):
        return tr("Tag removed: {tags}").format(tags=", ".join(detail["tags"]))
    if kind == "action.points" and "delta" in detail:
        delta = int(detail["delta"])
        sign = "+" if delta > 0 else "−"
        account = tr("points") if detail.get("account", "points") == "points" \
            else str(detail["account"])
        return tr("{sign}{amount} {account} (now {balance})").format(
            sign=sign, amount=QLocale().toString(abs(delta)), account=account,
            balance=QLocale().toString(int(detail.get("balance", 0))))
    if kind == "action.set_field" and detail.get("field"):
        return tr("Field “{field}” set to “{value}”").format(field=detail["field"],
                                                           value=detail.get("value", ""))
    if kind == "action.notify_owner" and detail.get("message"):
        return tr("Note to you: {message}").format(message=detail["message"])
    if kind == "action.webhook" and detail.get("url"):
        return tr("Webhook call to {url}").format(url=detail["url"])
    if kind == "action.unsubscribe":
        return tr("Unsubscribed from marketing email")
    return what_phrase(kind)


class ActionsModel(QAbstractTableModel):
    """The report's actions as table rows; sorting goes by real times, not by text."""

    HEADERS = (N_("When (shop time)"), N_("Who"), N_("What"), N_("Coupon"))
    WHAT = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[dict, tuple, tuple]] = []

    def set_actions(self, actions: list[dict], flow: Flow | None = None,
                    currency: str | None = None) -> None:
        self.beginResetModel()
        self._rows = []
        for action in actions:
            at = datetime.fromisoformat(action["at"])  # already in shop time
            texts = (shop_time(at), action["contact"], action_text(action, flow, currency),
                     action.get("coupon") or "")
            keys = (at.timestamp(), *(t.casefold() for t in texts[1:]))
            self._rows.append((action, texts, keys))
        self.endResetModel()

    def action(self, row: int) -> dict:
        return self._rows[row][0]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        _action, texts, keys = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        return keys[index.column()] if role == SORT_ROLE else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None
