"""Catalogue entries dragged onto the service blueprint (`BlueprintView` hands its drag events here).

The phase under the pointer lights up — all its columns, a gap too — and a drop reports (entry id, phase id) through
the view's `entry_dropped`; the owner adds the entry to that phase. A drag held at the left or right edge for
`EDGE_DWELL_S` scrolls the blueprint along; passing over an edge on the way in does not (the real pointer enters over
the left edge when it comes from the catalogue).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QPainter, QPen

from journeymap.canvas.mime import entry_id_from
from journeymap.layout import theme as t

if TYPE_CHECKING:
    from journeymap.app.blueprint.view import BlueprintView

EDGE = 40  # px: a drag held this close to the left or right edge …
EDGE_DWELL_S = 0.4  # … this long scrolls the blueprint along


class CatalogueDrops(QObject):
    """The drop state of one blueprint view: the phase lit, where the pointer is, the edge it waits at."""

    def __init__(self, view: BlueprintView) -> None:
        super().__init__(view)
        self.view = view
        self.phase: int | None = None  # the phase (index) a drag is over
        self._x = 0  # where it is (viewport x)
        self._edge, self._edge_since = 0, 0.0  # the edge it is at (-1 left, 1 right, 0 none), since when
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._edge_scroll)

    def phase_at(self, x: int) -> int | None:
        """The phase (index) of the column at viewport `x` (right of the last column: the last column's)."""
        view, columns = self.view, self.view.blueprint_model().columns
        if not columns:
            return None
        column = view.columnAt(x)
        if column < 0:
            column = 0 if x < view.columnViewportPosition(0) else len(columns) - 1
        return columns[column].phase_index

    def over(self, event: QDragMoveEvent) -> bool:
        """A drag entered or moved: light up its phase; False when it carries no catalogue entry."""
        if entry_id_from(event.mimeData()) is None:
            return False
        x = self._x = event.position().toPoint().x()
        self._light(self.phase_at(x))
        edge = -1 if x < EDGE else 1 if x > self.view.viewport().width() - EDGE else 0
        if edge != self._edge:
            self._edge, self._edge_since = edge, time.monotonic()
            if edge:
                self._timer.start()
            else:
                self._timer.stop()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def leave(self) -> None:
        self._light(None)

    def drop(self, event: QDropEvent) -> tuple[str, str] | None:
        """(entry id, phase id) of a drop, or None when it carries no catalogue entry."""
        entry = entry_id_from(event.mimeData())
        phase = self.phase_at(event.position().toPoint().x())
        self._light(None)
        if entry is None or phase is None:
            return None
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return entry, self.view.blueprint_model().document.project.phase_model.phases[phase].id

    def _light(self, phase: int | None) -> None:
        if phase is None:
            self._edge = 0
            self._timer.stop()
        if phase != self.phase:
            self.phase = phase
            self.view.viewport().update()

    def _edge_scroll(self) -> None:
        """While a drag stays at an edge: scroll that way, and light up the phase now under it."""
        if not self._edge or time.monotonic() - self._edge_since < EDGE_DWELL_S:
            return
        bar = self.view.horizontalScrollBar()
        bar.setValue(bar.value() + self._edge * bar.singleStep() * 3)
        self._light(self.phase_at(self._x))

    def rect(self) -> QRect | None:
        """Where the phase a drag is over shows (viewport coordinates), or None."""
        view = self.view
        rows = view.model().rowCount()
        columns = [c for c, col in enumerate(view.blueprint_model().columns) if col.phase_index == self.phase]
        if not columns or not rows:
            return None
        left = view.columnViewportPosition(columns[0])
        right = view.columnViewportPosition(columns[-1]) + view.columnWidth(columns[-1])
        top, bottom = view.rowViewportPosition(0), view.rowViewportPosition(rows - 1) + view.rowHeight(rows - 1)
        return QRect(left, top, right - left, bottom - top)

    def paint(self) -> None:
        """The lit phase over the view's cells, as a lane lights up on the map: a tint and an outline."""
        rect = self.rect()
        if rect is None or self.phase is None:
            return
        phase = self.view.blueprint_model().document.project.phase_model.phases[self.phase]
        colour = QColor(t.phase_colour(phase.id, self.phase))
        fill = QColor(colour)
        fill.setAlphaF(0.10)
        painter = QPainter(self.view.viewport())
        painter.fillRect(rect, fill)
        painter.setPen(QPen(colour, 3))
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()
