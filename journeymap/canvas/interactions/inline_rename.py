"""Renaming a card in place (F2): a line editor over the card's label. Enter (or clicking away) commits one
rename (`MapEdits.rename`); Esc cancels. An empty or unchanged text changes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from journeymap.canvas.items.card import LABEL_WIDTH, LABEL_X
from journeymap.canvas.style import fonts
from journeymap.layout import theme as t

if TYPE_CHECKING:
    from journeymap.canvas.items.card import CardItem
    from journeymap.canvas.view import JourneyView


class InlineRename(QObject):
    """An editor for one card's label, living on the view's viewport until committed or cancelled."""

    def __init__(self, view: JourneyView, card: CardItem) -> None:
        super().__init__(view)
        self.view = view
        self.tid = card.tid
        self._done = False
        self.editor = QLineEdit(view.viewport())
        self.editor.setObjectName("inlineRename")
        self.editor.setText(card.touchpoint.label)
        self.editor.setMaxLength(10_000)
        zoom = view.zoom()
        font = QFont(fonts().label)
        font.setPixelSize(max(9, round(t.LABEL_SIZE * zoom)))
        self.editor.setFont(font)
        rect = QRectF(card.pos().x() + LABEL_X - 4, card.pos().y() + 6, LABEL_WIDTH + 12, 28)
        self.editor.setGeometry(view.mapFromScene(rect).boundingRect())
        self.editor.installEventFilter(self)
        self.editor.returnPressed.connect(self.commit)
        self.editor.editingFinished.connect(self.commit)
        self.editor.show()
        self.editor.selectAll()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def active(self) -> bool:
        return not self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
                self.cancel()
                return True
        return super().eventFilter(watched, event)

    def commit(self) -> None:
        """Push the new label (if it is a real change) and close the editor."""
        if self._done:
            return
        self._done = True
        self.view.edits.rename(self.tid, self.editor.text())
        self._close()

    def cancel(self) -> None:
        """Close the editor without changing anything."""
        if self._done:
            return
        self._done = True
        self._close()

    def _close(self) -> None:
        self.editor.removeEventFilter(self)
        self.editor.hide()
        self.editor.deleteLater()
        self.view.rename_closed(self)
