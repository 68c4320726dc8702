"""A real X display for end-to-end tests: Xvfb on a free display number, and a `Hand` that moves the pointer and
presses keys through the XTEST extension (python-xlib), so the X server itself makes the events."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


class Hand:
    """The pointer and keyboard of an X display, driven through XTEST: the server makes the events."""

    def __init__(self, display_name: str) -> None:
        from Xlib import XK, X, display
        from Xlib.ext import xtest

        self.X, self.XK, self.xtest = X, XK, xtest
        self.display = display.Display(display_name)
        if not self.display.has_extension("XTEST"):
            pytest.skip("the X server has no XTEST extension")

    def _sync(self, pause: float = 0.012) -> None:
        self.display.sync()
        time.sleep(pause)

    def move(self, x: float, y: float) -> None:
        self.xtest.fake_input(self.display, self.X.MotionNotify, x=round(x), y=round(y))
        self._sync()

    def glide(self, start: list[float], end: list[float], steps: int) -> None:
        for i in range(1, steps + 1):
            self.move(start[0] + (end[0] - start[0]) * i / steps, start[1] + (end[1] - start[1]) * i / steps)

    def button(self, down: bool) -> None:
        self.xtest.fake_input(self.display, self.X.ButtonPress if down else self.X.ButtonRelease, 1)
        self._sync(0.05)

    def chord(self, *names: str) -> None:
        codes = [self.display.keysym_to_keycode(self.XK.string_to_keysym(name)) for name in names]
        for code in codes:
            self.xtest.fake_input(self.display, self.X.KeyPress, code)
        for code in reversed(codes):
            self.xtest.fake_input(self.display, self.X.KeyRelease, code)
        self._sync(0.05)

    def click(self, x: float, y: float) -> None:
        self.move(x, y)
        time.sleep(0.1)
        self.button(True)
        self.button(False)
        time.sleep(0.1)

    def pull(self, start: list[float], end: list[float], steps: int = 30) -> None:
        """Press at `start`, move to `end` in steps, release there (a drag inside one widget)."""
        self.move(*start)
        time.sleep(0.2)
        self.button(True)
        self.glide(start, end, steps)
        time.sleep(0.2)
        self.button(False)
        time.sleep(0.1)

    def type_text(self, text: str) -> None:
        """Type `text` (letters, digits, spaces, hyphens) key by key; capitals with Shift."""
        for char in text:
            name = {" ": "space", "-": "minus"}.get(char, char)
            if char.isupper():
                self.chord("Shift_L", name.lower())
            else:
                self.chord(name)

    def drag(self, start: list[float], margin: list[float], end: list[float]) -> None:
        """Press on the palette entry, pull it out, go along to the canvas's margin, then into the lane."""
        self.move(*start)
        time.sleep(0.1)
        self.button(True)
        self.glide(start, [start[0] + 24, start[1]], 6)  # past the drag distance: the drag starts
        time.sleep(0.3)
        self.glide([start[0] + 24, start[1]], margin, 30)  # over the dock's edge into the grey margin
        time.sleep(0.15)
        self.glide(margin, end, 30)
        time.sleep(0.2)
        self.move(end[0] + 1, end[1])
        time.sleep(0.1)
        self.button(False)
        self.display.close()


def start_xvfb(screen: tuple[int, int] = (1366, 768)) -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb on a free display number, as `xvfb-run -a` finds one: the server takes the number's lock file
    itself and stops at once when another server holds it; then the next number is tried."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    first = 100 + os.getpid() % 300
    for number in range(first, first + 40):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", f"{screen[0]}x{screen[1]}x24",
                                   "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if _answers(f":{number}", server):
            return server, f":{number}"
        server.terminate()
        server.wait(timeout=10)
    pytest.skip("Xvfb did not start")


def _answers(display_name: str, server: subprocess.Popen[bytes], seconds: float = 10.0) -> bool:
    """Wait until the X server takes connections; False when it stopped (its display was taken) or never did."""
    from Xlib import display
    from Xlib.error import DisplayError

    end = time.monotonic() + seconds
    while time.monotonic() < end and server.poll() is None:
        try:
            display.Display(display_name).close()
            return server.poll() is None
        except (DisplayError, OSError):
            time.sleep(0.05)
    return False


def next_line(run: subprocess.Popen[str], steps: tuple[str, ...], timeout: float = 60.0) -> str:
    """The next line of `run`'s output that starts with one of `steps` ("" when it ended or fell silent)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([run.stdout], [], [], 0.5)
        if ready:
            line = run.stdout.readline()
            if not line:
                return ""
            if line.startswith(steps):
                return line.strip()
        elif run.poll() is not None:
            return ""
    return ""


ROOT = Path(__file__).resolve().parents[2]

# The start of every editor script: the German editor in a 1366×768 window at the screen's corner, settings and
# autosaves in the test's folder (argv[1]), shown, exposed and active. `window`, `tmp`, `QTest`, `time`, `wait` and
# `tell` are there.
EDITOR = r'''
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
QStandardPaths.setTestModeEnabled(True)
from journeymap.app import i18n
from journeymap.app.settings import AppSettings
from journeymap.app.window.main_window import MainWindow

tmp = Path(sys.argv[1])
i18n.install("de")
window = MainWindow(AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)),
                    autosave_folder=tmp / "autosave")
window.move(0, 0)
window.resize(1366, 768)
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()


def wait(condition, seconds=15.0):
    """Let the editor run until `condition()` holds or `seconds` have passed; whether it holds."""
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QTest.qWait(30)
    return condition()


def tell(step, **data):
    """A line for the test: the step's name and its data as JSON."""
    print(step + " " + json.dumps(data), flush=True)
'''


@contextmanager
def editor_on_xvfb(tmp_path: Path, script: str, *args: str, screen: tuple[int, int] = (1366, 768),
                   stdin: bool = False) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Run `script` (an editor script, see `EDITOR`) with the arguments `tmp_path` and `args` on a fresh Xvfb;
    yields the process and the display name. Afterwards the editor and the server are ended, and the test is
    skipped when Qt's xcb plugin could not load."""
    pytest.importorskip("Xlib", reason="python-xlib is not installed (pip install '.[test]')")
    server, display = start_xvfb(screen)
    path = tmp_path / "editor.py"
    path.write_text(script, "utf-8")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.Popen([sys.executable, str(path), str(tmp_path), *args], cwd=ROOT, env=env, text=True,
                           stdin=subprocess.PIPE if stdin else None, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        yield run, display
    finally:
        if run.poll() is None:
            run.kill()
        server.terminate()
        server.wait(timeout=10)
    if "could not load the qt platform plugin" in errors(run).lower():
        pytest.skip("Qt's xcb platform plugin cannot load here: " + errors(run).strip()[-2000:])


def errors(run: subprocess.Popen[str]) -> str:
    """What the editor wrote to stderr (read once, kept)."""
    if not hasattr(run, "errors_read"):
        run.errors_read = run.stderr.read() if run.stderr else ""  # type: ignore[attr-defined]
    return run.errors_read  # type: ignore[attr-defined]
