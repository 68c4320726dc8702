"""Render the editor on a journey to a PNG (for the README): `python -m journeymap.app.screenshot IN OUT`.

Run it under a real or virtual X server (`make screenshot` uses Xvfb). Settings and autosaves go to a temporary
folder, so the user's own settings are never touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.app import i18n
from journeymap.app.main import configure
from journeymap.app.settings import AppSettings
from journeymap.app.window.main_window import MainWindow


def render(journey: Path | None, out: Path, lang: str = "de", size: tuple[int, int] = (1600, 1000),
           select: str | None = None) -> Path:
    """Open `journey` in a window of `size`, select a touchpoint, and save the window as PNG to `out`."""
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0]])
    configure(app)
    i18n.install(lang)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, autosave_folder=Path(tmp) / "autosave")
        window.resize(*size)
        window.show()
        QTest.qWaitForWindowExposed(window)
        if journey is not None and not window.files.open_path(journey):
            raise SystemExit(f"error: {journey}: cannot be opened")
        QTest.qWait(400)
        window.view.fit_all()
        project = window.document.project
        chosen = select or next((t.id for t in project.journey_order() if t.kpis and t.emotion is not None),
                                project.touchpoints[0].id if project.touchpoints else None)
        if chosen:
            window.scene.select_ids([chosen])
        window.findings.update_now()
        QTest.qWait(400)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise SystemExit(f"error: {out}: cannot be written")
        window.document.undo_stack.setClean()
        window.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m journeymap.app.screenshot", description=__doc__)
    parser.add_argument("journey", type=Path, nargs="?")
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--size", default="1600x1000", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--select", help="id of the touchpoint to select (default: one with a KPI)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    print(render(args.journey, args.out, args.lang, (width, height), args.select))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
