"""The windows and dialogs the main window opens: backtest, recipes, import, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from studio.file_controller import fresh_copy


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowDialogs:
    """Part of MainWindow (a mixin): each method opens one window over the open flow."""

    def show_backtest(self) -> None:
        if self.doc is None:
            return
        self.commit_pending_edits()
        from studio.backtest_dialog import BacktestDialog

        dialog = BacktestDialog(self.service, self.doc.flow, self)
        dialog.badges.connect(self._show_badges)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _show_badges(self, counts: dict) -> None:
        """Backtest counts on the cards, until the flow is next edited (then they are stale)."""
        if self.scene is None or self.doc is None:
            return
        self.scene.set_badges(counts)
        stack = self.doc.undo_stack

        def clear() -> None:
            stack.indexChanged.disconnect(clear)
            if self.scene is not None:
                self.scene.set_badges(None)

        stack.indexChanged.connect(clear)

    def show_recipes(self) -> None:
        from studio.recipe_gallery import RecipeGallery

        gallery = RecipeGallery(parent=self)
        gallery.setWindowFlag(Qt.WindowType.Window)
        gallery.recipeChosen.connect(self.use_recipe)
        gallery.recipeChosen.connect(gallery.close)
        gallery.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        gallery.show()

    def use_recipe(self, path: Path) -> None:
        from runtime.flowfile import load_flow

        if self.confirm_discard():
            self.set_flow(fresh_copy(load_flow(path)), modified=True)

    def show_shop_settings(self) -> bool:
        from studio.shop_settings import ShopSettingsDialog

        dialog = ShopSettingsDialog(self.workspace, self)
        accepted = dialog.exec() == ShopSettingsDialog.DialogCode.Accepted
        if accepted:
            self.properties.set_shop_name(str(self.workspace.settings()["shop_name"]))
        dialog.deleteLater()
        return accepted

    def show_flow_settings(self):
        """Opens the open flow's settings over the window; OK stores them as one undo step.
        Returns the dialog (None without a flow) so that tests can drive it."""
        if self.doc is None:
            return None
        self.commit_pending_edits()
        from studio.flow_settings import FlowSettingsDialog

        doc = self.doc
        dialog = FlowSettingsDialog(doc.flow, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_flow_settings(doc, dialog.settings()))
        dialog.open()  # window-modal: the flow cannot change underneath it
        return dialog

    def apply_flow_settings(self, doc, settings: dict) -> None:
        from studio.commands import SetSettingsCommand

        if doc is self.doc and settings != doc.flow.settings:
            doc.undo_stack.push(SetSettingsCommand(doc, settings))

    def show_import(self) -> None:
        from studio.import_dialog import ImportDialog

        dialog = ImportDialog(self.service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.flows_panel.refresh)
        dialog.show()
