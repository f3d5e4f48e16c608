"""The studio's menus and toolbar: every command as a QAction with its platform shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from studio.icons import icon

if TYPE_CHECKING:
    from studio.main_window import MainWindow

Std = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class StudioActions:
    """Builds and owns the window's actions; the window decides what they do."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        a = self._action
        self.new = a(tr("&New flow"), "new", w.files.new, Std.New)
        self.open = a(tr("&Open…"), "open", w.files.open_dialog, Std.Open)
        self.save = a(tr("&Save"), "save", w.files.save, Std.Save)
        self.save_as = a(tr("Save &as file…"), None, w.files.save_as, Std.SaveAs)
        self.import_recipe = a(tr("Start from a &recipe…"), "recipe", w.show_recipes)
        self.import_data = a(tr("&Import store data…"), "import", w.show_import)
        self.shop_settings = a(tr("S&hop settings…"), None, w.show_shop_settings)
        self.quit = a(tr("&Quit"), None, w.close, Std.Quit)
        self.undo = a(tr("&Undo"), "undo", w.undo, Std.Undo)
        self.redo = a(tr("&Redo"), "redo", w.redo, Std.Redo)
        self.cut = a(tr("Cu&t"), "cut", w.cut, Std.Cut)
        self.copy = a(tr("&Copy"), "copy", w.copy, Std.Copy)
        self.paste = a(tr("&Paste"), "paste", w.paste, Std.Paste)
        self.duplicate = a(tr("D&uplicate"), "duplicate", w.duplicate, "Ctrl+D")
        self.delete = a(tr("&Delete"), "delete", w.delete_selection, Std.Delete)
        self.select_all = a(tr("Select &all"), None, w.select_all, Std.SelectAll)
        self.zoom_in = a(tr("Zoom &in"), "zoom-in", w.zoom_in, Std.ZoomIn)
        self.zoom_out = a(tr("Zoom &out"), "zoom-out", w.zoom_out, Std.ZoomOut)
        self.zoom_fit = a(tr("&Fit to window"), "zoom-fit", w.zoom_fit, "Ctrl+9")
        self.zoom_reset = a(tr("Actual &size"), "zoom-reset", w.zoom_reset, "Ctrl+0")
        self.layout = a(tr("&Tidy up (auto-layout)"), "layout", w.auto_layout, "Ctrl+L")
        self.validate = a(tr("&Check flow"), "validate", w.validate, "F7")
        self.backtest = a(tr("&Backtest…"), "backtest", w.show_backtest, "F5")
        self.flow_settings = a(tr("Flow &settings…"), None, w.show_flow_settings)
        self.flow_settings.setToolTip(tr("Who can enter this flow, the goals that end a run "
                                         "early, and what happens when you switch it on"))
        self.activate = a(tr("Switch &on"), "activate", lambda: None)
        self.pause = a(tr("&Pause"), "pause", lambda: None)
        # Running flows live comes with the tray runtime; until then say so instead of hiding.
        for action in (self.activate, self.pause):
            action.setEnabled(False)
            action.setToolTip(tr("Running flows for real comes in the next version of "
                                 "Boomerang. Until then, backtest a flow to see what it "
                                 "would have done."))
        self._menus()
        self._toolbar()

    def _action(self, text: str, icon_name: str | None, slot: Callable, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _menus(self) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu(tr("&File"))
        for action in (self.new, self.open):
            file.addAction(action)
        self.recent_menu = file.addMenu(tr("Open &recent"))
        file.addSeparator()
        for action in (self.save, self.save_as):
            file.addAction(action)
        file.addSeparator()
        for action in (self.import_recipe, self.import_data, self.shop_settings):
            file.addAction(action)
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu(tr("&Edit"))
        for action in (self.undo, self.redo, None, self.cut, self.copy, self.paste,
                       self.duplicate, self.delete, None, self.select_all):
            edit.addSeparator() if action is None else edit.addAction(action)
        view = bar.addMenu(tr("&View"))
        for action in (self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_reset, None,
                       self.layout):
            view.addSeparator() if action is None else view.addAction(action)
        self.view_menu = view
        flow = bar.addMenu(tr("F&low"))
        for action in (self.validate, self.backtest, self.flow_settings, None, self.activate,
                       self.pause):
            flow.addSeparator() if action is None else flow.addAction(action)

    def _toolbar(self) -> None:
        tools = self.window.addToolBar(tr("Main"))
        tools.setObjectName("main-toolbar")
        for action in (self.new, self.open, self.save, None, self.undo, self.redo, None,
                       self.zoom_in, self.zoom_out, self.zoom_fit, self.layout, None,
                       self.validate, self.backtest, self.activate):
            tools.addSeparator() if action is None else tools.addAction(action)
