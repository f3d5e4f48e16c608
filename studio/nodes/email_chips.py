"""Personalisation chips: a Jinja tag shown in a text document as one atomic, readable label."""

from __future__ import annotations

import re
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from runtime.email_text import split_tags

CHIP_SOURCE = int(QTextFormat.Property.UserProperty) + 1  # the Jinja tag, e.g. "{{ shop.name }}"
OBJECT = "\ufffc"  # the one character a chip occupies in the document


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


def placeholders() -> list[tuple[str, str]]:
    """(menu label, inserted tag) for the Insert menu: what the engine's email context offers."""
    return [
        (tr("First name"), "{{ contact.first_name }}"),
        (tr("Last name"), "{{ contact.last_name }}"),
        (tr("Email address"), "{{ contact.email }}"),
        (tr("Loyalty points"), "{{ contact.points }}"),
        (tr("Tier"), "{{ contact.tier }}"),
        (tr("Coupon code"), "{{ coupon.code }}"),
        (tr("Coupon value"), "{{ coupon.value }}"),
        (tr("Coupon expiry date"), "{{ coupon.expires_at[:10] }}"),
        (tr("Referral code"), "{{ referral.code }}"),
        (tr("Picked product"), "{{ product.title }}"),
        (tr("Order number"), "{{ order.name }}"),
        (tr("Order total"), "{{ order.total }}"),
        (tr("Shop name"), "{{ shop.name }}"),
        (tr("Unsubscribe link"), "{{ unsubscribe_url }}"),
    ]


def _bare(expression: str) -> str:
    return "".join(expression.split())


_FALLBACK = re.compile(r"^(?P<expr>.+?)\s+or\s+(?P<q>['\"])(?P<default>[^'\"]*)(?P=q)$")


def chip_label(source: str) -> str:
    """What a chip reads: "First name", "First name, or “there”", "if order", or the
    expression itself for anything the menu does not offer."""
    inner = source[2:-2].strip().strip("-+").strip()
    if source.startswith("{{"):
        known = {_bare(code[2:-2]): label for label, code in placeholders()}
        if _bare(inner) in known:
            return known[_bare(inner)]
        match = _FALLBACK.match(inner)
        if match and _bare(match["expr"]) in known:
            return tr("{0}, or “{1}”").format(known[_bare(match["expr"])], match["default"])
    return inner


def is_known(source: str) -> bool:
    """A personalisation from the menu (drawn in the accent colour); logic and other
    expressions are drawn grey."""
    return source.startswith("{{") and chip_label(source) != source[2:-2].strip()


def chip_format(source: str, base: QTextCharFormat | None = None) -> QTextImageFormat:
    """A chip is an image the document draws from its name (see ChipDocument), carrying its
    tag as a property; bold, links and the like of `base` stay on it."""
    fmt = QTextImageFormat()
    if base is not None:
        fmt.merge(text_format(base))
    size = fmt.fontPointSize() if fmt.hasProperty(QTextFormat.Property.FontPointSize) else 0
    pixels = (int(fmt.property(QTextFormat.Property.FontPixelSize))
              if fmt.hasProperty(QTextFormat.Property.FontPixelSize) else 0)
    bold = int(fmt.fontWeight() >= QFont.Weight.DemiBold)
    fmt.setName(f"chip:{bold}/{size:g}/{pixels}/{quote(source, safe='')}")
    fmt.setProperty(CHIP_SOURCE, source)
    fmt.setToolTip(source)
    # Centred on the line, so that a chip sits among the letters instead of on the baseline.
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    return fmt


def chip_source(fmt: QTextFormat) -> str | None:
    if not fmt.hasProperty(CHIP_SOURCE):
        return None
    value = fmt.property(CHIP_SOURCE)
    return value if isinstance(value, str) else None


def text_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """`fmt` for ordinary letters: a chip's formatting (bold, a link) without the chip."""
    plain = QTextCharFormat(fmt)
    for prop in (CHIP_SOURCE, QTextFormat.Property.ObjectType, QTextFormat.Property.TextToolTip,
                 QTextFormat.Property.TextVerticalAlignment, QTextFormat.Property.ImageName):
        plain.clearProperty(prop)
    return plain


def insert_chip(cursor: QTextCursor, source: str) -> None:
    """Inserts one chip at the cursor with the surrounding text's formatting (bold stays bold)."""
    base = text_format(cursor.charFormat())
    cursor.insertText(OBJECT, chip_format(source, base))
    cursor.setCharFormat(base)  # typing after the chip is plain text again


class ChipDocument(QTextDocument):
    """A document that draws chips. Qt asks it for the image named by a chip's format the
    first time one is laid out (and again after an undo brings one back)."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        if name.scheme() != "chip":
            return super().loadResource(kind, name)
        bold, size, pixels, source = name.path().split("/", 3)
        font = QFont(self.defaultFont())
        if float(size) > 0:
            font.setPointSizeF(float(size))
        if int(pixels) > 0:
            font.setPixelSize(int(pixels))
        font.setBold(bold == "1")
        return chip_image(source, font)  # path() comes fully decoded


def chip_image(source: str, font: QFont) -> QImage:
    """A rounded label a little smaller than the text, drawn at twice the pixels so that it
    stays sharp on high-density screens."""
    small = QFont(font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(small.pointSizeF() * 0.9)
    else:
        small.setPixelSize(max(int(small.pixelSize() * 0.9), 8))
    metrics = QFontMetricsF(small)
    label = chip_label(source)
    width, height = metrics.horizontalAdvance(label) + 14, metrics.height() + 4
    scale = 2
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(scale)
    known = is_known(source)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1, 1, width - 2, height - 2)
    painter.setPen(QPen(QColor("#93C5FD" if known else "#CBD5E1"), 1))
    painter.setBrush(QColor("#E0EDFF" if known else "#F1F5F9"))
    painter.drawRoundedRect(box, box.height() / 2.5, box.height() / 2.5)
    painter.setFont(small)
    painter.setPen(QColor("#1E3A8A" if known else "#334155"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image


def load_plain(doc: QTextDocument, source: str) -> None:
    """Shows a one-part source (a subject line): text as typed, every tag as a chip."""
    doc.clear()
    cursor = QTextCursor(doc)
    plain = QTextCharFormat()
    for is_tag, text in split_tags(source):
        if is_tag:
            cursor.insertText(OBJECT, chip_format(text, plain))
        else:
            cursor.insertText(text, plain)


def plain_source(doc: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The source for the text between `start` and `end`: chips become their tags again."""
    out: list[str] = []
    block = doc.begin()
    stop = doc.characterCount() - 1 if end is None else end
    while block.isValid() and block.position() <= stop:
        if block.position() > start and out:
            out.append("\n")
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            lo, hi = max(frag.position(), start), min(frag.position() + frag.length(), stop)
            if lo < hi:
                text = frag.text()[lo - frag.position():hi - frag.position()]
                out.append(text.replace(OBJECT, chip_source(frag.charFormat()) or ""))
            it += 1
        block = block.next()
    return "".join(out).replace("\u2028", "\n")
