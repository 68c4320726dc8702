"""Helpers shared by the editor tests (no tests here): a main window with private settings and autosaves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPointF, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from journeymap.app import i18n
from journeymap.app.exchange.pdf_export import PdfOptions, PdfOptionsDialog
from journeymap.app.settings import AppSettings
from journeymap.app.window.main_window import MainWindow


def make_window(qtbot, tmp_path: Path, lang: str = "en", autosave_ms: int = 60_000, show: bool = True,
                size: tuple[int, int] | None = (1400, 900)) -> MainWindow:
    """A shown main window whose settings and autosaves live in `tmp_path`; English unless told.

    It is not handed to qtbot (whose teardown would close it and could meet a modal question); close it with
    `close_quietly`.
    """
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance()
    app.setOrganizationName("journeymap")
    app.setApplicationName("journeymap")
    i18n.install(lang)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, autosave_folder=tmp_path / "autosave", autosave_ms=autosave_ms)
    if size is not None:
        window.resize(*size)
    if show:
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.view.setFocus()
    return window


class MessageBoxes:
    """Records `QMessageBox` static calls and answers them without showing anything."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Discard) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._fake(kind))

    def _fake(self, kind: str):
        def fake(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.answer if kind in ("warning", "question") else QMessageBox.StandardButton.Ok
        return staticmethod(fake)

    def only_critical_detail(self) -> str:
        """The detail (after the first blank line) of the one critical message box shown."""
        assert self.kinds() == ["critical"]
        _, _title, text = self.calls[0]
        return text.split("\n\n", 1)[1]

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]


def close_quietly(window: MainWindow) -> None:
    """Close without the unsaved-changes question (end of a test) and free the window."""
    files = getattr(window, "files", None)
    if getattr(files, "opening", None) is not None:  # a big file still being read
        files.opening.cancel()
    if window.built:  # (a window still being built has no document yet)
        window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.clipboard().clear()  # the offscreen clipboard crashes at exit while it holds our data
    i18n.uninstall()  # other tests expect Qt's untranslated source texts


def drag_events(pos: QPointF, mime: QMimeData) -> tuple[QDragEnterEvent, QDragMoveEvent, QDropEvent]:
    """Synthetic enter, move and drop events of a copy drag at `pos` (PySide 6.11 and 6.12 constructors)."""
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:
        enter = QDragEnterEvent(pos, copy, mime, left, none)  # 6.12: QPointF (the QPoint form is deprecated)
    except TypeError:
        enter = QDragEnterEvent(pos.toPoint(), copy, mime, left, none)
    try:
        move = QDragMoveEvent(pos, copy, mime, left, none, QEvent.Type.DragMove)
    except TypeError:
        move = QDragMoveEvent(pos.toPoint(), copy, mime, left, none, QEvent.Type.DragMove)
    return enter, move, QDropEvent(pos, copy, mime, left, none)


def accept_options(monkeypatch, options: PdfOptions | None = None) -> list[PdfOptions]:
    """The options dialog is accepted at once (with `options` chosen); records what it started with."""
    seen: list[PdfOptions] = []

    def fake_exec(self):
        seen.append(self.options())
        if options is not None:
            self.set_options(options)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(PdfOptionsDialog, "exec", fake_exec)
    return seen


def quiet_editor_start(monkeypatch, tmp_path: Path) -> Path:
    """`app.main.run_editor` made ready to run in a test: message boxes answered, settings in `tmp_path`, no
    recovery offer, no event loop; returns the startup probe's file."""
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from journeymap.app import main
    from journeymap.app.settings import AppSettings
    from journeymap.app.window import startup_probe

    MessageBoxes(monkeypatch)
    probe = tmp_path / "probe.txt"
    monkeypatch.setenv(startup_probe.ENV, str(probe))
    QStandardPaths.setTestModeEnabled(True)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(main, "AppSettings", lambda: AppSettings(store))
    monkeypatch.setattr(main, "offer_recovery", lambda *a, **k: [])
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    return probe
