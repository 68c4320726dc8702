"""The parts of the editor made on first use, not at startup (issue 13): Compare with… / Merge from… / Save as to-be
(and their differences dock), File ▸ Import… and the exports, and the dialogs of the Journey menu. They must work
from their menus as before, keep this computer's history of versions from the start, name their controls for screen
readers, and leave the saved window layout as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QDialog, QDockWidget, QFileDialog

from journeymap.document import Document
from journeymap.model.lineage import content_hash
from tests.conftest import make_sample
from tests.helpers.app import close_quietly, make_window

ROOT = Path(__file__).resolve().parent.parent


def saved_journey(tmp_path: Path, name: str = "start.journey") -> Path:
    """A journey saved as the editor saves it (it gets a journey id, so versions of it are remembered)."""
    path = tmp_path / name
    document = Document(make_sample(), autosave_folder=tmp_path / "autosave")
    document.save(path)
    document.close()
    return path


def versions(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "history").glob("*/*.journey"))


def test_building_the_window_does_not_load_compare_import_or_export():
    """The compare controller brings the change report's texts and with them reportlab; import and export their
    dialogs and picture code: neither is made at startup."""
    code = ("import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
            "from journeymap.app.window.main_window import MainWindow\nw = MainWindow()\n"
            "print(' '.join(m for m in ('reportlab', 'journeymap.export', 'journeymap.app.compare.controller', "
            "'journeymap.app.exchange.controller') if m in sys.modules))")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEYMAP_")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False, env={**environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_compare_from_the_menu_makes_its_dock_on_first_use(window, tmp_path, monkeypatch):
    assert window._compare is None  # not made by the start
    mine = saved_journey(tmp_path)
    other = saved_journey(tmp_path, "other.journey")
    assert window.files.open_file(mine)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.commands.compare_with.trigger()
    dock = window.compare.dock
    assert window._compare is not None and dock.isVisible() and "other.journey" in dock.summary.text()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.inspector in window.tabifiedDockWidgets(dock)  # a tab beside the inspector, as before
    assert dock.objectName() == "differences_dock" and dock.windowTitle()
    buttons = [b for b in dock.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    assert buttons  # merge, close: named for a screen reader as when the dock was made at startup
    for button in buttons:
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface is not None and interface.text(QAccessible.Text.Name).strip(), button.objectName()


def test_versions_are_remembered_before_compare_is_made(window, tmp_path):
    start = saved_journey(tmp_path)
    assert window.files.open_file(start)  # a version read from a file
    assert window._compare is None and len(versions(tmp_path)) == 1
    window.document.project.update_touchpoint("web", label="Website 2.0")
    window.files.save()  # a version saved
    assert window._compare is None and len(versions(tmp_path)) == 2
    made = window.compare  # made now, it finds the versions kept so far (the base of a merge)
    ours = window.document.project.to_data()
    assert made.history.find(ours.lineage.journey, content_hash(ours)) == ours
    assert {p.parent.name for p in versions(tmp_path)} == {ours.lineage.journey}


def test_the_journey_dialogs_open_from_their_menus(window, monkeypatch):
    opened: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "open", fake_exec)  # (the recommender is window-modal)
    for action in (window.commands.properties, window.commands.phases, window.commands.recommend):
        action.trigger()
    assert opened == ["PropertiesDialog", "PhasesDialog", "RecommenderDialog"]


def test_the_saved_layout_comes_back_with_compare_made_or_not(qtbot, tmp_path, boxes, monkeypatch):
    first = make_window(qtbot, tmp_path)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.persona_dock)  # moved by the user
    first.findings.hide()
    _ = first.compare  # made in this session: the saved state knows its dock
    layout = {dock.objectName(): (first.dockWidgetArea(dock), dock.isVisibleTo(first))
              for dock in first.findChildren(QDockWidget)}
    first.close()
    second = make_window(qtbot, tmp_path)
    try:
        assert second._compare is None
        restored = {dock.objectName(): (second.dockWidgetArea(dock), dock.isVisibleTo(second))
                    for dock in second.findChildren(QDockWidget)}
        assert restored == {name: place for name, place in layout.items() if name != "differences_dock"}
        assert restored["persona_dock"] == (Qt.DockWidgetArea.RightDockWidgetArea, True)
        assert restored["findings_dock"][1] is False
        dock = second.compare.dock  # made later: where it was, and hidden until a comparison starts
        assert second.dockWidgetArea(dock) == layout["differences_dock"][0] and not dock.isVisibleTo(second)
    finally:
        close_quietly(second)


def test_an_export_from_the_menu_makes_import_export_on_first_use(window, tmp_path, monkeypatch):
    assert window._import_export is None
    target = tmp_path / "touchpoints.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.open_file(saved_journey(tmp_path))
    window.commands.export_csv.trigger()
    assert window._import_export is not None and window.import_export.document is window.document
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid;")
