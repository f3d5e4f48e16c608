"""Importing from the studio: the same import as the command line, in the background."""

from __future__ import annotations

from pathlib import Path

from studio.import_dialog import ImportDialog

DATA = Path(__file__).resolve().parents[1] / "runtime" / "data"


def test_import_runs_in_the_background_and_lists_rejected_rows(qtbot, service):
    dialog = ImportDialog(service)
    qtbot.addWidget(dialog)
    dialog.paths["customers"].setText(str(sorted(DATA.glob("*customers*.csv"))[0]))
    dialog.paths["orders"].setText(str(sorted(DATA.glob("*orders*.csv"))[0]))
    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        dialog.start()
    report = blocker.args[0]
    assert report["orders"]["created"] > 0
    assert "Orders:" in dialog.summary.text()
    rejected = sum(len(report[s]["rejected"]) for s in ("customers", "orders"))
    assert dialog.rejected.rowCount() == rejected
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_a_file_that_is_not_an_export_is_explained(qtbot, service, tmp_path):
    bogus = tmp_path / "notes.csv"
    bogus.write_text("hello,world\n1,2\n", encoding="utf-8")
    dialog = ImportDialog(service)
    qtbot.addWidget(dialog)
    dialog.paths["orders"].setText(str(bogus))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Nothing was imported"),
                    timeout=20000)
    assert "notes.csv" in dialog.summary.text()
