"""Email sources as data: Jinja tags split from text, and the plain-text part made from the HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# A Jinja tag as the template engine reads it: {{ expression }}, {% statement %}, {# note #}.
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
# Tags hidden from the HTML parser as private-use characters: "{% if a > b %}" is no markup.
_MARK = re.compile("\ue000(\\d+)\ue001")

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr",
           "ul", "ol", "section", "header", "footer", "hr"}
_HIDDEN = {"style", "script", "head", "title"}


def split_tags(source: str) -> list[tuple[bool, str]]:
    """[(is_tag, text), ...] in order: "Hi {{ a }}!" -> [(False, "Hi "), (True, "{{ a }}"),
    (False, "!")]. Joining the texts gives the source back unchanged."""
    parts: list[tuple[bool, str]] = []
    at = 0
    for match in TAG.finditer(source):
        if match.start() > at:
            parts.append((False, source[at:match.start()]))
        parts.append((True, match.group()))
        at = match.end()
    if at < len(source):
        parts.append((False, source[at:]))
    return parts


def hide_tags(source: str) -> tuple[str, list[str]]:
    """The source with every Jinja tag replaced by a marker, and the tags, for HTML parsing."""
    tags: list[str] = []

    def mark(match: re.Match[str]) -> str:
        tags.append(match.group())
        return f"\ue000{len(tags) - 1}\ue001"

    return TAG.sub(mark, source), tags


def show_tags(text: str, tags: list[str]) -> str:
    """Undoes hide_tags on a piece of parsed text or an attribute value."""
    return _MARK.sub(lambda m: tags[int(m.group(1))], text)


def marker_parts(text: str, tags: list[str]) -> list[tuple[bool, str]]:
    """Parsed text split like split_tags, markers turned back into their tags."""
    parts: list[tuple[bool, str]] = []
    at = 0
    for match in _MARK.finditer(text):
        if match.start() > at:
            parts.append((False, text[at:match.start()]))
        parts.append((True, tags[int(match.group(1))]))
        at = match.end()
    if at < len(text):
        parts.append((False, text[at:]))
    return parts


class _TextWriter(HTMLParser):
    """Paragraphs become blank-line separated, <br> a new line, list items "- ", and a link
    "label: address" (or "label (address)" inside a sentence)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0
        self.links: list[tuple[str, int, bool]] = []  # href, where its label starts, first?

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.out.append("\x00P")
        elif tag == "li":
            self.out.append("\x00L- ")
        elif tag == "br":
            self.out.append("\x00L")
        elif tag == "img":
            self.out.append(dict(attrs).get("alt") or "")
        elif tag == "a":
            first = not _after_last_break("".join(self.out)).strip()
            self.links.append((dict(attrs).get("href") or "", len(self.out), first))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCKS:
            self.out.append("\x00P")
        elif tag == "a" and self.links:
            href, start, first = self.links.pop()
            label = "".join(self.out[start:]).strip()
            if href and href != label and not href.startswith("#"):
                self.out.append(f": {href}" if first else f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(re.sub(r"\s+", " ", data))


def _after_last_break(text: str) -> str:
    return re.split("\x00[PL]", text)[-1]


def _join(chunks: list[str]) -> str:
    text = "".join(chunks)
    text = re.sub(" *((?:\x00[PL] *)+)", lambda m: m.group(1).replace(" ", ""), text)

    def breaks(match: re.Match[str]) -> str:
        run = match.group()
        return "\n\n" if "\x00P" in run else "\n" * run.count("\x00L")

    text = re.sub("(?:\x00[PL])+", breaks, text)
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def plain_text_from_html(source: str) -> str:
    """The plain-text part for an HTML template, its Jinja tags kept as they are."""
    hidden, tags = hide_tags(source)
    writer = _TextWriter()
    writer.feed(hidden)
    writer.close()
    return show_tags(_join(writer.out), tags)
