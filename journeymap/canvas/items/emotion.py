"""The emotion curve: a smooth line through the assessed touchpoints in journey order, the area between it and
0 tinted green above and red below (12 %), a dot in the emotion's colour at every touchpoint.

The curve is kept per lane: a change in one lane replaces that lane's points only, and the whole curve (its
points, line segments and tinted area) is made from them when it is next needed (painted, or its points read),
so moving one card does not redo a big map's curve, and several changes before a paint are joined once.

Drawing: Qt's antialiasing rasteriser slows down badly on a long path with thousands of steep edges (a curve of a
few thousand points across the map's width): it re-walks the whole outline for every band of rows it renders,
and its cost grows with the edges' height. So the line is drawn as straight segments (Qt's fast line rasteriser;
at the sub-pixel spacing of the points the same picture), the tinted area as polygons of those segments cut at 0
(each part filled once, not the whole area twice under two clips), in slices of `AREA_CHUNK` segments that meet
edge to edge, and the dots are copied from stamps (`canvas.stamps`).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items.polylines import flatten
from journeymap.canvas.stamps import draw_stamped, stamp_scale
from journeymap.canvas.style import NO_PEN, brush, pen
from journeymap.layout import emotion_y, smooth_path
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect

DOT = 3.5
DOT_BOX = 5.0  # half the side of a dot's stamp: the dot, its white ring and the antialiased edge
AREA_CHUNK = 128  # segments per slice of the tinted area
Point = tuple[float, float]


def _piece(points: Sequence[Point]) -> QPainterPath:
    """The smooth path through one lane's points: the segments of `smooth_path`, built without tuples or QPointFs
    (it runs for two lanes on every move of an assessed card)."""
    path = QPainterPath()
    if points:
        x0, y0 = points[0]
        path.moveTo(x0, y0)
        cubic_to = path.cubicTo
        for x1, y1 in points[1:]:
            dx = (x1 - x0) / 2
            cubic_to(x0 + dx, y0, x1 - dx, y1, x1, y1)
            x0, y0 = x1, y1
    return path


def _area_parts(lines: Sequence[QLineF], zero: float) -> tuple[list[QPolygonF], list[QPolygonF]]:
    """The area between the curve drawn as `lines` (left to right, joined) and the line y = `zero`: the part above
    and the part below, each as polygons of `AREA_CHUNK` segments that share their vertical edges."""
    above: list[QPointF] = []
    below: list[QPointF] = []
    if lines:
        x0, y0 = lines[0].x1(), lines[0].y1()
        above.append(QPointF(x0, min(y0, zero)))
        below.append(QPointF(x0, max(y0, zero)))
        for line in lines:
            x1, y1 = line.x2(), line.y2()
            if (y0 - zero) * (y1 - zero) < 0:  # crosses 0: both parts meet there
                crossing = QPointF(x0 + (zero - y0) * (x1 - x0) / (y1 - y0), zero)
                above.append(crossing)
                below.append(crossing)
            above.append(QPointF(x1, min(y1, zero)))
            below.append(QPointF(x1, max(y1, zero)))
            x0, y0 = x1, y1
    return _slices(above, zero), _slices(below, zero)


def _slices(points: list[QPointF], zero: float) -> list[QPolygonF]:
    slices = []
    for start in range(0, len(points) - 1, AREA_CHUNK):
        chunk = points[start:start + AREA_CHUNK + 1]
        chunk += [QPointF(chunk[-1].x(), zero), QPointF(chunk[0].x(), zero)]
        slices.append(QPolygonF(chunk))
    return slices


def _band(lod: float) -> float:
    """The zoom band the curve is flattened for: …, 0.25, 0.5, 1, 2, …"""
    return 2.0 ** math.ceil(math.log2(max(lod, 0.03125)))


@cache
def _dot_drawer(colour: str) -> Callable[[QPainter, QRectF], None]:
    """What draws a dot in `colour` with its white ring, centred in a box (for `draw_stamped`)."""
    def draw(painter: QPainter, box: QRectF) -> None:
        painter.setPen(pen("#FFFFFF", 1.2))
        painter.setBrush(brush(colour))
        painter.drawEllipse(box.center(), DOT, DOT)
    return draw


class EmotionCurveItem(QGraphicsItem):
    """The curve over the emotion band; the scene hands it each lane's points (`layout.curve_points`)."""

    def __init__(self, band: Rect, lanes: int, colour: str = t.CURVE_COLOUR, fill: bool = True,
                 dot_colour: str | None = None) -> None:
        super().__init__()
        self.setZValue(-80)
        self._colour = colour  # the line's colour
        self._fill = fill  # tint the area between the curve and 0
        self._dot_colour = dot_colour  # None: each dot in its emotion's colour
        self._muted = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._band = band
        self._rect = QRectF(band.x, band.y, band.w, band.h)
        self._lanes: list[list[Point]] = [[] for _ in range(lanes)]
        self._points: list[Point] = []
        self._xs: list[float] = []
        self._curve: QPainterPath | None = None  # the whole curve as one path (drawn muted only), made when needed
        self._areas: tuple[float, tuple[list[QPolygonF], list[QPolygonF]]] | None = None  # (zoom band, tinted parts)
        self._lines: tuple[float, list[QLineF]] | None = None  # (zoom band, the curve as straight segments)
        self._joined = True
        self._zero = emotion_y(band, 0)

    def set_lanes(self, band: Rect, lanes: Mapping[int, Sequence[Point]], count: int | None = None) -> None:
        """New points for some lanes (lane index → points, left to right); `count` resets the number of lanes."""
        if count is not None and count != len(self._lanes):
            self._lanes = [[] for _ in range(count)]
        rect = QRectF(band.x, band.y, band.w, band.h)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._band = band
        self._zero = emotion_y(band, 0)
        for index, points in lanes.items():
            self._lanes[index] = list(points)
        self._joined = False
        self.update()

    def _join(self) -> None:
        """Join the lanes' points into the whole curve (when next needed: see the module's note)."""
        if self._joined:
            return
        self._joined = True
        points: list[Point] = []
        for lane_points in self._lanes:
            points += lane_points
        self._points, self._xs = points, [x for x, _ in points]
        self._curve = self._areas = self._lines = None

    @property
    def points(self) -> list[Point]:
        self._join()
        return list(self._points)

    def _lines_at(self, lod: float) -> list[QLineF]:
        band = _band(lod)
        if self._lines is None or self._lines[0] != band:
            self._lines = (band, flatten(smooth_path(self._points), band))
        return self._lines[1]

    @property
    def colour(self) -> str:
        return self._colour

    @property
    def muted(self) -> bool:
        return self._muted

    def set_colour(self, colour: str) -> None:
        if colour != self._colour:
            self._colour = colour
            self.update()

    def set_muted(self, muted: bool) -> None:
        """Muted: a thin dashed line without tint or dots, in the background of other curves."""
        if muted != self._muted:
            self._muted = muted
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _score_at(self, y: float) -> int:
        span = self._band.h - 36.0
        return round(2 - (y - self._band.y - 18.0) / span * 4) if span > 0 else 0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self._join()
        if not self._points:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._muted:
            painter.setPen(pen(self._colour, 1.5, alpha=0.55, dashes=(6.0, 4.0), cap=Qt.PenCapStyle.FlatCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if self._curve is None:
                self._curve = _piece(self._points)  # the same smooth path through all points (`smooth_path`)
            painter.drawPath(self._curve)
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if len(self._points) > 1:
            if self._fill:
                self._paint_area(painter, lod)
            painter.setPen(pen(self._colour, 2.0, cap=Qt.PenCapStyle.SquareCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawLines(self._lines_at(lod))
        if lod < t.LOD_THRESHOLD and len(self._points) > 200:
            return
        exposed = option.exposedRect
        first = bisect_left(self._xs, exposed.left() - DOT)
        last = bisect_right(self._xs, exposed.right() + DOT)
        scale = stamp_scale(painter)
        side = 2 * DOT_BOX
        for x, y in self._points[first:last]:
            colour = self._dot_colour or t.emotion_colour(self._score_at(y))
            draw_stamped(painter, QRectF(x - DOT_BOX, y - DOT_BOX, side, side), ("dot", colour),
                         _dot_drawer(colour), scale)

    def _paint_area(self, painter: QPainter, lod: float) -> None:
        """The area between the curve and 0: green above, red below."""
        band = _band(lod)
        if self._areas is None or self._areas[0] != band:
            self._areas = (band, _area_parts(self._lines_at(lod), self._zero))
        above, below = self._areas[1]
        # Filled without antialiasing (3.5× faster on a dense curve): the top edge lies under the curve's 2 px line,
        # the bottom one on the 0 guide, and a faint 12 % tint shows no steps at its sides.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(NO_PEN)
        painter.setBrush(brush(t.EMOTION_GOOD, t.CURVE_FILL_ALPHA))
        for part in above:
            painter.drawPolygon(part)
        painter.setBrush(brush(t.EMOTION_BAD, t.CURVE_FILL_ALPHA))
        for part in below:
            painter.drawPolygon(part)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
