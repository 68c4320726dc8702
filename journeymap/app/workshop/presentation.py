"""Workshop mode: the journey presented full screen, phase by phase, with the current phase's notes in large type
and a countdown for exercises. View ▸ Workshop Mode (F5); Esc returns to editing.

The presentation is a window of its own with a read-only projection of the document: a `JourneyScene` of its
own (the same cards, links and curves as the editor, nothing drawn twice) in a view that takes no clicks, drops,
wheel or focus. Phases still to come are hidden (their cards and links) under a faint header, phases already
presented are dimmed, the current one is outlined in its colour and fills the screen's height, its cards and name
at 24 px or more (on a 1280×720 projector too); the personas the editor shows are shown too.
The editor window is never resized, restyled, re-docked or even re-selected, so leaving gives it back exactly as
it was; while the presentation runs it takes no input (window-modal), so a key that lands on it cannot edit.
Nothing here writes to the document.

Keys (presenters' clickers send Page Up/Down): next Page Down, →, ↓, Space, Enter; previous Page Up, ←, ↑,
Backspace; Home/End first/last; Esc back to editing; B or . blanks the screen; T shows the timer, S starts or
pauses it, 1/2/3 set 5/10/15 minutes, +/− add or take a minute, R resets it; F1 or ? shows the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QLabel, QWidget
from shiboken6 import isValid

from journeymap.app.workshop.notes import NotesPanel
from journeymap.app.workshop.timer import PRESETS, TimerOverlay, WorkshopTimer
from journeymap.canvas.items.card import COMPACT_ROOM
from journeymap.canvas.items.lanes import EmotionBandItem
from journeymap.canvas.scene import JourneyScene
from journeymap.canvas.text import largest_label_px
from journeymap.layout import emotion_y
from journeymap.layout import theme as t

K = Qt.Key
NEXT = {K.Key_PageDown, K.Key_Right, K.Key_Down, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_N}
PREVIOUS = {K.Key_PageUp, K.Key_Left, K.Key_Up, K.Key_Backspace, K.Key_P}
PANEL_SHARE = 0.36  # of the screen's width, for the notes
DIM = 0.55  # white over the phases already presented
BLANK = "#111418"
BAND_FILL = "#FAFBFC"  # the emotion band's own background (canvas/items/lanes.py)
TAG_ROOM = 14.0  # a persona curve's end tag may reach this far above the band (the lanes end in an empty row)
LABEL_PX = 24  # card labels and lane names on the projector measure at least this (px), at 1280×720 too
MAX_ZOOM = 2.5


class PresentationView(QGraphicsView):
    """A read-only view of a journey scene that shows it revealed up to one phase. It takes no focus, no clicks,
    no drops, no context menu and no wheel: every key goes to the workshop window, no gesture reaches the scene."""

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.journey_scene = scene
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.margin = 32.0
        self.keep_free = 0.0  # px at the right that the current lane keeps clear where it can (the timer's corner)
        self._current: int | None = 0
        self._focus: set[str] | None = None

    @property
    def current(self) -> int | None:
        """The lane index presented (None: the whole map, nothing dimmed)."""
        return self._current

    def set_current(self, index: int | None, focus: set[str] | None = None) -> None:
        """Reveal the lanes up to `index` (None: all of them, nothing highlighted); of the current lane's cards,
        dim those not in `focus` (None: none dimmed)."""
        self._current = index
        self._focus = focus
        self.reveal()
        self.fit()

    @property
    def focus(self) -> set[str] | None:
        return self._focus

    def reveal(self) -> None:
        """Hide the cards and links of phases still to come (again after the journey changed)."""
        projection = self.journey_scene.projection
        lanes = projection.lane_index
        last = len(lanes) if self._current is None else self._current
        for card in projection.cards.values():
            card.setVisible(lanes.get(card.touchpoint.phase, 0) <= last)
        project = self.journey_scene.project
        personas = getattr(self.journey_scene, "persona_layer", None)
        for item in projection.links.values():
            ends = (project.touchpoint(item.link.source), project.touchpoint(item.link.target))
            shown = all(lanes.get(tp.phase, 0) <= last for tp in ends)
            item.setVisible(shown)
            glow = personas.glow(item.link.id) if personas is not None else None
            if glow is not None:  # a persona's path along the link (card rings go with their cards)
                glow.setVisible(shown)
        self.viewport().update()

    def fit(self) -> None:
        """Show the current phase as large as the view allows: its lane from the header down to the emotion band
        fills the view's height (the neighbours beside it), so that its cards read at `LABEL_PX` or more. A lane
        too full for that is shown at that size around the cards the notes list. Nothing current: the whole map."""
        room = QRectF(self.viewport().rect()).adjusted(self.margin, self.margin, -self.margin, -self.margin)
        whole = self.journey_scene.map_rect()
        if whole.isEmpty() or room.width() <= 0 or room.height() <= 0:
            return
        geometry = self.journey_scene.projection.geometry
        if self._current is None or not 0 <= self._current < len(geometry.lanes):
            zoom = min(room.width() / whole.width(), room.height() / whole.height(), MAX_ZOOM)
            self.setTransform(QTransform.fromScale(zoom, zoom))
            self.centerOn(whole.center())
            return
        lane = geometry.lanes[self._current].rect
        column = QRectF(lane.x, lane.y, lane.w, geometry.height - lane.y)
        zoom = min(room.width() / column.width(), room.height() / column.height(), MAX_ZOOM)
        centre = column.center()
        readable = LABEL_PX / largest_label_px(COMPACT_ROOM)  # the least zoom at which cards read at LABEL_PX
        if zoom < readable:
            zoom = readable
            cards = [card.card_rect() for card in self.journey_scene.projection.cards.values()
                     if card.isVisible() and card.touchpoint.phase == geometry.lanes[self._current].phase_id
                     and (self._focus is None or card.tid in self._focus)]
            shown = cards[0] if cards else QRectF(lane.x, lane.y, lane.w, t.HEADER_HEIGHT)
            for rect in cards[1:]:
                shown = shown.united(rect)
            half = room.height() / zoom / 2  # the focused cards in the middle, the header at most at the top
            centre.setY(max(lane.y + half - self.margin / zoom, min(shown.center().y(), whole.bottom() - half)))
        if lane.w * zoom <= self.viewport().width() - self.keep_free:  # the lane left of the timer's corner
            centre.setX(centre.x() + self.keep_free / zoom / 2)
        half = self.viewport().width() / zoom / 2  # beside the map only when the map is narrower than the view
        span = whole.adjusted(-self.margin / zoom, 0, self.margin / zoom, 0)
        centre.setX(span.center().x() if half * 2 >= span.width()
                    else max(span.left() + half, min(centre.x(), span.right() - half)))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(centre)

    def zoom(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the map stays put

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        current = self._current
        if current is None:
            return
        geometry = self.journey_scene.projection.geometry
        band = geometry.band
        band_rect = QRectF(band.x, band.y, band.w, band.h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for lane in geometry.lanes:
            column = QRectF(lane.rect.x, lane.rect.y, lane.rect.w, geometry.height - lane.rect.y)
            if lane.index < current:  # presented: dimmed
                painter.fillRect(column, QColor(255, 255, 255, round(255 * DIM)))
            elif lane.index > current:  # still to come: an empty lane under a faint header, no curve yet
                painter.fillRect(QRectF(lane.header.x, lane.header.y, lane.header.w, lane.header.h),
                                 QColor(255, 255, 255, 200))
                part = band_rect.intersected(column)
                fill = t.mix(lane.colour, t.LANE_TINT) if lane.index % 2 else t.CARD_FILL  # as LaneItem
                painter.fillRect(QRectF(part.x(), part.y() - TAG_ROOM, part.width(), TAG_ROOM), QColor(fill))
                if lane.index:
                    painter.setPen(QPen(QColor(t.DIVIDER), 0))
                    painter.drawLine(QPointF(part.x() + 0.5, part.y() - TAG_ROOM), QPointF(part.x() + 0.5, part.y()))
                painter.fillRect(part, QColor(BAND_FILL))
                self._draw_band_lines(painter, part, band)
        if self._focus is not None:  # the notes show some of the lane's cards: the others step back a little
            for card in self.journey_scene.projection.cards.values():
                if card.tid not in self._focus and self.journey_scene.projection.lane_index.get(
                        card.touchpoint.phase) == current:
                    painter.fillRect(card.card_rect().adjusted(-2, -2, 2, 2), QColor(255, 255, 255, round(255 * DIM)))
        shown = next((lane for lane in geometry.lanes if lane.index == current), None)
        if shown is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            outline = QPen(QColor(shown.colour), 4.0)
            outline.setCosmetic(True)
            outline.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = 2.0 / max(self.zoom(), 0.01)
            painter.drawRect(QRectF(shown.rect.x, shown.rect.y, shown.rect.w, band.bottom - shown.rect.y)
                             .adjusted(inset, inset, -inset, -inset))
        painter.restore()

    @staticmethod
    def _draw_band_lines(painter: QPainter, part: QRectF, band) -> None:
        """The emotion band's guide lines across a covered stretch, so the band reads as one."""
        for score in EmotionBandItem.SCORES:
            y = round(emotion_y(band, score)) + 0.5
            painter.setPen(QPen(QColor("#AEB5BF" if score == 0 else "#E3E6EA"), 0))
            painter.drawLine(QPointF(part.left(), y), QPointF(min(part.right(), band.x + band.w - 8), y))


class WorkshopWindow(QWidget):
    """The presentation: the map on the left, the current phase's notes on the right, the timer on request."""

    closed = Signal()
    step_changed = Signal(int, int)  # phase index, page

    def __init__(self, document, catalogue=None, lang: str = "de", parent: QWidget | None = None,
                 timer: WorkshopTimer | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshop_window")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The editor takes no input while presenting: a key that lands there (the window manager may keep the
        # focus on it) must not delete, undo or paste in the document behind the projector.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoFillBackground(True)
        self.document = document
        self.project = document.project
        self.lang = lang
        self.scene = JourneyScene(document, catalogue, lang=lang, parent=self)  # read-only: no view edits it
        self.scene.label_px = LABEL_PX  # cards and headers large enough for the back of the room
        palette = self.palette()
        palette.setColor(self.backgroundRole(), self.scene.backgroundBrush().color())
        self.setPalette(palette)
        self._phase = 0
        self._page = 0
        self._closing = False
        self.view = PresentationView(self.scene, self)
        self.panel = NotesPanel(self)
        self.timer = timer or WorkshopTimer(parent=self)
        if self.timer.parent() is None:
            self.timer.setParent(self)
        self.timer_overlay = TimerOverlay(self.timer, self)
        self.timer_overlay.hide()
        self.timer.finished.connect(lambda: self.show_timer(True))  # time is up: the room should see it
        self.blank = QWidget(self)
        self.blank.setAutoFillBackground(True)
        blank_palette = self.blank.palette()
        blank_palette.setColor(self.blank.backgroundRole(), QColor(BLANK))
        self.blank.setPalette(blank_palette)
        self.blank.hide()
        self.help = QLabel(self)
        self.help.setObjectName("workshop_help")
        self.help.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.help.setStyleSheet(f"QLabel#workshop_help {{ color: {t.MUTED}; background: rgba(255,255,255,220);"
                                " border-radius: 6px; padding: 6px 12px; }")
        self._help_timer = QTimer(self)
        self._help_timer.setSingleShot(True)
        self._help_timer.setInterval(6000)
        self._help_timer.timeout.connect(self.help.hide)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        self.setWindowTitle(self.tr("Workshop – %1").replace("%1", self.project.meta.title or "journeymap"))
        self.project.changed.connect(self._project_changed)
        self.scene.sceneRectChanged.connect(lambda *_: self.view.fit())
        self.help.setText(self.tr("←/→ or Page Up/Down: phases · Home/End: first/last · B: blank screen · "
                                  "Esc: back to editing\nT: timer · S: start/pause · 1/2/3: 5/10/15 min · "
                                  "+/−: a minute more/less · R: reset · F1: these keys"))
        self.go(0, 0)

    def follow_personas(self, editor_scene: JourneyScene) -> None:
        """Show the personas the editor shows (paths, curves, legend, focus): view state of this map only."""
        source = getattr(editor_scene, "persona_layer", None)
        target = getattr(self.scene, "persona_layer", None)
        if source is None or target is None:
            return
        target.show_only(source.shown)
        target.set_general_curve(source.general_curve)
        target.set_focus(source.focus)
        self.scene.flush_updates()
        self.view.reveal()

    # ---------------------------------------------------------------- steps
    def phase_ids(self) -> list[str]:
        return list(self.project.phase_model.ids())

    def step(self) -> tuple[int, int]:
        """(phase index, page of its notes)."""
        return self._phase, self._page

    def current_phase_id(self) -> str:
        return self.phase_ids()[self._phase]

    def go(self, phase: int, page: int = 0) -> None:
        """Present phase `phase` (clamped), notes page `page` (clamped; −1: its last page)."""
        phases = self.project.phase_model.phases
        phase = max(0, min(phase, len(phases) - 1))
        model = phases[phase]
        lane = self.scene.projection.geometry.lanes[phase]
        touchpoints = self.project.touchpoints_in(model.id)
        opportunities = {tp.id: [o.text for o in self.project.opportunities_of(tp.id)] for tp in touchpoints}
        self.panel.set_content(phase, len(phases), model.name.get(self.lang), model.subtitle.get(self.lang),
                               lane.colour, touchpoints, self.lang, opportunities)
        page = self.panel.page_count() - 1 if page < 0 else min(page, self.panel.page_count() - 1)
        self.panel.set_page(page)
        changed = (phase, page) != (self._phase, self._page)
        self._phase, self._page = phase, page
        paged = self.panel.page_count() > 1
        self.view.set_current(phase, set(self.panel.touchpoint_ids()) if paged else None)
        self._place_overlays()
        if changed:
            self.step_changed.emit(phase, page)

    def next_step(self) -> None:
        """The next notes page, else the next phase; stays on the last page of the last phase."""
        if self._page < self.panel.page_count() - 1:
            self.go(self._phase, self._page + 1)
        elif self._phase < len(self.phase_ids()) - 1:
            self.go(self._phase + 1, 0)

    def previous_step(self) -> None:
        """The previous notes page, else the previous phase's last page; stays on the first page."""
        if self._page > 0:
            self.go(self._phase, self._page - 1)
        elif self._phase > 0:
            self.go(self._phase - 1, -1)

    def first_step(self) -> None:
        self.go(0, 0)

    def last_step(self) -> None:
        self.go(len(self.phase_ids()) - 1, -1)

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        chord = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                     | Qt.KeyboardModifier.MetaModifier)
        if chord:  # Ctrl+S out of habit must not start the timer; nothing here edits or saves
            super().keyPressEvent(event)
            return
        if key == K.Key_Escape:
            self.close()
        elif key in (K.Key_B, K.Key_Period):
            self.set_blank(not self.blank.isVisible())
        elif self.blank.isVisible() and (key in NEXT or key in PREVIOUS):
            self.set_blank(False)  # as in slide shows: the first key after a blank screen only uncovers it
        elif key in NEXT:
            self.next_step()
        elif key in PREVIOUS:
            self.previous_step()
        elif key == K.Key_Home:
            self.first_step()
        elif key == K.Key_End:
            self.last_step()
        elif key == K.Key_T:
            self.show_timer(not self.timer_overlay.isVisible())
        elif key == K.Key_S:
            self.show_timer(True)
            self.timer.toggle()
        elif key == K.Key_R:
            self.show_timer(True)
            self.timer.reset()
        elif text in ("1", "2", "3"):
            self.show_timer(True)
            self.timer.set_minutes(PRESETS[int(text) - 1])
        elif text in ("+", "="):
            self.show_timer(True)
            self.timer.add_minutes(1)
        elif text in ("-", "\u2212"):
            self.show_timer(True)
            self.timer.add_minutes(-1)
        elif key == K.Key_F1 or text == "?":
            self.show_help(not self.help.isVisible())
        elif key == K.Key_F5:
            pass  # the clicker's "start presentation" button: we are presenting already
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()  # no accidental scrolling through the phases

    # ---------------------------------------------------------------- timer, blank screen, help
    def show_timer(self, on: bool) -> None:
        self.timer_overlay.setVisible(on)
        if on:
            self.timer_overlay.raise_()
            self._place_overlays()

    def set_blank(self, on: bool) -> None:
        self.blank.setVisible(on)
        if on:
            self.blank.raise_()

    def show_help(self, on: bool) -> None:
        self.help.setVisible(on)
        if on:
            self.help.adjustSize()
            self._place_overlays()
            self.help.raise_()
            self._help_timer.start()

    # ---------------------------------------------------------------- layout
    def scale(self) -> float:
        return max(0.5, min(3.0, self.height() / 1080.0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        w, h = self.width(), self.height()
        panel = round(w * PANEL_SHARE)
        self.view.margin = 36 * self.scale()
        self.view.setGeometry(0, 0, w - panel, h)
        self.panel.setGeometry(w - panel, 0, panel, h)
        self.blank.setGeometry(0, 0, w, h)
        self.timer_overlay.set_scale(self.scale())
        self.view.keep_free = self.timer_overlay.width() + 2 * round(28 * self.scale())
        font = self.help.font()
        font.setPixelSize(max(11, round(18 * self.scale())))
        self.help.setFont(font)
        self.help.adjustSize()
        self._place_overlays()
        self.go(self._phase, self._page)

    def _place_overlays(self) -> None:
        """The help at the bottom left; the timer in a corner of the map area: one beside the map if there is
        one, else one off the current phase (top right, bottom right, top left, bottom left)."""
        margin = round(28 * self.scale())
        self.help.move(margin, self.height() - self.help.height() - margin)
        size = self.timer_overlay.size()
        right, bottom = self.view.width() - size.width() - margin, self.height() - size.height() - margin
        corners = [QRect(QPoint(x, y), size) for x, y in
                   ((right, margin), (right, bottom), (margin, margin), (margin, bottom))]
        geometry = self.scene.projection.geometry
        lane = geometry.lanes[min(self._phase, len(geometry.lanes) - 1)]
        lanes_top = geometry.lanes[0].rect.y  # above it only the loop-back track: the timer may cover that
        whole = self.view.mapFromScene(QRectF(0, lanes_top, geometry.width, geometry.height - lanes_top)).boundingRect()
        current = self.view.mapFromScene(QRectF(lane.rect.x, lane.rect.y, lane.rect.w,
                                                geometry.height - lane.rect.y)).boundingRect()
        spot = next((c for c in corners if not c.intersects(whole)), None)  # beside the map
        spot = spot or next((c for c in corners if not c.intersects(current)), corners[0])  # not on this phase
        self.timer_overlay.move(spot.topLeft())

    # ---------------------------------------------------------------- following the document
    def _project_changed(self) -> None:
        if isValid(self) and not self._closing:
            self._refresh_timer.start()  # once for a burst of changes

    def _refresh(self) -> None:
        self.scene.flush_updates()
        self.go(min(self._phase, len(self.phase_ids()) - 1), self._page)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()
        self.show_help(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self.project.changed.disconnect(self._project_changed)
            self.scene.detach()
            self.timer.pause()
            self.closed.emit()
        super().closeEvent(event)


def present(window) -> WorkshopWindow:
    """Present `window`'s journey full screen on the window's screen; Esc comes back to the editor as it was."""
    existing = window.findChild(WorkshopWindow)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    workshop = WorkshopWindow(window.document, window.catalogue, window.lang, window)
    workshop.follow_personas(window.scene)

    def back() -> None:
        if isValid(window):
            window.activateWindow()
            window.raise_()
            if window.view is not None:
                window.view.setFocus()

    workshop.closed.connect(back)
    window.document.destroyed.connect(workshop.close)  # another journey opened in the editor meanwhile
    screen = window.screen()
    if screen is not None:
        workshop.setGeometry(screen.geometry())
    workshop.showFullScreen()
    workshop.activateWindow()
    workshop.raise_()
    return workshop
