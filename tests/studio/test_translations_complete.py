"""Every .ts entry is translated and keeps its source's placeholders, %-markers and accelerator."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from studio.translations import I18N_DIR

LANGUAGES = ("uk", "ru", "bg", "zh_TW")
JINJA = re.compile(r"\{\{.*?\}\}")  # {{ coupon.code }} in help texts
FIELD = re.compile(r"\{[^{}]*\}")  # str.format fields: {name}, {0}, {template[subject]}
QT_MARKER = re.compile(r"%(?:L?n|\d+|p)")  # %n, %Ln, %1, %p (a progress bar's percent)
HTML_TAG = re.compile(r"</?(?:a|b|br|i|p|span|u)\b[^>]*>")


def entries(language: str) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations (one per plural form), type) of every message."""
    root = ET.parse(I18N_DIR / f"boomerang_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            found.append((name, message.findtext("source") or "", texts,
                          translation.get("type")))
    return found


def markers(text: str) -> dict[str, Counter]:
    """What a translation must carry over unchanged, by kind."""
    fields = FIELD.findall(JINJA.sub("", text))
    return {"template placeholder": Counter(m.replace(" ", "") for m in JINJA.findall(text)),
            "{placeholder}": Counter(fields),
            "%-marker": Counter(QT_MARKER.findall(text)),
            "HTML tag": Counter(HTML_TAG.findall(text))}


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def problems_of(source: str, text: str, kind: str | None) -> list[str]:
    if kind in ("unfinished", "obsolete", "vanished"):
        return [f"marked {kind}"]
    if not text.strip():
        return ["empty"]
    problems = []
    wanted, got = markers(source), markers(text)
    for what in wanted:
        if wanted[what] != got[what]:
            problems.append(f"{what}s {sorted(wanted[what].elements())} became "
                            f"{sorted(got[what].elements())}")
    count = accelerators(text)
    if count > 1 or (count and not accelerators(source)):
        problems.append(f"{count} '&' accelerator(s) where the source has "
                        f"{accelerators(source)}")
    for side, strip in (("leading", str.lstrip), ("trailing", str.rstrip)):
        if (strip(source) != source) != (strip(text) != text):
            problems.append(f"{side} spaces differ from the source")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_keeps_its_markers(language):
    report = []
    for context, source, texts, kind in entries(language):
        for text in texts:
            for problem in problems_of(source, text, kind):
                report.append(f"{context}: {source[:60]!r} -> {text[:60]!r}: {problem}")
    assert not report, f"boomerang_{language}.ts:\n" + "\n".join(report)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_a_form_for_each_count(language):
    """lupdate writes as many forms as the language has (Ukrainian 3, Chinese 1): none is
    left out, and each one still shows the number."""
    expected = {"uk": 3, "ru": 3, "bg": 2, "zh_TW": 1}[language]
    plurals = [(source, texts) for _ctx, source, texts, _kind in entries(language)
               if "%n" in source]
    assert plurals, "the welcome page's counts should be plural entries"
    for source, texts in plurals:
        assert len(texts) == expected, source
        assert all("%n" in text for text in texts), (source, texts)


@pytest.mark.parametrize(("source", "text", "problem"), [
    ("Wait {duration}", "", "empty"),
    ("Wait {duration}", "Зачекати", "{placeholder}s ['{duration}'] became []"),
    ("Wait {duration}", "Зачекати {time}", "{placeholder}s ['{duration}'] became ['{time}']"),
    ("Shown as {{ coupon.code }}", "Як {{ code }}", "template placeholders"),
    ("Building a shop with %n customers…", "Створюємо магазин…", "%-markers ['%n'] became []"),
    ("Save", "&Зберегти", "1 '&' accelerator(s) where the source has 0"),
    ("&Save", "&Збе&регти", "2 '&' accelerator(s)"),
    (", no action was taken", " жодної дії", "leading spaces"),
    ("Goes on when <b>all</b> are true", "Йде далі, коли всі", "HTML tags"),
    ("Wait", "Зачекати", None),
])
def test_the_check_catches_each_kind_of_slip(source, text, problem):
    """The check above is only as good as what it notices: each slip it is meant to catch
    is caught, and a good translation passes."""
    found = problems_of(source, text, None)
    if problem is None:
        assert found == []
    else:
        assert any(p.startswith(problem) for p in found), found
