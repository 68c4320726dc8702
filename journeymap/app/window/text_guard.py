"""Control characters never get into a text field: typed, pasted or dropped, they are stripped at once.

A journey refuses control characters (`model.hygiene`); the editor removes them before a form reads the text.
Line edits get a validator that hands back the text without them (a line break becomes a space); plain and rich
text edits remove them as soon as they arrive (tab and line breaks stay). Every line or text edit of the
application is guarded the first time it gets the focus, and those of a window when it is built.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from journeymap.model.hygiene import CONTROL, strip_controls

_GUARDED = "journeymap_text_guard"


class ControlFreeValidator(QValidator):
    """Accepts any text, with control characters and line breaks taken out."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if CONTROL.search(text) is None and "\n" not in text and "\r" not in text:
            return QValidator.State.Acceptable, text, pos
        before = strip_controls(text[:pos], multiline=False)
        return QValidator.State.Acceptable, before + strip_controls(text[pos:], multiline=False), len(before)


def _clean_text_edit(edit: QPlainTextEdit | QTextEdit) -> None:
    """Remove control characters from a text edit in place (one step of its own undo)."""
    text = edit.toPlainText()
    if CONTROL.search(text) is None:
        return
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    for match in reversed(list(CONTROL.finditer(text))):
        cursor.setPosition(match.start())
        cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    cursor.endEditBlock()


def guard(widget: QWidget) -> None:
    """Guard one line or text edit (once); other widgets are left alone."""
    if widget.property(_GUARDED):
        return
    if isinstance(widget, QLineEdit):
        if widget.validator() is None:  # a widget with its own validator (numbers) refuses controls already
            widget.setValidator(ControlFreeValidator(widget))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(lambda edit=widget: _clean_text_edit(edit))
    else:
        return
    widget.setProperty(_GUARDED, True)


def guard_all(root: QWidget) -> None:
    """Guard every line and text edit inside `root`."""
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
        for widget in root.findChildren(kind):
            guard(widget)


class _FocusGuard(QObject):
    def on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            guard(new)


_focus_guard: _FocusGuard | None = None


def install(app: QApplication | None = None) -> None:
    """Guard every text field of the application the moment it gets the focus (idempotent)."""
    global _focus_guard
    if app is None:
        running = QApplication.instance()
        app = running if isinstance(running, QApplication) else None
    if app is None or _focus_guard is not None:
        return
    _focus_guard = _FocusGuard(app)
    app.focusChanged.connect(_focus_guard.on_focus)
