"""What a shown persona adds to the map: a ring round its cards, a glow under its links, its own emotion curve
with an initials tag, and the legend of the curves in the emotion band.

Rings are child items stacked behind their card, so they follow a drag for free and go when their card goes;
glows lie under all cards and links and follow their link's route when told. Several personas on one card or
link share the ring (or glow) in turns of their
colours, so a ring never grows into the next card. None of these items takes mouse or hover events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items.emotion import EmotionCurveItem
from journeymap.canvas.style import NO_PEN, brush, fonts, pen
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect
from journeymap.model import Persona

RING_GAP = 3.5  # from the card's edge to the middle of its ring
RING_WIDTH = 2.5
GLOW_WIDTH = 7.0
GLOW_TINT = 0.45  # the glow: the persona's colour at 45 % over white
TURN = 12.0  # length of one colour's turn on a shared ring or glow (px)
DIMMED = 0.28  # opacity of what is not on the focused persona's path
_EMPTY = QPainterPath()


def persona_initials(persona: Persona) -> str:
    """The initials to show: the persona's own, else the first letters of the last two words of the name."""
    if persona.initials.strip():
        return persona.initials.strip()[:3]
    words = persona.name.replace(".", " ").split()[-2:]
    return "".join(w[0] for w in words).upper()[:3]


@cache
def _tint(colour: str) -> str:
    return t.mix(colour, GLOW_TINT)


def _turns(painter: QPainter, colours: Sequence[str], width: float, alpha: float, draw) -> None:
    """Draw a shape once per colour: solid for one colour, else each colour in turn along the outline."""
    if len(colours) == 1:
        painter.setPen(pen(colours[0], width, alpha=alpha, cap=Qt.PenCapStyle.FlatCap))
        draw()
        return
    n = len(colours)
    for i, c in enumerate(colours):
        p = QPen(pen(c, width, alpha=alpha, cap=Qt.PenCapStyle.FlatCap))
        p.setDashPattern([TURN / width, TURN * (n - 1) / width])
        p.setDashOffset(-i * TURN / width)
        painter.setPen(p)
        draw()


class _PersonaColours(QGraphicsItem):
    """An item in the colours of personas (none: it draws nothing); setting new ones repaints it."""

    _colours: tuple[str, ...] = ()

    @property
    def colours(self) -> tuple[str, ...]:
        return self._colours

    def set_colours(self, colours: Sequence[str]) -> None:
        colours = tuple(colours)
        if colours != self._colours:
            self._colours = colours
            self.update()


class CardRing(_PersonaColours):
    """A ring round a card in the colours of the shown personas whose path the card is on."""

    def __init__(self, card: QGraphicsItem) -> None:
        super().__init__(card)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._colours: tuple[str, ...] = ()
        out = RING_GAP + RING_WIDTH
        self._bounds = QRectF(-out, -out, t.CARD_WIDTH + 2 * out, t.CARD_HEIGHT + 2 * out)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return _EMPTY  # never hit: clicks and hovers reach the card and what lies below

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._colours:
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        width = max(RING_WIDTH, 1.5 / max(lod, 1e-3))
        g = RING_GAP
        rect = QRectF(-g, -g, t.CARD_WIDTH + 2 * g, t.CARD_HEIGHT + 2 * g)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _turns(painter, self._colours, width, 1.0,
               lambda: painter.drawRoundedRect(rect, t.CARD_RADIUS + g, t.CARD_RADIUS + g))


class LinkGlow(_PersonaColours):
    """A wide soft line along a link in the colours of the shown personas whose path the link is on.

    It lies under every card and link (a glow must never cover another link's label) and follows its link's
    route: the layer calls `sync()` whenever the projection re-routes the link. A glow none of whose segments
    meets the exposed rect is not drawn at all (long links cross much of a big map that a repaint never touches).
    """

    Z = -1.0  # above lanes, band and curves; below cards and links

    def __init__(self, link_item) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.link_item = link_item
        self._colours: tuple[str, ...] = ()
        self._path = QPainterPath()
        self._pieces: list[QRectF] = []
        self._bounds = QRectF()
        self.sync()

    def sync(self) -> None:
        """Follow the link's current route."""
        route = self.link_item.route
        path = QPainterPath()
        pieces = []
        if route:
            path.moveTo(QPointF(*route[0][0]))
            for a, c1, c2, p1 in route:
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p1))
                xs, ys = (a[0], c1[0], c2[0], p1[0]), (a[1], c1[1], c2[1], p1[1])
                pieces.append(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        self.prepareGeometryChange()
        self._path, self._pieces = path, pieces
        grow = GLOW_WIDTH
        self._bounds = path.boundingRect().adjusted(-grow, -grow, grow, grow)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return _EMPTY

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._colours:
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        width = max(GLOW_WIDTH, 2.5 / max(lod, 1e-3))
        if len(self._pieces) > 2:
            grown = option.exposedRect.adjusted(-width, -width, width, width)
            if not any(piece.intersects(grown) for piece in self._pieces):
                return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = self._path
        # opaque tints: Qt strokes a wide translucent pen several times slower (it must not blend twice where
        # the stroke overlaps itself), and on white or 5 % tinted lanes a pre-mixed tint looks the same
        _turns(painter, [_tint(c) for c in self._colours], width, 1.0, lambda: painter.drawPath(path))


class PersonaCurveItem(EmotionCurveItem):
    """One persona's emotion curve: a line in the persona's colour, dots in it, the initials at its end."""

    TAG_HEIGHT = 15.0

    def __init__(self, band: Rect, lanes: int, persona: Persona) -> None:
        super().__init__(band, lanes, colour=persona.colour, fill=False, dot_colour=persona.colour)
        self.setZValue(-79)
        self.pid = persona.id
        self._tag = ""
        self.set_persona(persona)

    def set_persona(self, persona: Persona) -> None:
        self._colour = self._dot_colour = persona.colour
        self._tag = persona_initials(persona)
        self.update()

    @property
    def tag(self) -> str:
        return self._tag

    def _tag_rect(self) -> QRectF | None:
        self._join()
        if not self._points or not self._tag:
            return None
        x, y = self._points[-1]
        width = fonts().badge_metrics.horizontalAdvance(self._tag) + 8
        return QRectF(x + 6, y - self.TAG_HEIGHT - 3, width, self.TAG_HEIGHT)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(0, 0, 40, 0)

    def shape(self) -> QPainterPath:
        return _EMPTY  # the band below has the tooltip

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        tag = self._tag_rect()
        if tag is None or self._muted:
            return
        painter.setPen(NO_PEN)
        painter.setBrush(brush(self._colour))
        painter.drawRoundedRect(tag, 4, 4)
        painter.setFont(fonts().badge)
        painter.setPen(pen("#FFFFFF"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self._tag)


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: a sample of the curve, a tag and a name."""

    colour: str
    tag: str
    name: str
    dashed: bool = False


class PersonaLegendItem(QGraphicsItem):
    """The legend of the curves shown: one row on the emotion band's top edge at the left.

    There it never hides a point (+2 is lower) nor a curve's end tag (at the right), and the lanes above always
    end in an empty row."""

    HEIGHT = 20.0
    SAMPLE = 18.0
    GAP = 14.0
    LEFT = 8.0
    NAME_MAX = 150.0

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-70)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._entries: tuple[LegendEntry, ...] = ()
        self._band = Rect(0, 0, 0, 0)
        self._rect = QRectF()
        self._layout: list[tuple[LegendEntry, float, str]] = []

    @property
    def entries(self) -> tuple[LegendEntry, ...]:
        return self._entries

    def set_entries(self, entries: Sequence[LegendEntry], band: Rect) -> None:
        entries = tuple(entries)
        if entries == self._entries and band == self._band:
            return
        self._entries, self._band = entries, band
        f = fonts()
        x = 0.0
        layout = []
        for entry in entries:
            name = f.link_metrics.elidedText(entry.name, Qt.TextElideMode.ElideRight, self.NAME_MAX)
            tag_w = f.badge_metrics.horizontalAdvance(entry.tag) + 8 if entry.tag else 0.0
            layout.append((entry, x, name))
            x += self.SAMPLE + 4 + (tag_w + 4 if tag_w else 0) + f.link_metrics.horizontalAdvance(name) + self.GAP
        width = max(0.0, x - self.GAP) + 12
        self.prepareGeometryChange()
        self._layout = layout
        self._rect = QRectF(band.x + self.LEFT, band.y - self.HEIGHT / 2, width, self.HEIGHT) if entries else QRectF()
        self.setVisible(bool(entries))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._layout:
            return
        r = self._rect
        f = fonts()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(t.DIVIDER, 1.0))
        painter.setBrush(brush("#FFFFFF", 0.92))
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        cy = r.center().y()
        for entry, x0, name in self._layout:
            x = r.left() + 6 + x0
            if entry.dashed:
                painter.setPen(pen(entry.colour, 1.5, alpha=0.75, dashes=(4.0, 3.0), cap=Qt.PenCapStyle.FlatCap))
            else:
                painter.setPen(pen(entry.colour, 2.5))
            painter.drawLine(QPointF(x, cy), QPointF(x + self.SAMPLE, cy))
            x += self.SAMPLE + 4
            if entry.tag:
                tag_w = f.badge_metrics.horizontalAdvance(entry.tag) + 8
                painter.setPen(NO_PEN)
                painter.setBrush(brush(entry.colour))
                painter.drawRoundedRect(QRectF(x, cy - 7, tag_w, 14), 4, 4)
                painter.setFont(f.badge)
                painter.setPen(pen("#FFFFFF"))
                painter.drawText(QRectF(x, cy - 7, tag_w, 14), Qt.AlignmentFlag.AlignCenter, entry.tag)
                x += tag_w + 4
            painter.setFont(f.link_label)
            painter.setPen(pen(t.TEXT))
            painter.drawText(QRectF(x, r.top(), f.link_metrics.horizontalAdvance(name) + 2, r.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)


DIM_REASONS = 0x4A4D  # item data key: why an item is dimmed (the persona focus, the opportunities' filter)


def dim(item: QGraphicsItem, on: bool, reason: str = "persona") -> None:
    """Dim an item for `reason` (not on the focused persona's path, outside the map filter), or undo that; it stays
    dimmed while any reason holds."""
    reasons = set(item.data(DIM_REASONS) or ())
    if on:
        reasons.add(reason)
    else:
        reasons.discard(reason)
    item.setData(DIM_REASONS, tuple(sorted(reasons)))
    opacity = DIMMED if reasons else 1.0
    if item.opacity() != opacity:
        item.setOpacity(opacity)
        repaint_batched = getattr(item, "repaint_batched", None)  # a link drawn by the scene's batch item
        if repaint_batched is not None:
            repaint_batched()
