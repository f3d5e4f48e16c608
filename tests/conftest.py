"""Fixtures for every test: a fresh workspace in a temporary BOOMERANG_HOME."""

from __future__ import annotations

import pytest

from runtime.api import Service
from runtime.workspace import Workspace


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Workspace:
    home = tmp_path / "home"
    monkeypatch.setenv("BOOMERANG_HOME", str(home))
    ws = Workspace.default()
    ws.save_settings({"shop_timezone": "Europe/Kyiv", "shop_currency": "UAH"})
    return ws


@pytest.fixture
def service(workspace) -> Service:
    svc = Service.open(workspace)
    yield svc
    svc.close()
