"""The welcome page: its three ways to start, and the demo shop loaded and removed through it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from runtime import demo
from runtime.db.models import Contact
from runtime.demo import has_demo, load_demo
from runtime.errors import UserError
from studio import welcome
from studio.welcome import WelcomePage
from tests.runtime.builders import add_contact


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_import_and_recipes_are_signals(qtbot, service):
    page = WelcomePage(service)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.importRequested, timeout=1000):
        click(qtbot, page.import_button)
    with qtbot.waitSignal(page.recipesRequested, timeout=1000):
        click(qtbot, page.recipes_button)
    assert page.demo_button.isVisible() and not page.demo_banner.isVisible()
    page.close()


def test_demo_loads_and_is_removed_through_the_page(qtbot, service, monkeypatch):
    monkeypatch.setattr(welcome, "DEMO_CUSTOMERS", 30)
    with service.engine.begin() as conn:
        add_contact(conn, "olena@shop.ua", first_name="Олена")
    page = WelcomePage(service)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.demoLoaded, timeout=30000) as loaded:
        click(qtbot, page.demo_button)
        assert page.busy_bar.isVisible() and not page.recipes_button.isEnabled()
    assert has_demo(service)
    assert loaded.args[0]["customers"] >= 30
    assert page.demo_banner.isVisible() and not page.busy_bar.isVisible()
    assert "Demo data is loaded" in page.demo_label.text()
    assert page.recipes_button.isEnabled()

    with qtbot.waitSignal(page.demoRemoved, timeout=30000):
        click(qtbot, page.remove_button)
    assert not has_demo(service)
    assert page.demo_button.isVisible() and not page.demo_banner.isVisible()
    with service.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Contact)).scalar_one() == 1
    page.close()


def test_a_workspace_with_demo_data_opens_with_the_banner(qtbot, service):
    load_demo(service, customers=20)
    page = WelcomePage(service)
    qtbot.addWidget(page)
    page.show()
    assert page.demo_banner.isVisible() and not page.demo_button.isVisible()
    page.close()


def test_a_failed_demo_load_is_a_message(qtbot, service, monkeypatch):
    def refuse(*args, **kwargs):
        raise UserError("the demo shop was not loaded: your workspace already has a contact")

    monkeypatch.setattr(demo, "load_demo", refuse)
    page = WelcomePage(service)
    qtbot.addWidget(page)
    page.load_demo()
    qtbot.waitUntil(lambda: not page.message_label.isHidden(), timeout=5000)
    assert "already has a contact" in page.message_label.text()
    assert page.demo_button.isEnabled() and page.busy_bar.isHidden()


def test_the_page_says_the_workspace_is_opening_until_it_has_a_service(qtbot, service):
    page = WelcomePage(None)
    qtbot.addWidget(page)
    page.show()
    assert page.busy_label.isVisible() and "Opening your workspace" in page.busy_label.text()
    assert not page.import_button.isEnabled() and not page.recipes_button.isEnabled()
    load_demo(service, customers=10)
    page.set_service(service)
    assert page.busy_label.isHidden() and page.import_button.isEnabled()
    assert page.demo_banner.isVisible() and not page.demo_button.isVisible()
    page.close()
