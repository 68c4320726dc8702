"""End to end under a real X server: drag a palette entry onto the canvas with the mouse.

Offscreen, `QDrag.exec()` returns at once, so this one test runs a real X server (Xvfb) and the editor in a
subprocess with `QT_QPA_PLATFORM=xcb` (the offscreen suite is unaffected). While `QDrag.exec()` runs its nested
event loop, a QTimer moves the mouse over the canvas and releases it (ecosystem notes §2.3). Skipped when Xvfb
or Qt's xcb plugin is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r'''
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QPointF, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
QStandardPaths.setTestModeEnabled(True)
from journeymap.app import i18n
from journeymap.app.catalogue_dock import ENTRY_ID_ROLE
from journeymap.app.settings import AppSettings
from journeymap.app.window import MainWindow

tmp = Path(sys.argv[1])
i18n.install("en")
window = MainWindow(AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)),
                    autosave_folder=tmp / "autosave")
window.resize(1280, 800)
window.show()
QTest.qWaitForWindowExposed(window)
window.view.zoom_reset()
QTest.qWait(200)
result = {"platform": QApplication.platformName()}

palette = window.catalogue_dock.list
proxy = window.catalogue_dock.proxy
row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ENTRY_ID_ROLE) == "website")
palette.scrollTo(proxy.index(row, 0))
start = palette.visualRect(proxy.index(row, 0)).center()
view = window.view
lane = window.document.project.phase_model.ids().index("interest")
spot = QPointF(lane * 260 + 130, 200)
view.centerOn(spot)
target = view.mapFromScene(spot)

def finish_drag():
    for step in range(1, 6):  # a few moves so the drag manager sees the canvas under the cursor
        QTest.mouseMove(view.viewport(), target - QPoint(6 - step, 0))
        QTest.qWait(30)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)

QTimer.singleShot(300, finish_drag)
QTimer.singleShot(8000, lambda: QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton))  # never hang
QTest.mousePress(palette.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
distance = QApplication.startDragDistance() + 10
QTest.mouseMove(palette.viewport(), start + QPoint(distance, 0))
QTest.mouseMove(palette.viewport(), start + QPoint(distance * 2, 0))  # starts the QDrag (nested loop)
QTest.qWait(300)
result["touchpoints"] = [(t.catalogue_id, t.phase) for t in window.document.project.touchpoints]
result["selected"] = window.scene.selected_touchpoint_ids()
result["undo"] = window.document.undo_stack.undoText()
print("RESULT " + json.dumps(result))
window.document.undo_stack.setClean()
window.close()
'''


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    pytest.skip("no free X display number")


@pytest.mark.xvfb
def test_drag_a_palette_entry_onto_the_canvas_with_the_mouse(tmp_path):
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    display = _free_display()
    server = subprocess.Popen([xvfb, f":{display}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            if server.poll() is not None:
                pytest.skip("Xvfb did not start")
            time.sleep(0.05)
        script = tmp_path / "drag.py"
        script.write_text(SCRIPT, "utf-8")
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
        env.pop("WAYLAND_DISPLAY", None)
        run = subprocess.run([sys.executable, str(script), str(tmp_path)], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    finally:
        server.terminate()
        server.wait(timeout=10)
    if "could not load the Qt platform plugin" in run.stderr.lower():
        pytest.skip("Qt's xcb platform plugin cannot load here: " + run.stderr.strip().splitlines()[-1])
    lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT ")]
    assert run.returncode == 0 and lines, run.stderr[-3000:]
    result = json.loads(lines[-1][len("RESULT "):])
    assert result["platform"] == "xcb"
    assert result["touchpoints"] == [["website", "interest"]]
    assert len(result["selected"]) == 1
    assert result["undo"]
