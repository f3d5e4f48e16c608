"""Email templates: Jinja2 in a sandbox, HTML autoescaped, compiled once per distinct source."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from runtime.errors import UserError

PARTS = ("subject", "html", "text")

# Subjects and plain text must not be HTML-escaped ("Tom & Jerry" stays as typed); the HTML part
# must be, so that a customer named <script> cannot inject markup into an email.
_HTML_ENV = SandboxedEnvironment(autoescape=True)
_TEXT_ENV = SandboxedEnvironment(autoescape=False)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    html: str
    text: str


@lru_cache(maxsize=512)
def _compile(part: str, source: str):
    env = _HTML_ENV if part == "html" else _TEXT_ENV
    return env.from_string(source)


# The contact's values that are facts ({{ contact.points }} and the like): knowing them costs
# queries, which a template that never reads them need not wait for.
FACT_KEYS = frozenset({"points", "tier", "orders_count", "total_spent"})


@dataclass(frozen=True)
class Reads:
    """What templates read from their context: the top-level names, and whether any fact."""

    names: frozenset[str]
    facts: bool


@lru_cache(maxsize=512)
def _reads(source: str) -> Reads | None:
    try:
        tree = _TEXT_ENV.parse(source)
    except (TemplateSyntaxError, ValueError, RecursionError):
        return None  # rendering reports the mistake
    names = frozenset(meta.find_undeclared_variables(tree))
    return Reads(names, "contact" in names and _reads_facts(tree))


def _reads_facts(tree: nodes.Template) -> bool:
    uses = [n for n in tree.find_all(nodes.Name) if n.name == "contact"]
    keys = [n for n in tree.find_all((nodes.Getattr, nodes.Getitem))
            if isinstance(n.node, nodes.Name) and n.node.name == "contact"]
    if len(keys) != len(uses):  # the contact as a whole: printed, filtered, passed on
        return True
    for n in keys:
        if isinstance(n, nodes.Getattr):
            key = n.attr
        elif isinstance(n.arg, nodes.Const):
            key = n.arg.value
        else:
            return True  # contact[some_variable]
        if key in FACT_KEYS:
            return True
    return False


def reads(*sources: str | None) -> Reads | None:
    """What rendering every one of `sources` reads; None when one cannot be parsed (then the
    caller provides everything and rendering reports the mistake)."""
    found = [_reads(source if isinstance(source, str) else "") for source in sources]
    if any(r is None for r in found):
        return None
    return Reads(frozenset().union(*(r.names for r in found)), any(r.facts for r in found))


def template_problem(template: dict[str, Any]) -> str | None:
    """A plain message for the first syntax error in any part of the template, else None."""
    for part in PARTS:
        source = template.get(part) or ""
        if not isinstance(source, str):
            return f"the {part} must be text"
        try:
            _compile(part, source)
        except TemplateSyntaxError as exc:
            return f"the {part} has a mistake on line {exc.lineno}: {exc.message}"
        except (ValueError, RecursionError):  # a 5000-digit number, 1000 nested brackets
            return f"the {part} cannot be read: a number is too long or it is nested too deeply"
    return None


def render_email(template: dict[str, Any], context: dict[str, Any]) -> RenderedEmail:
    """Render every part; a template that fails at run time raises UserError naming the part."""
    out = {}
    for part in PARTS:
        source = template.get(part) or ""
        try:
            out[part] = _compile(part, source).render(context)
        except TemplateSyntaxError as exc:
            raise UserError(f"the email {part} has a mistake on line {exc.lineno}: "
                            f"{exc.message}") from None
        except (SecurityError, UndefinedError, TypeError, ValueError, ArithmeticError,
                RecursionError) as exc:
            raise UserError(f"the email {part} could not be filled in: {exc}") from None
    # A subject is one line in every mail client.
    subject = " ".join(out["subject"].split())
    return RenderedEmail(subject, out["html"], out["text"])


def render_text(source: str, context: dict[str, Any]) -> str:
    """Render a short text (a field value, a notification) with the same sandbox."""
    try:
        return _compile("text", source).render(context)
    except TemplateSyntaxError as exc:
        raise UserError(f"mistake on line {exc.lineno}: {exc.message}") from None
    except (SecurityError, UndefinedError, TypeError, ValueError, ArithmeticError,
            RecursionError) as exc:
        raise UserError(f"could not be filled in: {exc}") from None
