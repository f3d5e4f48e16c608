"""The backtest dialog: pick a period, replay it through a flow, see what would have gone out."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import networkx as nx
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
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
from sqlalchemy import select

from runtime import catalog, flowfile
from runtime.api import Service
from runtime.db.models import Contact, ContactTag, Order
from runtime.engine.timing import local_day_start
from runtime.errors import UserError
from runtime.facts import facts_for
from runtime.flow import Flow
from runtime.shop import shop_info, shop_zone, tiers
from runtime.simulate import run_backtest
from runtime.templates import render_email
from studio.bridge import Task

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BacktestDialog", text, None, n)


def _plural(one: str, many: str, n: int) -> str:
    # Without an English .qm file Qt would print "%n email(s)"; the right source text is
    # chosen here, and a translator can still give every plural form for either.
    return tr(one if n == 1 else many, n)


# kind: (what the table calls it, the summary's phrase for one, for several); all go to tr().
KINDS = {
    "action.send_email": ("Email", "%n email sent", "%n emails sent"),
    "action.coupon": ("Coupon", "%n coupon issued", "%n coupons issued"),
    "action.add_tag": ("Tag added", "%n tag added", "%n tags added"),
    "action.remove_tag": ("Tag removed", "%n tag removed", "%n tags removed"),
    "action.points": ("Points", "%n points change", "%n points changes"),
    "action.set_field": ("Field set", "%n field filled in", "%n fields filled in"),
    "action.notify_owner": ("Note to you", "%n note to you", "%n notes to you"),
    "action.webhook": ("Webhook", "%n webhook call", "%n webhook calls"),
    "action.unsubscribe": ("Unsubscribed", "%n unsubscribed", "%n unsubscribed"),
}
REASONS = {
    "no_consent": "no marketing consent", "no_email_address": "no email address",
    "template_error": "the email could not be filled in",
    "already_tagged": "already had the tag", "not_tagged": "did not have the tag",
    "field_already_set": "the field was already filled in",
    "nothing_to_change": "nothing to change", "already_unsubscribed": "already unsubscribed",
    "unsupported_action": "this step cannot run in a backtest",
}


def kind_phrase(kind: str, n: int) -> str:
    """'12 emails sent': what one kind of action did, in plain words."""
    if kind in KINDS:
        return _plural(*KINDS[kind][1:], n)
    return f"{what_phrase(kind)}: {n}"


def what_phrase(kind: str) -> str:
    spec = catalog.get(kind)
    return tr(KINDS[kind][0]) if kind in KINDS else (spec.title if spec else kind)


def reason_phrase(reason: str | None) -> str:
    """A skip reason in the shop owner's words (no_consent → no marketing consent)."""
    if reason in REASONS:
        return tr(REASONS[reason])
    return reason.replace("_", " ") if reason else tr("no reason given")


def shop_time(at: datetime) -> str:
    """'24 Nov 2025, 20:50': a time already in the shop's zone, with local month names."""
    return QLocale().toString(QDateTime(QDate(at.year, at.month, at.day),
                                        QTime(at.hour, at.minute)), "d MMM yyyy, HH:mm")


class ActionsModel(QAbstractTableModel):
    """The report's actions as table rows; sorting goes by real times, not by text."""

    HEADERS = ("When (shop time)", "Who", "What", "Subject", "Coupon")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[dict, tuple, tuple]] = []

    def set_actions(self, actions: list[dict]) -> None:
        self.beginResetModel()
        self._rows = []
        for action in actions:
            at = datetime.fromisoformat(action["at"])  # already in shop time
            texts = (shop_time(at), action["contact"], what_phrase(action["kind"]),
                     action.get("subject") or "", action.get("coupon") or "")
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


class BacktestDialog(QDialog):
    """Runs one flow over a past period on a copy of the data and shows what it would have done."""

    badges = Signal(dict)  # {node id: how many contacts entered it}, for the canvas
    runEnded = Signal(str)  # finished | failed | cancelled

    def __init__(self, service: Service, flow: Flow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        # A snapshot: the canvas may go on editing the flow while the worker replays it.
        self.flow = flowfile.from_document(flowfile.to_document(flow), flow.name)
        self.report: dict | None = None
        self.task: Task | None = None
        self.setWindowTitle(tr("Backtest: {name}").format(name=flow.name))
        self.resize(1180, 700)
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
        for column, width in enumerate((140, 200, 64, 200, 170)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)  # a preview: links in the email lead nowhere
        self.preview.setPlaceholderText(tr("Choose a row to see the email it would have sent."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([760, 400])
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
        self.model.set_actions(report["actions"])
        self.summary_label.setText(self._summary(report))
        self.preview.clear()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.badges.emit({node: info["entered"]
                          for node, info in report["summary"]["nodes"].items()})
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
        entered = _plural("<b>%n</b> customer entered the flow",
                          "<b>%n</b> customers entered the flow", s["enrollments"])
        done = " · ".join(kind_phrase(k, n) for k, n in s["actions"].items())
        parts = [entered + (f": {done}" if done else tr(", no action was taken"))]
        if s["skipped"]:
            skipped = sum(s["skipped"].values())
            reasons = ", ".join(f"{reason_phrase(r)} ({n})" for r, n in
                                sorted(s["skipped"].items(), key=lambda item: -item[1]))
            parts.append(_plural("%n step skipped", "%n steps skipped", skipped)
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


def render_preview(service: Service, flow: Flow, action: dict, zone: ZoneInfo) -> str:
    """HTML for the preview pane: the email re-rendered for this contact, or what the step did."""
    at = datetime.fromisoformat(action["at"])
    rows = [(tr("When"), f"{shop_time(at)} ({zone.key})"),
            (tr("To"), action["contact"]), (tr("What"), what_phrase(action["kind"]))]
    if action.get("coupon"):
        rows.append((tr("Coupon"), action["coupon"]))
    node = flow.graph.nodes.get(action["node"], {})
    body, note = "", ""
    if action["kind"] == "action.send_email" and "template" in node.get("params", {}):
        try:
            email = render_email(node["params"]["template"],
                                 _email_context(service, flow, action, at))
        except UserError as exc:
            rows.insert(2, (tr("Subject"), action.get("subject") or ""))
            note = tr("This email cannot be previewed: {error}").format(error=exc.message)
        else:
            rows.insert(2, (tr("Subject"), email.subject))
            body = email.html or f"<pre>{html.escape(email.text)}</pre>"
            note = tr("Filled in again from the flow's template with this customer's details "
                      "as they are today; their points and tags may have differed then.")
    header = "".join(f"<tr><td style='color:#6B7280;padding-right:12px'>{html.escape(k)}</td>"
                     f"<td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
    footer = f"<p style='color:#6B7280;font-size:11px'>{html.escape(note)}</p>" if note else ""
    return f"<table>{header}</table><hr>{body}{footer}"


def _email_context(service: Service, flow: Flow, action: dict, at: datetime) -> dict:
    """What the engine gave the template, rebuilt from the live data as of the action's time."""
    moment = at.astimezone(UTC)
    workspace = service.workspace
    shop = shop_info(workspace)
    with service.engine.connect() as conn:
        contact = conn.execute(select(Contact.__table__).where(
            Contact.email == action["contact"])).first()
        if contact is None:
            raise UserError(tr("this customer is no longer in the workspace"))
        tags = conn.execute(select(ContactTag.tag).where(
            ContactTag.contact_id == contact.id)).scalars().all()
        facts = facts_for(conn, [contact.id], moment, tiers(workspace))[contact.id]
        order = conn.execute(select(Order.id, Order.name, Order.total, Order.currency,
                                    Order.created_at, Order.discount_code).where(
            Order.contact_id == contact.id, Order.is_purchase.is_(True),
            Order.created_at <= moment).order_by(Order.created_at.desc()).limit(1)).first()
    return {
        "contact": {"email": contact.email, "first_name": contact.first_name or "",
                    "last_name": contact.last_name or "", "fields": contact.fields or {},
                    "tags": sorted(tags), "points": facts.points, "tier": facts.tier,
                    "orders_count": facts.orders_count, "total_spent": facts.total_spent,
                    "locale": contact.locale},
        "order": dict(order._mapping, line_items=[]) if order else None,
        "event": {}, "shop": shop,
        "coupon": _coupon(flow, action, moment, shop.get("currency")),
        "unsubscribe_url": f"mailto:{shop.get('email') or 'unsubscribe@invalid'}"
                           "?subject=unsubscribe",
    }


def _coupon(flow: Flow, action: dict, moment: datetime, currency: str | None) -> dict | None:
    """The coupon the email carried: its code from the report, its terms from the coupon step."""
    code = action.get("coupon")
    if not code:
        return None
    for node in nx.ancestors(flow.graph, action["node"]):
        data = flow.graph.nodes[node]
        if data["kind"] == "action.coupon":
            p = data["params"]
            value = 0 if p["discount_type"] == "free_shipping" else p["value"]
            return {"code": code, "discount_type": p["discount_type"],
                    "value": str(Decimal(str(value))), "currency": currency,
                    "expires_at": (moment + timedelta(days=int(p["expires_days"]))).isoformat()}
    return {"code": code}
