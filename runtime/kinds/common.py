"""Parameters several node kinds share (durations, times of day, coupon offers)."""

from __future__ import annotations

from runtime.catalog import DURATION_UNITS, Param

UNIT_CHOICES = tuple((u, u) for u in DURATION_UNITS)


def duration(name: str, title: str, amount: int, unit: str, help_text: str = "") -> Param:
    return Param(name, "duration", title, default={"amount": amount, "unit": unit},
                 required=True, help=help_text)


def time_of_day(default: str = "09:00", help_text: str = "") -> Param:
    return Param("time_of_day", "time", "Time of day", default=default, required=True,
                 help=help_text or "In the shop's time zone.")
