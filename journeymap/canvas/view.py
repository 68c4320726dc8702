"""`JourneyView`: the QGraphicsView over a `JourneyScene` — zoom (Ctrl+wheel around the cursor, pinch, buttons),
panning (middle button or Space+drag), rubber-band and Ctrl-click selection, keyboard navigation (Tab and arrows
go from card to card, Alt+arrows move cards: `interactions.keyboard_nav`), F2 rename, and the gestures
(`interactions/`) it delegates mouse and keys to while they run. It speaks for its cards to screen readers
(`canvas.accessibility`)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QStyle, QWidget

from journeymap.canvas.accessibility import CardAnnouncer
from journeymap.canvas.edits import MapEdits
from journeymap.canvas.interactions.base import Interaction
from journeymap.canvas.interactions.card_move import CardMove
from journeymap.canvas.interactions.catalogue_drop import CatalogueDrop
from journeymap.canvas.interactions.inline_rename import InlineRename
from journeymap.canvas.interactions.keyboard_nav import KeyboardNavigation
from journeymap.canvas.interactions.link_drawing import LinkDrawing
from journeymap.canvas.interactions.pan import Pan
from journeymap.canvas.items.card import CardItem
from journeymap.canvas.items.markers import LinkHandle
from journeymap.canvas.scene import MARGIN, JourneyScene


class JourneyView(QGraphicsView):
    """The canvas widget."""

    zoom_changed = Signal(float)
    MIN_ZOOM = 0.05
    MAX_ZOOM = 4.0
    ZOOM_STEP = 1.25
    FIT_MARGIN = 24
    PIXMAP_CACHE_KB = 64 * 1024

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.journey_scene = scene  # PySide: the view does not own its scene; keep it alive
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        # A drag repaints one card and its links: Smart picks a few exact rects for that and falls back to
        # their bounding rect when there are many, instead of computing a huge minimal region.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._interaction: Interaction | None = None
        self._rename: InlineRename | None = None
        self._space = False
        self._drop = CatalogueDrop(self)
        self.keyboard = KeyboardNavigation(self)
        self.announcer = CardAnnouncer(self, scene, self.keyboard.current)
        self._fitted = True  # a new view fits its map (`fit_all`) as soon as it has a size
        self._fitting = False
        scene.sceneRectChanged.connect(self._scene_rect_changed)
        self.zoom_changed.connect(self._follow_zoom)
        # Cards keep a device-coordinate cache in QPixmapCache; Qt's 10 MB default thrashes on a HiDPI screen
        # full of cards, so make room for a few screens' worth.
        if QPixmapCache.cacheLimit() < self.PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(self.PIXMAP_CACHE_KB)

    @property
    def edits(self) -> MapEdits:
        """Where the view's gestures become undo commands (the scene's)."""
        return self.journey_scene.edits

    # ---------------------------------------------------------------- zoom
    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to `zoom` (clamped to 5 %–400 %) keeping the scene point under `anchor` (viewport px; default: the
        middle of the top edge, as the cards sit at the top of their lanes) in place. The lanes stay at least as
        tall as the view."""
        zoom = min(self.MAX_ZOOM, max(self.MIN_ZOOM, zoom))
        if abs(zoom - self.zoom()) < 1e-6:
            return
        self._fitted = False
        if self._rename is not None:
            self._rename.commit()
        anchor = anchor if anchor is not None else QPointF(self.viewport().width() / 2, 0)
        fixed = self.mapToScene(anchor.toPoint())
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self._fill_height(zoom)
        moved = self.mapFromScene(fixed) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self.zoom_changed.emit(zoom)

    def _follow_zoom(self, zoom: float) -> None:
        """Far zoomed out, the scene draws cards and links as an overview (one item, batched); less far, while
        links are hairlines, one item draws the links."""
        set_zoom_drawing = getattr(self.scene(), "set_zoom_drawing", None)
        if set_zoom_drawing is not None:
            set_zoom_drawing(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / self.ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    @property
    def fitted(self) -> bool:
        """True while the view shows the fit of `fit_all` (and follows its own size with it)."""
        return self._fitted

    def fit_all(self) -> None:
        """The first look at every journey, and Ctrl+0: every lane side by side across the view's width, the lanes
        as tall as the view (the map fills it; a map taller than that scrolls down). The view keeps this fit
        while it is resized or the map grows, until the user zooms."""
        self._fitted = True
        self._fit(top=None)

    def _fit(self, top: float | None) -> None:
        """Fit the map's width to the view and stretch the lanes to its height; `top`: the scene y to keep at the
        top of the view (None: the top of the map)."""
        scene = self.journey_scene
        if self._fitting or scene is None:
            return
        self._fitting = True
        try:
            width = scene.map_rect().width() + 2 * MARGIN
            room = self.maximumViewportSize()  # without scroll bars
            if width <= 0 or room.width() <= 0 or room.height() <= 0:
                return
            wide, high = room.width() - 0.25, room.height() - 0.25  # never a scroll bar for a rounding error
            zoom = wide / width
            if (scene.natural_map_height() + MARGIN) * zoom > high:  # taller than the view: room for the bar
                wide -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
                zoom = wide / width
            zoom = min(self.MAX_ZOOM, max(self.MIN_ZOOM, zoom))
            scene.set_min_map_height(high / zoom - MARGIN)
            changed = abs(zoom - self.zoom()) > 1e-6
            self.setTransform(QTransform.fromScale(zoom, zoom))
            bar = self.verticalScrollBar()
            bar.setValue(bar.minimum() if top is None else round(top * zoom))
            if changed:
                self.zoom_changed.emit(zoom)
        finally:
            self._fitting = False

    def _scene_rect_changed(self, *_args) -> None:
        if self._fitted and not self._fitting:  # the map grew or shrank: keep it fitted (a scroll bar may come)
            self._fit(top=self.mapToScene(0, 0).y())

    def _fill_height(self, zoom: float) -> None:
        """Stretch the lanes (if they are shorter) to the height the view shows at `zoom`."""
        room = self.maximumViewportSize()
        high = room.height() - 0.25
        if (self.journey_scene.map_rect().width() + 2 * MARGIN) * zoom > room.width():  # a horizontal scroll bar
            high -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.journey_scene.set_min_map_height(high / zoom - MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self._fit(top=self.mapToScene(0, 0).y())
        else:
            self._fill_height(self.zoom())

    def fit_rect(self, rect: QRectF, max_zoom: float | None = None) -> None:
        """Show `rect` (scene coordinates) as large as fits, not beyond `max_zoom`."""
        if rect.isEmpty():
            return
        room = self.viewport().rect().adjusted(self.FIT_MARGIN, self.FIT_MARGIN, -self.FIT_MARGIN, -self.FIT_MARGIN)
        zoom = min(room.width() / rect.width(), room.height() / rect.height())
        zoom = min(self.MAX_ZOOM if max_zoom is None else max_zoom, max(self.MIN_ZOOM, zoom))
        changed = abs(zoom - self.zoom()) > 1e-6
        self._fitted = False
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self._fill_height(zoom)
        self.centerOn(rect.center())
        if changed:
            self.zoom_changed.emit(zoom)

    def show_ids(self, ids: Iterable[str]) -> None:
        """Select these touchpoints/links and scroll (zooming out if needed) so they are all visible."""
        ids = list(ids)
        self.journey_scene.select_ids(ids)
        rect = QRectF()
        for item_id in ids:
            item = self.journey_scene.card(item_id) or self.journey_scene.link_item(item_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if rect.isNull():
            return
        room = self.viewport().rect()
        zoom = self.zoom()
        if rect.width() * zoom <= room.width() - 2 * self.FIT_MARGIN and \
                rect.height() * zoom <= room.height() - 2 * self.FIT_MARGIN:
            self.ensureVisible(rect, self.FIT_MARGIN, self.FIT_MARGIN)
        else:
            self.fit_rect(rect, max_zoom=zoom)

    # ---------------------------------------------------------------- renaming
    def rename_selected(self) -> bool:
        """Open the inline label editor on the (first) selected card; returns False when none is selected."""
        cards = self.journey_scene.selected_cards()
        if not cards:
            return False
        if self._rename is not None:
            self._rename.commit()
        self.ensureVisible(cards[0].sceneBoundingRect(), 20, 20)
        self._rename = InlineRename(self, cards[0])
        return True

    @property
    def rename_editor(self) -> InlineRename | None:
        return self._rename

    def rename_closed(self, rename: QObject) -> None:
        if self._rename is rename:
            self._rename = None
            self.setFocus()

    # ---------------------------------------------------------------- interactions
    @property
    def interaction(self) -> Interaction | None:
        """The gesture in progress, if any."""
        return self._interaction

    def start_interaction(self, interaction: Interaction) -> None:
        if self._interaction is not None:
            self._interaction.cancel()
        self._interaction = interaction

    def end_interaction(self, interaction: Interaction) -> None:
        if self._interaction is interaction:
            self._interaction = None

    def focus_past_cards(self, forward: bool) -> None:
        """Move the focus on to the next (or previous) control at once, however many cards the map has."""
        QGraphicsView.focusNextPrevChild(self, forward)  # Qt's own, not the card steps of `focusNextPrevChild`

    def restore_cursor(self) -> None:
        if self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._interaction is not None:
            event.accept()
            return
        if self._rename is not None:
            self._rename.commit()
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self.start_interaction(Pan(self, event))
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton:
            item = self.itemAt(event.position().toPoint())
            if isinstance(item, LinkHandle) and item.card_id is not None:
                self.start_interaction(LinkDrawing(self, item.card_id, item.scenePos()))
                event.accept()
                return
        super().mousePressEvent(event)
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        grabber = self.journey_scene.mouseGrabberItem()
        if button == Qt.MouseButton.LeftButton and plain and isinstance(grabber, CardItem):
            self.start_interaction(CardMove(self, grabber, event))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.mouse_move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        interaction = self._interaction
        super().mouseReleaseEvent(event)
        if interaction is not None:
            interaction.mouse_release(event)
            event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the cursor (as in drawing and diagram editors); the plain wheel scrolls,
        Shift+wheel scrolls sideways."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * self.ZOOM_STEP ** (steps * 0.5), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_zoom(self.zoom() * (1.0 + event.value()), event.position())
            return True
        return super().viewportEvent(event)

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._interaction is not None and self._interaction.key_press(event):
            event.accept()
            return
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            if self._interaction is None:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if self._interaction is None:
            if self.keyboard.key_press(event):
                event.accept()
                return
            if key == Qt.Key.Key_F2 and self.rename_selected():
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.journey_scene.delete_selection():
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self.journey_scene.clearSelection()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go from card to card in journey order, then on to the next control."""
        if self._interaction is None and self._rename is None and self.hasFocus() and self.keyboard.step(next):
            return True
        return super().focusNextPrevChild(next)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The menu key (or Shift+F10) opens the context menu at the current card."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard and self.keyboard.context_menu():
            event.accept()
            return
        super().contextMenuEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._interaction is None:
                self.restore_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._space = False
        super().focusOutEvent(event)

    # ---------------------------------------------------------------- drops from the catalogue
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._drop.enter(event):
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drop.move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop.leave()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop.drop(event)
