"""The service API that the studio, the command line and --headless all use."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import Engine

from runtime.db.database import open_database
from runtime.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class Service:
    """One open workspace: its folder, settings and migrated database."""

    workspace: Workspace
    engine: Engine = field(repr=False)

    @classmethod
    def open(cls, workspace: Workspace | None = None) -> Service:
        workspace = workspace or Workspace.default()
        return cls(workspace, open_database(workspace.database_url))

    def close(self) -> None:
        self.engine.dispose()
