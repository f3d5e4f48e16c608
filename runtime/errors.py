"""Errors meant for the shop owner: a plain message naming the file, line, node or field."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; its message is shown as is, never as a traceback.

    `exit_code` is what the command line exits with: 2 for unusable input, 1 for a check
    that found problems.
    """

    def __init__(self, message: str, *, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class Cancelled(Exception):
    """The user stopped a long task (a backtest); nothing was changed."""
