"""The emotion curve: a smooth line through the assessed touchpoints in journey order, the area between it and
0 tinted green above and red below (12 %), a dot in the emotion's colour at every touchpoint.

The curve is kept per lane: a change in one lane replaces that lane's points only, and the whole curve (its
points, line segments and tinted area) is made from them when it is next needed (painted, or its points read),
so moving one card does not redo a big map's curve, and several changes before a paint are joined once.

Drawing: Qt's antialiasing rasteriser slows down badly on a long path with thousands of steep edges (a curve of a
few thousand points across the map's width): it re-walks the whole outline for every band of rows it renders.
So the line is drawn as straight segments (Qt's fast line rasteriser; at the sub-pixel spacing of the points the
same picture) and the tinted area in slices of `AREA_CHUNK` points that meet edge to edge.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items.link import flatten
from journeymap.canvas.style import NO_PEN, brush, pen
from journeymap.layout import emotion_y, smooth_path
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect

DOT = 3.5
AREA_CHUNK = 48  # points per slice of the tinted area
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


def _area_slices(points: Sequence[Point], zero: float) -> list[QPainterPath]:
    """The area between the smooth curve through `points` and the line `zero`, in slices of `AREA_CHUNK` points
    that share their vertical edges."""
    slices = []
    for start in range(0, max(1, len(points) - 1), AREA_CHUNK):
        chunk = points[start:start + AREA_CHUNK + 1]
        if len(chunk) < 2:
            break
        area = _piece(chunk)
        area.lineTo(chunk[-1][0], zero)
        area.lineTo(chunk[0][0], zero)
        area.closeSubpath()
        slices.append(area)
    return slices


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
        self._areas: list[QPainterPath] | None = None  # the tinted area's slices, made when first painted
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
        band = 2.0 ** math.ceil(math.log2(max(lod, 0.03125)))
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
                self._paint_area(painter)
            painter.setPen(pen(self._colour, 2.0, cap=Qt.PenCapStyle.FlatCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawLines(self._lines_at(lod))
        if lod < t.LOD_THRESHOLD and len(self._points) > 200:
            return
        exposed = option.exposedRect
        first = bisect_left(self._xs, exposed.left() - DOT)
        last = bisect_right(self._xs, exposed.right() + DOT)
        painter.setPen(pen("#FFFFFF", 1.2))
        fixed = brush(self._dot_colour) if self._dot_colour else None
        for x, y in self._points[first:last]:
            painter.setBrush(fixed or brush(t.emotion_colour(self._score_at(y))))
            painter.drawEllipse(QPointF(x, y), DOT, DOT)

    def _paint_area(self, painter: QPainter) -> None:
        """The area between the curve and 0: green above, red below."""
        r = self._rect
        painter.setPen(NO_PEN)
        painter.save()
        painter.setClipRect(QRectF(r.left(), r.top(), r.width(), self._zero - r.top()),
                            Qt.ClipOperation.IntersectClip)
        if self._areas is None:
            self._areas = _area_slices(self._points, self._zero)
        painter.setBrush(brush(t.EMOTION_GOOD, t.CURVE_FILL_ALPHA))
        for area in self._areas:
            painter.drawPath(area)
        painter.restore()
        painter.save()
        painter.setClipRect(QRectF(r.left(), self._zero, r.width(), r.bottom() - self._zero),
                            Qt.ClipOperation.IntersectClip)
        painter.setBrush(brush(t.EMOTION_BAD, t.CURVE_FILL_ALPHA))
        for area in self._areas:
            painter.drawPath(area)
        painter.restore()
