"""Startup: the probe hook the startup benchmark reads, the window shown before it is built, and what importing
the editor may pull in before its first paint. No timings: benchmarks are run by hand (`make bench`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QMainWindow

from journeymap.app.settings import AppSettings
from journeymap.app.window import startup_probe
from journeymap.cli import COMMANDS, build_parser
from tests.helpers.app import MessageBoxes, close_quietly, quiet_editor_start

ROOT = Path(__file__).resolve().parent.parent


def marks(path: Path) -> dict[str, float]:
    text = path.read_text("ascii") if path.exists() else ""
    return {key: float(value) for key, value in (line.split() for line in text.splitlines())}


def test_the_probe_writes_the_first_paint_once(qtbot, tmp_path):
    probe = tmp_path / "probe.txt"
    window = QMainWindow()
    qtbot.addWidget(window)
    assert startup_probe.install(window, {startup_probe.ENV: str(probe)})
    before = time.time()
    window.show()
    qtbot.waitUntil(lambda: "shown" in marks(probe))
    assert marks(probe)["shown"] >= before
    window.update()
    window.repaint()
    qtbot.wait(50)
    assert probe.read_text("ascii").count("shown") == 1


def test_without_the_variable_the_probe_does_nothing(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not startup_probe.install(window, {})
    window.show()
    qtbot.wait(50)
    assert not list(tmp_path.iterdir())


def test_after_first_paint_runs_once_after_painting(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    calls = []
    startup_probe.after_first_paint(window, lambda: calls.append(window.isVisible()), fallback_ms=None)
    qtbot.wait(20)
    assert calls == []  # not shown, not painted
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.repaint()
    qtbot.wait(50)
    assert calls == [True]


def test_after_first_paint_falls_back_to_a_timer(qtbot):
    window = QMainWindow()  # never shown: never painted
    qtbot.addWidget(window)
    calls = []
    startup_probe.after_first_paint(window, lambda: calls.append(1), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == [1])


def test_run_editor_shows_the_frame_first_then_builds_and_probes(qtbot, tmp_path, monkeypatch):
    from journeymap.app import main

    probe = quiet_editor_start(monkeypatch, tmp_path)
    assert main.run_editor(None) == 0
    window = main._windows[-1]
    assert window.isVisible() and not window.built  # the frame: menus, toolbar, status bar
    assert window.commands.file_menu.actions() and not hasattr(window, "document")
    qtbot.waitUntil(lambda: window.built and "ready" in marks(probe))
    found = marks(probe)
    assert found["shown"] <= found["ready"]
    assert window.document.project is not None and window.view.isVisible() and window.findings.isVisible()
    close_quietly(window)


def test_a_window_built_later_can_be_closed_before(qtbot, tmp_path):
    from journeymap.app.window.main_window import MainWindow

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, autosave_folder=tmp_path / "autosave", deferred=True)
    opened = []
    window.when_built(lambda: opened.append(window.document))
    assert opened == [] and window.close()
    window.build()
    assert opened == [window.document] and window.document.project is not None
    close_quietly(window)


def _fresh_python(code: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("JOURNEYMAP_")}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False, env={**environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_importing_the_editor_stays_light():
    """What the window's frame needs before its first paint must not pull in the model (pydantic), the
    analysis (networkx) or the PDF export (reportlab): `MainWindow.build` imports those after the first paint."""
    heavy = ["pydantic", "networkx", "reportlab", "journeymap.model", "journeymap.fileformat",
             "journeymap.canvas.scene", "journeymap.catalogue", "journeymap.analysis", "importlib.metadata"]
    code = ("import sys, journeymap.cli, journeymap.app.main; "
            f"print(' '.join(m for m in {heavy!r} if m in sys.modules))")
    result = _fresh_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_editor_starts_without_building_the_command_parser():
    code = ("import sys, journeymap.cli as c; c._open_editor = lambda argv: print(sorted(m for m in sys.modules "
            "if m.startswith('journeymap.'))) or 0; c.main([])")
    result = _fresh_python(code)
    assert result.returncode == 0, result.stderr
    assert "journeymap.cli.journey" not in result.stdout and "journeymap.export" not in result.stdout


def test_the_command_names_are_known_without_the_parser():
    parser = build_parser()
    assert set(parser._subparsers._group_actions[0].choices) == COMMANDS  # type: ignore[union-attr]


@pytest.mark.skipif(sys.platform == "win32", reason="the probe run ends the program with terminate()")
def test_a_real_start_writes_the_probe(tmp_path):
    probe = tmp_path / "probe.txt"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", JOURNEYMAP_STARTUP_PROBE=str(probe),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    process = subprocess.Popen([sys.executable, "-m", "journeymap"], cwd=tmp_path, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while "ready" not in marks(probe) and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        assert {"shown", "ready"} <= marks(probe).keys(), process.stderr.read() if process.poll() else ""
    finally:
        process.terminate()
        process.wait(10)


def test_a_file_opened_from_the_system_waits_for_the_window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QFileOpenEvent

    from journeymap.app import main
    from journeymap.fileformat import save
    from tests.conftest import make_sample

    MessageBoxes(monkeypatch)
    path = tmp_path / "finder.journey"
    save(make_sample(), path)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = main.new_window(settings, deferred=True)
    assert main.open_from_system(QFileOpenEvent(str(path)))  # arrives before the window is built
    window.autosave_folder = tmp_path / "autosave"
    window.build()
    assert window.document.path == path
    assert not main.open_from_system(QEvent(QEvent.Type.User))
    close_quietly(window)
