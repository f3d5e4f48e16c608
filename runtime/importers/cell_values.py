"""Turning CSV cells into typed values; a bad cell raises CellError naming its column."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from decimal import Decimal, InvalidOperation

# Store exports write Yes/No, TRUE/FALSE and Shopify's consent states; hand-made lists use the
# shop's language (Ukrainian, Bulgarian, German, French). "" means "not given".
TRUE_WORDS = frozenset({"yes", "y", "true", "t", "1", "subscribed", "confirmed_opt_in",
                        "single_opt_in", "opted in", "opted_in", "так", "да", "ja", "oui"})
FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "unsubscribed", "not_subscribed",
                         "not subscribed", "pending", "invalid", "redacted", "opted out",
                         "opted_out", "ні", "не", "nein", "non"})

# Characters that never occur in a single address but do in pasted lists ("a@x.com; b@y.com").
_NOT_IN_ADDRESS = r"@\s\x00-\x1f\x7f,;:<>()\[\]\\\""
EMAIL = re.compile(rf"[^{_NOT_IN_ADDRESS}]+@[^{_NOT_IN_ADDRESS}]+\.[^{_NOT_IN_ADDRESS}.]+")
MONEY = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
WHOLE = re.compile(r"[+-]?\d+", re.ASCII)
# Shopify separates the offset with a space ("2025-03-05 14:22:11 +0200"); ISO 8601 does not.
SPACED_OFFSET = re.compile(r"\s+([+-]\d\d:?\d\d)$", re.ASCII)
FOUR_PLACES = Decimal("0.0001")
ZERO = Decimal("0.00")
# Money is stored as 1/10,000 units in a 64-bit integer; larger amounts are typing accidents.
MONEY_LIMIT = Decimal(10) ** 12
MAX_QUANTITY = 1_000_000_000
# Years outside this range are typing accidents, not shop history.
FIRST_YEAR, LAST_YEAR = 1900, 2200


class Memo:
    """One column's parser that parses each distinct cell text once.

    Statuses, prices, quantities, product names and customer emails repeat across thousands of
    rows of an order export; a dictionary lookup is much cheaper than parsing them again.
    Failures are not remembered: each bad cell raises its own CellError.
    """

    __slots__ = ("parse", "seen")
    LIMIT = 50_000

    def __init__(self, parse: Callable[[str], object]) -> None:
        self.parse = parse
        self.seen: dict[str, object] = {}

    def __call__(self, raw: str):
        seen = self.seen
        if raw in seen:
            return seen[raw]
        value = self.parse(raw)
        if len(seen) < self.LIMIT:
            seen[raw] = value
        return value


class CellError(ValueError):
    """One cell could not be understood; `reason` is the plain text the report shows."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(f"{column}: {problem}")
        self.reason = f"{column}: {problem}"


def shown(value: str, limit: int = 40) -> str:
    """A cell quoted for a message, shortened so one garbage cell cannot flood the report."""
    value = value.replace("\r", " ").replace("\n", " ")
    return f"'{value[:limit]}…'" if len(value) > limit else f"'{value}'"


def text(value: str, column: str, max_length: int) -> str | None:
    """A trimmed text cell, None when empty; too long for its database column is an error."""
    value = value.strip()
    if not value:
        return None
    if len(value) > max_length:
        raise CellError(column, f"longer than {max_length} characters")
    return value


def shopify_text(value: str, column: str, max_length: int) -> str | None:
    """Like text(), without the apostrophe Shopify puts before numbers ('0123) to keep zeros."""
    value = value.strip()
    if value.startswith("'"):
        value = value[1:]
    return text(value, column, max_length)


def email(value: str, column: str, *, required: bool) -> str | None:
    """The normalised address (trimmed, lower-case): the key of a contact."""
    value = value.strip().lower()
    if not value:
        if required:
            raise CellError(column, "missing (an email address is needed to identify the contact)")
        return None
    if len(value) > 320 or not EMAIL.fullmatch(value):
        raise CellError(column, f"{shown(value)} is not an email address")
    return value


def boolean(value: str, column: str) -> bool | None:
    """yes/no, TRUE/FALSE, subscribed/unsubscribed ...; None when the cell is empty."""
    word = value.strip().lower()
    if not word:
        return None
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(column, f"{shown(value)} is not yes or no")


def money(value: str, column: str, *, required: bool = False) -> Decimal | None:
    """An amount like 12.50 (rounded to the 4 places the database keeps)."""
    value = value.strip()
    if not value:
        if required:
            raise CellError(column, "missing (an amount is needed)")
        return None
    if not MONEY.fullmatch(value):
        raise CellError(column, f"{shown(value)} is not a number")
    try:
        amount = Decimal(value).quantize(FOUR_PLACES)
    except InvalidOperation as exc:
        raise CellError(column, f"{shown(value)} is not a number") from exc
    if abs(amount) >= MONEY_LIMIT:
        raise CellError(column, f"{shown(value)} is too large")
    return amount


def whole_number(value: str, column: str, *, default: int) -> int:
    value = value.strip()
    if not value:
        return default
    if not WHOLE.fullmatch(value):
        raise CellError(column, f"{shown(value)} is not a whole number")
    number = int(value)
    if not 0 <= number <= MAX_QUANTITY:
        raise CellError(column, f"{shown(value)} is out of range")
    return number


def moment(value: str, column: str, zone: tzinfo, *, required: bool = False) -> datetime | None:
    """A time as an aware datetime (in the offset it was written with; the database stores UTC).

    Accepts ISO 8601 and Shopify's '2025-03-05 14:22:11 +0200'; a time without an offset is
    in the shop's zone.
    """
    value = value.strip()
    if not value:
        if required:
            raise CellError(column, "missing (a date and time is needed)")
        return None
    if len(value) == 25 and value[19] == " ":
        candidate = value[:19] + value[20:]  # the common Shopify case, without a regex
    else:
        candidate = SPACED_OFFSET.sub(r"\1", value)
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError as exc:
        raise CellError(column, f"{shown(value)} is not a date and time") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise CellError(column, f"{shown(value)} is out of range")
    return parsed


def day(value: str, column: str) -> str | None:
    """A calendar date as 'YYYY-MM-DD' (birthdays); a time part, if any, is dropped."""
    value = value.strip()
    if not value:
        return None
    candidate = value.replace("/", "-")
    try:
        parsed = date.fromisoformat(candidate)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(candidate).date()
        except ValueError as exc:
            raise CellError(column, f"{shown(value)} is not a date (expected YYYY-MM-DD)") from exc
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise CellError(column, f"{shown(value)} is out of range")
    return parsed.isoformat()


def tag_list(value: str, column: str) -> list[str]:
    """Comma-separated tags, trimmed, without empties or repeats, in file order."""
    tags: list[str] = []
    for raw in value.split(","):
        tag = raw.strip()
        if not tag or tag in tags:
            continue
        if len(tag) > 200:
            raise CellError(column, f"tag {shown(tag)} is longer than 200 characters")
        tags.append(tag)
    return tags
