"""Where a workspace lives on disk (BOOMERANG_HOME or the user data dir) and its settings file."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from runtime.errors import UserError

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
DEFAULT_SETTINGS: dict[str, object] = {
    # None means "the machine's zone", resolved when the engine starts.
    "shop_timezone": None,
    "shop_currency": "USD",
    "shop_name": "My shop",
    # Tier thresholds in points, lowest first.
    "tiers": [["Bronze", 0], ["Silver", 500], ["Gold", 1500]],
}


def home_dir() -> Path:
    """The workspace folder: $BOOMERANG_HOME, else the platform's user data directory."""
    env = os.environ.get("BOOMERANG_HOME")
    path = Path(env).expanduser() if env else Path(platformdirs.user_data_dir("Boomerang", False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UserError(f"the workspace folder {path} is a file, not a folder: move the file "
                        f"away, or set BOOMERANG_HOME to a folder (it is created if missing)"
                        ) from None
    except OSError as exc:
        raise UserError(f"cannot create the workspace folder {path}: "
                        f"{exc.strerror or exc}") from None
    return path


@dataclass
class Workspace:
    """One shop's workspace: its folder, database URL and settings."""

    root: Path

    @classmethod
    def default(cls) -> Workspace:
        return cls(home_dir())

    @property
    def settings_path(self) -> Path:
        return self.root / SETTINGS_FILE

    @property
    def logs_dir(self) -> Path:
        path = self.root / "logs"
        path.mkdir(exist_ok=True)
        return path

    def settings(self) -> dict[str, object]:
        merged = dict(DEFAULT_SETTINGS)
        if self.settings_path.exists():
            try:
                merged.update(json.loads(self.settings_path.read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                # A broken settings file must not stop the shop's automations; defaults apply.
                log.warning("Ignoring unreadable %s: %s", self.settings_path, exc)
        return merged

    def save_settings(self, changes: dict[str, object]) -> None:
        current = {}
        if self.settings_path.exists():
            try:
                current = json.loads(self.settings_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                current = {}
        current.update(changes)
        tmp = self.settings_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(current, indent=2, sort_keys=True), encoding="utf-8")
        tmp.replace(self.settings_path)

    @property
    def database_url(self) -> str:
        url = self.settings().get("database_url")
        if isinstance(url, str) and url:
            return url
        return f"sqlite:///{self.root / 'boomerang.db'}"
