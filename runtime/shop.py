"""The shop's own settings as the engine needs them: time zone, currency, name, tiers."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runtime.engine.timing import local_day_start
from runtime.errors import UserError
from runtime.workspace import Workspace


def zone(name: str | None) -> ZoneInfo:
    """The named zone, or the machine's zone when no name is given."""
    if not name:
        try:
            import tzlocal

            name = tzlocal.get_localzone_name() or "UTC"
        except Exception:  # noqa: BLE001 - any failure to read the machine's zone means UTC
            name = "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"unknown time zone “{name}”: use a name like Europe/Kyiv, "
                        "Europe/Sofia or Asia/Taipei") from None


def shop_zone(workspace: Workspace, override: str | None = None) -> ZoneInfo:
    return zone(override or workspace.settings().get("shop_timezone"))


def shop_info(workspace: Workspace) -> dict:
    s = workspace.settings()
    return {"name": s.get("shop_name"), "currency": s.get("shop_currency"),
            "email": s.get("shop_email"), "url": s.get("shop_url")}


def tiers(workspace: Workspace) -> list:
    return list(workspace.settings().get("tiers") or [])


def parse_moment(text: str, tz: ZoneInfo, what: str) -> datetime:
    """A date (midnight in the shop's zone) or an ISO 8601 time; naive times are shop time."""
    try:
        if len(text) == 10:
            return local_day_start(datetime.fromisoformat(text).date(), tz)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"{what}: “{text}” is not a date; write it like 2025-01-31") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)
