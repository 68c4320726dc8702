"""Startup: what the editor does after it is ready. The findings dock's first analysis (which imports networkx) runs
one turn after the canvas has been painted, and always happens: after the paint, by the window's backstop when
there is no paint, and for the journey shown by then. No timings here (`benchmarks/bench_startup.py`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from journeymap.analysis import analyse
from journeymap.app.settings import AppSettings
from journeymap.app.window.main_window import MainWindow
from journeymap.document import Document
from tests.conftest import make_sample, tp
from tests.helpers.app import close_quietly, quiet_editor_start


def marks(path) -> list[str]:
    return [line.split()[0] for line in path.read_text("ascii").splitlines()] if path.exists() else []


def codes(dock) -> list[str]:
    return [f.code for f in dock.findings]


def test_the_findings_follow_the_ready_editor_and_fill_the_dock(qtbot, tmp_path, monkeypatch):
    from journeymap.app import main

    probe = quiet_editor_start(monkeypatch, tmp_path)
    at_build: list[tuple[bool, int, str]] = []
    build = MainWindow.build

    def recording_build(window: MainWindow) -> None:
        build(window)
        dock = window.findings
        at_build.append((dock.started, dock.list.count(), dock.summary.text()))

    monkeypatch.setattr(MainWindow, "build", recording_build)
    assert main.run_editor(None) == 0
    window = main._windows[-1]
    qtbot.waitUntil(lambda: "findings" in marks(probe), timeout=10_000)
    assert at_build == [(False, 0, "")]  # built without analysing: the dock claims nothing yet
    assert marks(probe) == ["shown", "ready", "findings"]  # once each, in this order
    dock = window.findings
    expected = analyse(window.document.project.to_data(), dock.lang).findings
    assert dock.started and not dock.pending()
    assert codes(dock) == [f.code for f in expected] and codes(dock).count("empty_phase") == 6
    assert dock.list.count() == len(expected) and dock.summary.text().startswith(f"{len(expected)} findings")
    close_quietly(window)


def deferred_window(tmp_path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, autosave_folder=tmp_path / "autosave", deferred=True)
    window.build()
    return window


def test_a_window_built_later_analyses_by_its_backstop_without_a_paint(qtbot, tmp_path):
    window = deferred_window(tmp_path)  # never shown: nothing starts the findings but the window's backstop
    dock = window.findings
    assert not dock.started and dock.pending() and dock.findings == []
    qtbot.waitUntil(lambda: dock.started, timeout=5_000)
    assert codes(dock).count("empty_phase") == 6 and dock.list.count() == len(dock.findings)
    assert not dock.pending()
    close_quietly(window)


def test_a_journey_opened_before_the_first_analysis_is_the_one_analysed(qtbot, tmp_path):
    window = deferred_window(tmp_path)
    dock = window.findings
    doc = Document(make_sample(), autosave_folder=window.autosave_folder)
    doc.project.remove_links(["call-shop"])  # "call" becomes a dead end
    window.replace_document(doc)  # as a file given on the command line: opened before the canvas is painted
    assert not dock.started and dock.findings == []  # not analysed inside the opening…
    dock.start()  # …but by the first analysis, of this journey
    assert "dead_end" in codes(dock) and "empty_phase" not in codes(dock)
    shown = list(dock.findings)
    dock.start()  # once only
    assert dock.findings == shown
    close_quietly(window)


def test_an_edit_before_the_first_analysis_brings_it_on(qtbot, tmp_path):
    window = deferred_window(tmp_path)
    dock = window.findings
    window.document.project.add_touchpoint(tp("fair", "attention"))  # an edit while the first analysis waits
    assert dock.pending() and dock.timer.isActive()
    qtbot.waitUntil(lambda: dock.started and not dock.pending(), timeout=900)  # before the 1 s backstop
    assert codes(dock).count("empty_phase") == 5
    close_quietly(window)


def test_the_blueprint_is_made_when_its_tab_is_first_shown(window, qtbot):
    workspace = window.views.workspace
    assert workspace.model is None and workspace.blueprint is None  # the map is shown: no blueprint yet
    assert workspace.count() == 2 and workspace.tabText(1) == "Service blueprint"
    window.commands.blueprint.trigger()
    assert workspace.blueprint_visible() and workspace.currentWidget() is workspace.blueprint
    model = workspace.model
    assert model is not None and [c.is_gap for c in model.columns] == [True] * 6  # the empty journey: six gaps
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    assert workspace.blueprint_visible() and workspace.model.column_of("shop") >= 0  # shown: made at once
    window.commands.blueprint.trigger()  # back to the map
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    assert workspace.model is None and not window.commands.blueprint.isChecked()
