"""An email's HTML in and out of a QTextDocument: the small, clean HTML the visual editor writes."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from runtime.email_text import hide_tags, marker_parts, show_tags, split_tags
from studio.nodes.email_chips import OBJECT, chip_format, chip_source

# Attributes of a paragraph or heading the editor keeps as they are (a small-print style).
BLOCK_ATTRS = int(QTextFormat.Property.UserProperty) + 2
BUTTON = int(QTextFormat.Property.UserProperty) + 3
# What a "button" link is in the HTML; mail clients without CSS still show a plain link.
BUTTON_STYLE = ("display:inline-block;padding:10px 20px;background:#2563EB;color:#ffffff;"
                "text-decoration:none;border-radius:6px;font-weight:bold")
BUTTON_COLOR = "#2563EB"
PARAGRAPH_GAP = 9
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.15}
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "li"}
_INLINE = {"strong": "bold", "b": "bold", "em": "italic", "i": "italic", "u": "underline"}


class _Loader(HTMLParser):
    """Builds the document through a cursor, collapsing white space as a browser would."""

    def __init__(self, doc: QTextDocument, tags: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.doc, self.tags = doc, tags
        self.cursor = QTextCursor(doc)
        self.used = False  # the document's first block holds something or was opened by a tag
        self.inline: list[tuple[str, str]] = []  # (tag, what) in nesting order
        self.lists: list[tuple[QTextListFormat.Style, object]] = []
        self.heading = 0
        self.base = QTextCharFormat()

    # --- blocks -------------------------------------------------------------------------------
    def _new_block(self, fmt: QTextBlockFormat, chars: QTextCharFormat) -> None:
        self._trim()
        if self.used:
            self.cursor.insertBlock(fmt, chars)
        else:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(chars)
        self.used = True
        self.base = chars

    def _trim(self) -> None:
        """A space at the end of a block or before a line break is not shown by browsers."""
        text = self.cursor.block().text()
        if text.endswith((" ", "\u2028 ")) and self.cursor.atBlockEnd():
            self.cursor.deletePreviousChar()

    def _ensure_block(self) -> None:
        if not self.used:
            self._new_block(QTextBlockFormat(), QTextCharFormat())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "div", "h1", "h2", "h3"):
            fmt, chars = paragraph_format(), QTextCharFormat()
            raw = _attr_text(attrs, self.tags)
            if raw:
                fmt.setProperty(BLOCK_ATTRS, raw)
                _approximate_style(dict(attrs).get("style") or "", chars)
            if tag.startswith("h"):
                self.heading = int(tag[1])
                fmt.setHeadingLevel(self.heading)
                chars.setFontWeight(QFont.Weight.Bold)
                size = self.doc.defaultFont().pointSizeF() * HEADING_SCALE[self.heading]
                chars.setFontPointSize(size)
            self._new_block(fmt, chars)
        elif tag in ("ul", "ol"):
            style = (QTextListFormat.Style.ListDisc if tag == "ul"
                     else QTextListFormat.Style.ListDecimal)
            self.lists.append((style, None))
        elif tag == "li":
            self._new_block(QTextBlockFormat(), QTextCharFormat())
            if self.lists:
                style, text_list = self.lists[-1]
                if text_list is None:
                    self.lists[-1] = (style, self.cursor.createList(style))
                else:
                    text_list.add(self.cursor.block())
        elif tag == "br":
            self._ensure_block()
            self._trim()
            self.cursor.insertText("\u2028", self._format())
        elif tag in _INLINE:
            self.inline.append((tag, _INLINE[tag]))
        elif tag == "a":
            values = dict(attrs)
            href = show_tags(values.get("href") or "", self.tags)
            button = (values.get("style") or "").replace(" ", "") == BUTTON_STYLE
            self.inline.append((tag, ("button:" if button else "link:") + href))
        else:
            self.inline.append((tag, ""))  # unknown markup: its text stays, the tag does not

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "p", "div", "h1", "h2", "h3", "li", "ul", "ol"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in _BLOCK_TAGS:
            self._trim()
            self.heading = 0
        for index in range(len(self.inline) - 1, -1, -1):
            if self.inline[index][0] == tag:
                del self.inline[index]
                break

    def handle_data(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data)
        if not text.strip() and not self.used:
            return  # white space between tags before anything is shown
        self._ensure_block()
        line = self.cursor.block().text().split("\u2028")[-1]
        if not line or line.endswith(" "):
            text = text.lstrip(" ")
        fmt = self._format()
        for is_tag, part in marker_parts(text, self.tags):
            if is_tag:
                self.cursor.insertText(OBJECT, chip_format(part, fmt))
            elif part:
                self.cursor.insertText(part, fmt)

    def _format(self) -> QTextCharFormat:
        fmt = QTextCharFormat(self.base)
        for _tag, what in self.inline:
            if what == "bold":
                fmt.setFontWeight(QFont.Weight.Bold)
            elif what == "italic":
                fmt.setFontItalic(True)
            elif what == "underline":
                fmt.setFontUnderline(True)
            elif what.startswith(("link:", "button:")):
                kind, _, href = what.partition(":")
                set_link(fmt, href, button=kind == "button")
        return fmt


def paragraph_format() -> QTextBlockFormat:
    """Space under a paragraph, as mail programs show it (the HTML does not carry it)."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(PARAGRAPH_GAP)
    return fmt


def set_link(fmt: QTextCharFormat, href: str, button: bool = False) -> None:
    """Makes `fmt` a link (or a button-styled link) to `href`, drawn as the email will show it."""
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setProperty(BUTTON, button)
    if button:
        fmt.setBackground(QColor(BUTTON_COLOR))
        fmt.setForeground(QColor("#ffffff"))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(False)
    else:
        fmt.setForeground(QColor(BUTTON_COLOR))
        fmt.setFontUnderline(True)


def clear_link(fmt: QTextCharFormat) -> None:
    for prop in (QTextFormat.Property.AnchorHref, QTextFormat.Property.IsAnchor,
                 QTextFormat.Property.BackgroundBrush, QTextFormat.Property.ForegroundBrush,
                 QTextFormat.Property.TextUnderlineStyle, QTextFormat.Property.FontUnderline):
        fmt.clearProperty(prop)
    if fmt.boolProperty(BUTTON):
        fmt.setFontWeight(QFont.Weight.Normal)
    fmt.clearProperty(BUTTON)


def _attr_text(attrs: list[tuple[str, str | None]], tags: list[str]) -> str:
    return "".join(f' {name}="{html.escape(show_tags(value or "", tags))}"'
                   if value is not None else f" {name}" for name, value in attrs)


def _approximate_style(style: str, chars: QTextCharFormat) -> None:
    """Shows a paragraph's font size and colour in the editor (the HTML keeps the style)."""
    size = re.search(r"font-size\s*:\s*(\d+)px", style)
    if size:
        chars.setProperty(QTextFormat.Property.FontPixelSize, int(size.group(1)))
    color = re.search(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6})", style)
    if color:
        chars.setForeground(QColor(color.group(1)))


def load_html(doc: QTextDocument, source: str) -> None:
    """Shows an email's HTML in `doc`; its Jinja tags become chips."""
    hidden, tags = hide_tags(source)
    doc.clear()
    loader = _Loader(doc, tags)
    loader.feed(hidden)
    loader.close()
    loader._trim()
    if not loader.used:
        QTextCursor(doc).setBlockFormat(paragraph_format())  # what the user types next


# --- writing --------------------------------------------------------------------------------

def to_html(doc: QTextDocument) -> str:
    """The clean HTML for `doc`: <p>, <h1>-<h3>, <ul>/<ol>, <strong>, <em>, <u>, <a>, <br>."""
    lines: list[str] = []
    block = doc.begin()
    open_list = None
    while block.isValid():
        text_list = block.textList()
        if open_list is not None and text_list != open_list:
            lines.append(_list_tag(open_list, close=True))
            open_list = None
        if text_list is not None:
            if open_list is None:
                lines.append(_list_tag(text_list, close=False))
                open_list = text_list
            lines.append(f"<li>{_inline(block, heading=False)}</li>")
        else:
            fmt = block.blockFormat()
            attrs = fmt.property(BLOCK_ATTRS) if fmt.hasProperty(BLOCK_ATTRS) else ""
            level = fmt.headingLevel()
            tag = f"h{level}" if 1 <= level <= 3 else "p"
            lines.append(f"<{tag}{attrs}>{_inline(block, heading=tag != 'p')}</{tag}>")
        block = block.next()
    if open_list is not None:
        lines.append(_list_tag(open_list, close=True))
    if lines == ["<p></p>"]:
        return ""  # an empty editor is an empty body, not an empty paragraph
    return "\n".join(lines)


def _list_tag(text_list, close: bool) -> str:
    ordered = text_list.format().style() in (QTextListFormat.Style.ListDecimal,
                                             QTextListFormat.Style.ListLowerAlpha,
                                             QTextListFormat.Style.ListUpperAlpha)
    return f"</{'ol' if ordered else 'ul'}>" if close else f"<{'ol' if ordered else 'ul'}>"


def _inline(block: QTextBlock, heading: bool) -> str:
    runs: list[tuple[tuple, list[str]]] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        fmt = frag.charFormat()
        source = chip_source(fmt) or ""
        pieces = [source if char == OBJECT else
                  html.escape(char, quote=False).replace("\u2028", "<br>")
                  for char in frag.text()]
        bold = fmt.fontWeight() >= QFont.Weight.DemiBold and not heading
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        button = bool(href) and fmt.boolProperty(BUTTON)
        key = (href, button, bold and not button, fmt.fontItalic(),
               fmt.fontUnderline() and not href)
        if runs and runs[-1][0] == key:
            runs[-1][1].extend(pieces)
        else:
            runs.append((key, pieces))
        it += 1
    return "".join(_wrap(key, "".join(pieces)) for key, pieces in runs)


def _wrap(key: tuple, text: str) -> str:
    href, button, bold, italic, underline = key
    if underline:
        text = f"<u>{text}</u>"
    if italic:
        text = f"<em>{text}</em>"
    if bold:
        text = f"<strong>{text}</strong>"
    if href:
        style = f' style="{BUTTON_STYLE}"' if button else ""
        text = f"<a href={_attr_value(href)}{style}>{text}</a>"
    return text


def _attr_value(value: str) -> str:
    """Quotes an attribute, leaving Jinja tags in it untouched."""
    parts = split_tags(value)
    if any(is_tag and '"' in text for is_tag, text in parts):
        return "'" + "".join(t if tag else html.escape(t) for tag, t in parts) + "'"
    return '"' + "".join(t if tag else html.escape(t) for tag, t in parts) + '"'


# --- comparing ------------------------------------------------------------------------------

class _Tokens(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        clean = sorted((k, (v or "").replace(" ", "") if k == "style" else v or "")
                       for k, v in attrs)
        self.tokens.append(("<", tag, tuple(clean)))

    def handle_endtag(self, tag: str) -> None:
        if tag != "br":
            self.tokens.append((">", tag))

    def handle_data(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data)
        if text.strip():
            self.tokens.append(("t", text))


def same_markup(a: str, b: str) -> bool:
    """True when two HTML sources show the same: same tags and attributes, same text up to
    white space that a browser collapses or drops next to block boundaries."""
    return _tokens(a) == _tokens(b) and hide_tags(a)[1] == hide_tags(b)[1]


def _tokens(source: str) -> list[tuple]:
    hidden, _tags = hide_tags(source)
    parser = _Tokens()
    parser.feed(hidden)
    parser.close()
    out: list[tuple] = []
    for i, token in enumerate(parser.tokens):
        if token[0] == "t":
            text = token[1]
            before = parser.tokens[i - 1] if i else None
            after = parser.tokens[i + 1] if i + 1 < len(parser.tokens) else None
            if before is None or before[1] in _BLOCK_TAGS | {"br", "ul", "ol"}:
                text = text.lstrip()
            if after is None or after[1] in _BLOCK_TAGS | {"br", "ul", "ol"}:
                text = text.rstrip()
            token = ("t", text)
        out.append(token)
    return out
