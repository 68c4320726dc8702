"""Helpers for the canvas tests (no tests here): a document with a scene and a shown view, mouse drags, drops."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from journeymap.canvas import JourneyScene, JourneyView, entry_mime
from journeymap.catalogue import catalogue
from journeymap.document import Document
from journeymap.model import ProjectData


class Canvas:
    """A document, its scene and a shown view at a zoom where the whole sample map fits."""

    def __init__(self, qtbot, tmp_path, data: ProjectData, lang: str = "de", zoom: float = 0.6) -> None:
        self.qtbot = qtbot
        self.doc = Document(data, autosave_folder=tmp_path / "autosave")
        self.project = self.doc.project
        self.stack = self.doc.undo_stack
        self.scene = JourneyScene(self.doc, catalogue(), lang=lang)
        self.view = JourneyView(self.scene)
        self.view.resize(1400, 900)
        qtbot.addWidget(self.view)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.view.set_zoom(zoom)
        self.view.centerOn(self.scene.map_rect().center())
        self.view.setFocus()
        QApplication.processEvents()

    @property
    def viewport(self):
        return self.view.viewport()

    def at(self, scene_point: QPointF) -> QPoint:
        """Viewport coordinates of a scene point."""
        return self.view.mapFromScene(scene_point)

    def centre_of(self, tid: str) -> QPointF:
        return self.scene.card(tid).sceneBoundingRect().center() + QPointF(0, 3)

    def drag(self, start: QPointF, end: QPointF, steps: int = 5, modifiers=Qt.KeyboardModifier.NoModifier,
             button=Qt.MouseButton.LeftButton, release: bool = True) -> None:
        """Press at `start`, move in steps, release at `end` (scene coordinates)."""
        a, b = self.at(start), self.at(end)
        self.qtbot.mousePress(self.viewport, button, modifiers, a)
        for i in range(1, steps + 1):
            p = a + (b - a) * (i / steps)
            self.qtbot.mouseMove(self.viewport, p)
        if release:
            self.qtbot.mouseRelease(self.viewport, button, modifiers, b)
        QApplication.processEvents()

    def click(self, scene_point: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.mouseClick(self.viewport, Qt.MouseButton.LeftButton, modifiers, self.at(scene_point))

    def key(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.view, key, modifiers)
        QApplication.processEvents()

    def drop(self, payload: str | bytes, scene_point: QPointF) -> tuple[QDragEnterEvent, QDragMoveEvent, QDropEvent]:
        """Synthetic drag enter, move and drop of a catalogue payload at a scene point."""
        mime = entry_mime(payload) if isinstance(payload, str) else entry_mime("x")
        if isinstance(payload, bytes):
            mime.setData("application/x-journeymap-touchpoint", payload)
        pos = self.at(scene_point)
        buttons, mods, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
        enter = QDragEnterEvent(pos, action, mime, buttons, mods)
        QApplication.sendEvent(self.viewport, enter)
        move = QDragMoveEvent(pos, action, mime, buttons, mods, QEvent.Type.DragMove)
        QApplication.sendEvent(self.viewport, move)
        drop = QDropEvent(QPointF(pos), action, mime, buttons, mods, QEvent.Type.Drop)
        QApplication.sendEvent(self.viewport, drop)
        QApplication.processEvents()
        return enter, move, drop

    def lane_point(self, phase: str, slot: float) -> QPointF:
        """The centre of a slot in a lane (scene coordinates)."""
        return self.scene.projection.card_position(phase, slot) + QPointF(110, 38)


def ink_rows(image: QImage, box: QRect) -> list[int]:
    """The heights (px) of the runs of rows that hold dark text pixels inside `box`, top to bottom."""
    runs, run = [], 0
    for y in range(max(0, box.top() + 2), min(image.height(), box.bottom() - 1)):
        dark = any(QColor(image.pixel(x, y)).lightness() < 110
                   for x in range(max(0, box.left() + 6), min(image.width(), box.right() - 3)))
        if dark:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    if run:
        runs.append(run)
    return runs or [0]
