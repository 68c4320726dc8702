"""The touchpoint card: strip, icon, label, emotion face, KPI badge, persona dots (see docs VISUAL.md).

A card is a projection of one `Touchpoint`: the scene sets its value and places it; the card never edits the
model. It paints into a device-coordinate cache at one of three levels of detail (`canvas.text.card_detail`):
the full card; zoomed out, a compact card whose label is drawn larger so it stays readable, without the icon (and
without the bottom row once there is no room for it); far out, strip, fill and icon.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen, QStaticText, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeymap.canvas.icons import draw_icon
from journeymap.canvas.items.card_parts import Badge, PersonaMark, draw_badge, draw_persona_dots, kpi_badge
from journeymap.canvas.items.faces import draw_face
from journeymap.canvas.items.markers import FitHint, draw_fit_hint
from journeymap.canvas.stamps import Scale, draw_stamped, stamp_scale
from journeymap.canvas.style import NO_PEN, brush, fonts, pen
from journeymap.canvas.text import (
    COMPACT,
    FULL,
    READABLE_PX,
    SIMPLE,
    card_detail,
    compact_label_px,
    label_font,
    largest_label_px,
    line_step,
    wrap_lines,
)
from journeymap.layout import theme as t
from journeymap.model import Touchpoint

W, H = t.CARD_WIDTH, t.CARD_HEIGHT
PAD = t.CARD_STRIP + 10.0
ICON_RECT = QRectF(PAD, 12.0, t.ICON_SIZE, t.ICON_SIZE)
LABEL_X = PAD + t.ICON_SIZE + 10.0
LABEL_WIDTH = W - LABEL_X - 22.0  # leaves room for the phase-fit hint at the top right
ROW_Y = H - 10.0 - 16.0  # the bottom row, 16 px high
FACE_RECT = QRectF(PAD, ROW_Y, t.FACE_SIZE, t.FACE_SIZE)
HANDLE_POS = QPointF(W, H / 2)
SIMPLE_ICON_MIN_PX = 5.0  # below this many device px the icon is not worth drawing
COMPACT_X = t.CARD_STRIP + 8.0  # the compact card's label runs from here
COMPACT_WIDTH = W - COMPACT_X - 8.0
COMPACT_ROOM = H - 10.0  # height for the compact card's label lines
COMPACT_TOP = 5.0  # the label's top when the bottom row stays
ROW_ROOM = ROW_Y - COMPACT_TOP - 3.0  # height for the label above the bottom row


def _outline() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, W, H), t.CARD_RADIUS, t.CARD_RADIUS)
    return path


def _strip() -> QPainterPath:
    band = QPainterPath()
    band.addRect(QRectF(0, 0, t.CARD_STRIP, H))
    return _outline().intersected(band)


CARD_RECT = QRectF(0, 0, W, H)
# PySide's enum lookups cost where thousands of cards are built or painted
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_LEFT = Qt.MouseButton.LeftButton
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


@lru_cache(maxsize=64)  # a zoom and the scene's label size give every compact card the same layout
def _compact_layout(lod: float, label_px: float) -> tuple[int, float, bool]:
    px = compact_label_px(lod, COMPACT_ROOM, label_px)
    if px <= largest_label_px(ROW_ROOM):
        return px, ROW_ROOM, True
    return px, COMPACT_ROOM, False


@lru_cache(maxsize=64)  # the strip widens as the zoom falls
def _strip_rect(width: float) -> QRectF:
    return QRectF(0, 0, width, H)


@lru_cache(maxsize=64)  # border widths follow the zoom when zoomed out
def _frame(inset: float) -> QPainterPath:
    """The card's rounded outline inset by half a border's width (made once per border width)."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(inset, inset, W - 2 * inset, H - 2 * inset), t.CARD_RADIUS, t.CARD_RADIUS)
    return path


def _draw_frame(painter: QPainter, border: QPen, strip: str) -> None:
    """A card's fill, `border` and `strip` (item coordinates)."""
    painter.setPen(border)
    painter.setBrush(brush(t.CARD_FILL))
    painter.drawPath(_frame(border.widthF() / 2))
    painter.setPen(NO_PEN)
    painter.setBrush(brush(strip))
    painter.drawPath(CardItem.STRIP)


@lru_cache(maxsize=256)
def _frame_drawer(ink: str, width: float, strip: str) -> Callable[[QPainter, QRectF], None]:
    """What draws a card's frame in `ink`, `width` px wide, with its `strip` (one per look, not per card painted)."""
    return lambda painter, _box: _draw_frame(painter, pen(ink, width), strip)


def _hit_shape() -> QPainterPath:
    path = _outline()
    path.addEllipse(HANDLE_POS, 9.0, 9.0)  # the link handle sticks out on the right: keep hovering the card
    return path.simplified()


class CardItem(QGraphicsRectItem):
    """One touchpoint card. `tid` is the touchpoint id; `touchpoint` the value it shows."""

    OUTLINE = _outline()
    STRIP = _strip()
    SHAPE = _hit_shape()
    BOUNDS = QRectF(-7, -5, W + 14, H + 14)  # the card plus its selection shadow
    SHADOW = ((6.0, 0.035), (4.0, 0.05), (2.0, 0.07))  # (spread px, opacity) of the soft shadow's layers

    # What a card starts with, kept by the class (replaced, never changed in place): fewer stores per card when
    # thousands are built.
    hint: FitHint | None = None
    on_hover: Callable[[CardItem, bool], None] | None = None  # (card, hovered): set by the scene
    _badge: Badge | None = None
    _personas: tuple[PersonaMark, ...] = ()
    _hovered = False
    _target = False
    _lines: list[str] | None = None  # the label wrapped for the full card: worked out when first needed
    _compact: dict[tuple[int, float], list[str]]  # compact label lines by (font px, height)
    # Laid-out label lines (glyphs placed once, drawn many times): the full card's, and the compact card's by
    # font px and height; made on first paint, dropped when the label changes.
    _label_layout: list[tuple[QPointF, QStaticText]] | None = None
    _compact_layout: dict[tuple[int, float], list[tuple[QPointF, QStaticText]]]

    def __init__(self, tp: Touchpoint, strip_colour: str, icon: str, lang: str = "de",
                 fit_hint: str | None = None) -> None:
        """A card showing `tp` with its strip colour and icon, and the phase-fit hint's message if any."""
        super().__init__(self.BOUNDS)  # the bounding rect, kept by Qt (not asked of Python thousands of times a paint)
        self.lang = lang  # the language of the journey's texts: where labels are hyphenated
        self.tid = tp.id
        self.touchpoint = tp
        self.setFlags(_SELECTABLE)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(_LEFT)
        self.setCacheMode(_DEVICE_CACHE)
        self.setPen(NO_PEN)
        self._strip_colour = strip_colour
        self._icon = icon
        self._compact, self._compact_layout = {}, {}
        self._badge = kpi_badge(tp)
        if fit_hint is not None:
            self.hint = FitHint(fit_hint)

    # ---------------------------------------------------------------- state from the scene
    def set_touchpoint(self, tp: Touchpoint) -> None:
        """Show a new value of the touchpoint (text layout and badge are recomputed only when they change)."""
        old, self.touchpoint = self.touchpoint, tp
        if tp.label != old.label or tp is old:
            self._lines = None
            self._compact = {}
            self._label_layout, self._compact_layout = None, {}
        if tp.kpis != old.kpis or self._badge is None:
            self._badge = kpi_badge(tp)
        self.update()

    def toolTip(self) -> str:
        """The label, and the start of the description if any: made when asked (`JourneyScene.helpEvent` shows it,
        `tool_tip_at`), not kept in Qt for each of thousands of cards."""
        tp = self.touchpoint
        return tp.label if not tp.description else f"{tp.label}\n\n{tp.description[:300]}"

    def tool_tip_at(self, area: QRectF) -> str:
        """The tooltip over `area` (item coordinates, the pointer's pixel): the phase-fit hint's message over the
        hint, else the card's."""
        hint = self.hint
        return hint.message if hint is not None and hint.covers(area) else self.toolTip()

    def set_language(self, lang: str) -> None:
        """Hyphenate the label by the rules of `lang` (the journey's language)."""
        if lang != self.lang:
            self.lang, self._lines, self._compact = lang, None, {}
            self._label_layout, self._compact_layout = None, {}
            self.update()

    def set_look(self, strip_colour: str, icon: str) -> None:
        if (strip_colour, icon) != (self._strip_colour, self._icon):
            self._strip_colour, self._icon = strip_colour, icon
            self.update()

    def set_personas(self, marks: Sequence[PersonaMark]) -> None:
        marks = tuple(marks)
        if marks != self._personas:
            self._personas = marks
            self.update()

    def set_fit_hint(self, message: str | None) -> None:
        """Show the phase-fit hint with `message` as its tooltip, or remove it (None)."""
        if message is None:
            if self.hint is not None:
                self.hint = None
                self.update()  # the card draws the hint
        elif self.hint is None:
            self.hint = FitHint(message)
            self.update()
        else:
            self.hint.message = message

    def set_link_target(self, on: bool) -> None:
        """Highlight the card as the target of a link being drawn."""
        if on != self._target:
            self._target = on
            self.update()

    @property
    def lines(self) -> list[str]:
        """The label as shown: at most two lines, the second elided."""
        return list(self._full_lines())

    def _full_lines(self) -> list[str]:
        if self._lines is None:
            f = fonts()
            self._lines = wrap_lines(self.touchpoint.label, f.label, f.label_metrics, LABEL_WIDTH, lang=self.lang)
        return self._lines

    @property
    def personas(self) -> tuple[PersonaMark, ...]:
        return self._personas

    @property
    def strip_colour(self) -> str:
        return self._strip_colour

    def card_rect(self) -> QRectF:
        """The card in scene coordinates (without shadow and handle)."""
        return QRectF(self.pos(), QRectF(0, 0, W, H).size())

    # ---------------------------------------------------------------- QGraphicsItem

    def shape(self) -> QPainterPath:
        return self.SHAPE

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        if self.on_hover:
            self.on_hover(self, True)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        if self.on_hover:
            self.on_hover(self, False)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        transform = painter.worldTransform()  # (asked once: every PySide call counts, thousands of cards a paint)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform)
        scene = self.scene()
        label_px = getattr(scene, "label_px", READABLE_PX)
        detail = FULL if getattr(scene, "full_detail", False) else card_detail(lod, label_px)
        if detail == SIMPLE:
            self.paint_simple(painter, lod)
        elif detail == COMPACT:
            self.paint_compact(painter, lod, stamp_scale(painter, transform), label_px)
        else:
            self.paint_full(painter, stamp_scale(painter, transform))

    def label_px(self) -> float:
        """What the label should measure on screen (px): the scene's `label_px` (workshop: larger)."""
        return getattr(self.scene(), "label_px", READABLE_PX)

    def label_size(self, lod: float) -> float:
        """The label's font size in scene px at zoom `lod` (0 when the card shows no label)."""
        detail = card_detail(lod, self.label_px())
        if detail == SIMPLE:
            return 0.0
        return t.LABEL_SIZE if detail == FULL else float(self.compact_layout(lod)[0])

    def compact_layout(self, lod: float) -> tuple[int, float, bool]:
        """(label px, height for the label, with the bottom row) of the compact card at zoom `lod`: the bottom
        row (emotion, KPIs, personas) stays while the enlarged label still fits above it in two lines."""
        return _compact_layout(lod, self.label_px())

    def compact_lines(self, px: int, room: float = 0.0) -> list[str]:
        """The label as a compact card at `px` shows it: as many lines as fit into `room` (default: the whole
        card), the last one elided."""
        room = room or COMPACT_ROOM
        lines = self._compact.get((px, room))
        if lines is None:
            font, metrics = label_font(px)
            step = line_step(metrics, px)
            count = max(1, min(4, int((room - metrics.ascent() - metrics.descent()) // step) + 1))
            lines = self._compact[px, room] = wrap_lines(self.touchpoint.label, font, metrics, COMPACT_WIDTH, count,
                                                                  self.lang)
        return lines

    # ---------------------------------------------------------------- painting
    def paint_simple(self, painter: QPainter, lod: float) -> None:
        """Zoomed out: fill, strip and icon only (a cosmetic border so white cards show on white lanes)."""
        selected = self.isSelected()
        painter.setRenderHint(_ANTIALIASING, False)
        painter.setPen(pen(t.SELECTION, 0) if selected else pen(t.CARD_BORDER, 0))
        painter.setBrush(brush("#E8F0FE") if selected else brush(t.CARD_FILL))
        painter.drawRect(CARD_RECT)
        painter.setPen(NO_PEN)
        painter.setBrush(brush(self._strip_colour))
        painter.drawRect(_strip_rect(t.CARD_STRIP * max(1.0, 0.5 / lod)))
        if t.ICON_SIZE * lod >= SIMPLE_ICON_MIN_PX:
            draw_icon(painter, self._icon, ICON_RECT)

    def paint_compact(self, painter: QPainter, lod: float, scale: Scale | bool = True,
                      label_px: float | None = None) -> None:
        """Zoomed out but readable: the label as large as it must be to be read at this zoom, across the card
        (no icon); the bottom row while there is room for it. `scale`: `canvas.stamps.stamp_scale` (True: ask);
        `label_px`: the scene's (None: ask)."""
        if isinstance(scale, bool):
            scale = stamp_scale(painter)
        if label_px is None:
            label_px = self.label_px()
        self._paint_frame(painter, lod, scale)
        px, room, with_row = _compact_layout(lod, label_px)
        font, _metrics = label_font(px)
        layout = self._compact_layout.get((px, room))
        if layout is None:
            layout = self._compact_layout[px, room] = self._lay_out_compact(px, room, with_row)
        painter.setFont(font)
        painter.setPen(pen(t.TEXT))
        for at, text in layout:
            painter.drawStaticText(at, text)
        if with_row:
            self._paint_row(painter, scale)

    def _lay_out_compact(self, px: int, room: float, with_row: bool) -> list[tuple[QPointF, QStaticText]]:
        font, metrics = label_font(px)
        lines = self.compact_lines(px, room)
        step = line_step(metrics, px)
        block = step * (len(lines) - 1) + metrics.ascent() + metrics.descent()
        top = COMPACT_TOP if with_row else (H - block) / 2
        return [(QPointF(COMPACT_X, top + k * step), _static(line, font)) for k, line in enumerate(lines)]

    def paint_full(self, painter: QPainter, scale: Scale | bool = True) -> None:
        """The whole card: shadow when selected, fill, border, strip, icon, label, bottom row. `scale`:
        `canvas.stamps.stamp_scale` (True: ask)."""
        if isinstance(scale, bool):
            scale = stamp_scale(painter)
        self._paint_frame(painter, 1.0, scale)
        draw_icon(painter, self._icon, ICON_RECT, scale[0] if scale else None)
        self._paint_label(painter)
        self._paint_row(painter, scale)
        if self.hint is not None:
            draw_fit_hint(painter, scale)

    def _paint_row(self, painter: QPainter, scale: Scale) -> None:
        """The bottom row: emotion face, KPI badge, persona dots (`scale`: `canvas.stamps.stamp_scale`)."""
        draw_face(painter, FACE_RECT, self.touchpoint.emotion, scale)
        if self._badge is not None:
            draw_badge(painter, self._badge, FACE_RECT.right() + 8, ROW_Y, scale)
        draw_persona_dots(painter, self._personas, W - 12, ROW_Y + 8, scale)

    def _paint_frame(self, painter: QPainter, lod: float, scale: Scale) -> None:
        """Shadow when selected, fill, border (selected, link target, hovered) and the strip."""
        painter.setRenderHint(_ANTIALIASING)
        selected = self.isSelected()
        if selected:
            painter.setPen(NO_PEN)
            for spread, alpha in self.SHADOW:
                painter.setBrush(brush("#000000", alpha))
                painter.drawRoundedRect(QRectF(-spread, -spread + 2, W + 2 * spread, H + 2 * spread),
                                        t.CARD_RADIUS + spread, t.CARD_RADIUS + spread)
        wider = max(1.0, 1.0 / max(lod, 0.01))  # zoomed out, borders keep about their width on screen
        if selected:
            ink, width = t.SELECTION, 2.0 * wider
        elif self._target:
            ink, width = t.SELECTION, 1.5 * wider
        elif self._hovered:
            ink, width = t.CARD_HOVER, 1.0 * wider
        else:
            ink, width = t.CARD_BORDER, 1.0 * wider
        draw_stamped(painter, CARD_RECT, ("card", ink, width, self._strip_colour),
                     _frame_drawer(ink, width, self._strip_colour), scale)

    def _paint_label(self, painter: QPainter) -> None:
        f = fonts()
        if self._label_layout is None:
            lines = self._full_lines()
            metrics = f.label_metrics
            step = metrics.lineSpacing()
            block = step * (len(lines) - 1) + metrics.ascent() + metrics.descent()
            top = max(6.0, ICON_RECT.center().y() - block / 2) if len(lines) < 2 else 8.0
            self._label_layout = [(QPointF(LABEL_X, top + k * step), _static(line, f.label))
                                  for k, line in enumerate(lines)]
        painter.setFont(f.label)
        painter.setPen(pen(t.TEXT))
        for at, text in self._label_layout:
            painter.drawStaticText(at, text)


def _static(line: str, font: QFont) -> QStaticText:
    """One line of a label, laid out once (`drawStaticText` draws it at its top-left)."""
    text = QStaticText(line)
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.prepare(QTransform(), font)
    return text
