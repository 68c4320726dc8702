"""Edit commands of a main window: cut, copy, paste, delete, select all.

When a text field has the focus, the menu commands act on its text (keyboard shortcuts reach text fields
first anyway); otherwise they act on the map's selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from journeymap.app.edit.clipboard import can_paste, copy_items, paste_command
from journeymap.app.reasons import bare_reason
from journeymap.commands import RemoveItems
from journeymap.fileformat import JourneyFileError

if TYPE_CHECKING:
    from journeymap.canvas import JourneyScene
    from journeymap.document import Document

TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
TextWidget = QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox


class EditController(QObject):
    """Runs the Edit menu of one editor window (`parent`: text fields inside it take the commands first) on the
    document and canvas the window shows (given at first, then `set_document`)."""

    def __init__(self, parent: QWidget, document: Document, scene: JourneyScene) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.document = document
        self.scene = scene

    def set_document(self, document: Document, scene: JourneyScene) -> None:
        self.document, self.scene = document, scene

    def _text_focus(self) -> TextWidget | None:
        widget = QApplication.focusWidget()
        if isinstance(widget, TEXT_WIDGETS) and self.parent_widget.isAncestorOf(widget):
            return widget
        return None

    def can_paste(self) -> bool:
        return can_paste(QGuiApplication.clipboard().mimeData())

    def copy(self) -> bool:
        text = self._text_focus()
        if text is not None:
            if hasattr(text, "copy"):
                text.copy()
            return False
        mime = copy_items(self.document.project, self.scene.selected_touchpoint_ids())
        if mime is None:
            return False
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        text = self._text_focus()
        if text is not None:
            if hasattr(text, "cut"):
                text.cut()
            return
        tids = self.scene.selected_touchpoint_ids()
        if tids and self.copy():
            command = RemoveItems(self.document.project, tids)
            command.setText(self.tr("Cut %n touchpoint(s)", "", len(tids)))
            self.document.push(command)

    def paste(self) -> list[str]:
        """Paste touchpoints (and their links) with new ids as one step; returns the new touchpoint ids."""
        text = self._text_focus()
        if text is not None:
            if hasattr(text, "paste"):
                text.paste()
            return []
        scene = self.scene
        try:
            command = paste_command(self.document.project, QGuiApplication.clipboard().mimeData(),
                                    scene.current_phase())
        except JourneyFileError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Cannot paste"),
                                self.tr("The clipboard does not hold touchpoints journeymap can use.")
                                + "\n\n" + bare_reason(exc))
            return []
        if command is None:
            return []
        command.setText(self.tr("Paste %n touchpoint(s)", "", len(command.touchpoints)))
        if not self.document.push(command):
            return []
        ids = [tp.id for tp in command.touchpoints]
        scene.select_ids(ids + [link.id for link in command.links])
        return ids

    def delete(self) -> None:
        text = self._text_focus()
        if text is not None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(text, QKeyEvent(kind, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier))
            return
        self.scene.delete_selection()

    def select_all(self) -> None:
        text = self._text_focus()
        if text is not None:
            text.selectAll()
            return
        self.scene.select_all()
