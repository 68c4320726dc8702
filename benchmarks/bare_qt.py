"""The startup baseline: a bare PySide6 program that shows an empty QMainWindow and writes the moment of its first
paint exactly as the editor's startup probe does (`JOURNEYMAP_STARTUP_PROBE=PATH`). Imports nothing of journeymap."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path, self.done = path, False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._write)
        return False

    def _write(self) -> None:
        with open(self.path, "a", encoding="ascii") as out:
            out.write(f"shown {time.time():.6f}\n")


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1600, 1000)
    probe = _FirstPaint(os.environ["JOURNEYMAP_STARTUP_PROBE"]) if os.environ.get("JOURNEYMAP_STARTUP_PROBE") else None
    if probe is not None:
        window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
