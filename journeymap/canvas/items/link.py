"""A link between two cards: a routed cubic curve with a filled arrowhead and an optional label on a white pill.

Step links are solid, alternatives dashed, loop-backs dotted and routed above the lanes (`layout.link_path`).
The scene gives the route (from the cards' current places, so links follow a drag live) and the label's spot
(`canvas.link_labels`: along the link, clear of cards and other labels, perhaps elided; the tooltip always has
the whole label). Zoomed out below `LABEL_MIN_ZOOM` the label hides. The item never edits the model.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.style import NO_BRUSH, NO_PEN, brush, fonts, pen
from journeymap.layout import theme as t
from journeymap.layout.geometry import Cubic
from journeymap.model import Link

PILL_HEIGHT = 18.0
LABEL_MIN_ZOOM = 0.55  # below this the 11 px label would be under 6 px on screen: not drawn
HIT_WIDTH = 8.0
WHOLE_OUTLINE_MAX = 4000.0  # a dashed link this small (width + height) keeps its whole stroked outline
FLATNESS = 0.5  # device px: how far the straight segments a solid line is drawn with may stray from its curve
_DASHES = {"step": (), "alternative": t.DASH_ALTERNATIVE, "loop_back": t.DASH_LOOP_BACK}
_CAPS = {"step": Qt.PenCapStyle.RoundCap, "alternative": Qt.PenCapStyle.FlatCap, "loop_back": Qt.PenCapStyle.FlatCap}
# round-capped dots cost 30× more to draw than square ones, which look the same at 1.5 px


def _length(curve: Cubic) -> float:
    """The length of a cubic segment (its control polygon's and chord's mean: close enough for dash phases)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    polygon = math.hypot(x1 - x0, y1 - y0) + math.hypot(x2 - x1, y2 - y1) + math.hypot(x3 - x2, y3 - y2)
    return (polygon + math.hypot(x3 - x0, y3 - y0)) / 2


def flatten(route: Sequence[Sequence[tuple[float, float]]], scale: float) -> list[QLineF]:
    """`route` as straight segments within `FLATNESS` device px of its curves at `scale`; straight pieces in a row
    become one segment (flat-capped segments then meet edge to edge: no pixel is drawn twice on a straight run).
    A cubic strays at most ¾·max|second difference|/n² from n equal steps."""
    points: list[tuple[float, float]] = [route[0][0]] if route else []
    for (x0, y0), (x1, y1), (x2, y2), (x3, y3) in route:
        bend = max(math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2), math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3))
        n = min(64, math.ceil(math.sqrt(0.75 * bend * scale / FLATNESS))) if bend > 1e-9 else 1
        for k in range(1, n):
            u = k / n
            v = 1.0 - u
            a, b, c, d = v * v * v, 3 * v * v * u, 3 * v * u * u, u * u * u
            points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
        points.append((x3, y3))
    lines: list[QLineF] = []
    start = previous = points[0] if points else (0.0, 0.0)
    for point in points[1:]:
        if point == previous:
            continue
        if previous != start and _straight_on(start, previous, point):
            previous = point
            continue
        if previous != start:
            lines.append(QLineF(start[0], start[1], previous[0], previous[1]))
            start = previous
        previous = point
    if previous != start:
        lines.append(QLineF(start[0], start[1], previous[0], previous[1]))
    return lines


def _straight_on(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> bool:
    """Does c continue the straight line from a through b (same direction)?"""
    abx, aby, bcx, bcy = b[0] - a[0], b[1] - a[1], c[0] - b[0], c[1] - b[1]
    return abs(abx * bcy - aby * bcx) <= 1e-9 * (abs(abx) + abs(aby)) * (abs(bcx) + abs(bcy)) and \
        abx * bcx + aby * bcy > 0


def visible_part(painter: QPainter, exposed: QRectF) -> QRectF:
    """What of an item can show: its exposed rect, cut to the painter's clip and device (item coordinates)."""
    inverse, ok = painter.worldTransform().inverted()
    if not ok:
        return exposed
    device = painter.device()
    visible = exposed.intersected(inverse.mapRect(QRectF(0, 0, device.width(), device.height())))
    if painter.hasClipping():
        visible = visible.intersected(painter.clipBoundingRect())
    return visible


_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_ANTIALIASING = QPainter.RenderHint.Antialiasing  # (PySide's enum lookups cost in a paint run thousands of times)
_FLAT = Qt.PenCapStyle.FlatCap
_LEFT = Qt.MouseButton.LeftButton
_routes = [0]  # how many times any link was routed: the overview's cached paths follow it


def route_version() -> int:
    """Changes whenever any link gets a new route."""
    return _routes[0]


def kind_name(kind: str) -> str:
    """The translated name of a link kind."""
    if kind == "alternative":
        return QCoreApplication.translate("Canvas", "Alternative")
    if kind == "loop_back":
        return QCoreApplication.translate("Canvas", "Loop-back")
    return QCoreApplication.translate("Canvas", "Step")


class LinkItem(QGraphicsItem):
    """One link. `lid` is the link id, `link` the value it shows."""

    def __init__(self, link: Link) -> None:
        super().__init__()
        self.lid = link.id
        self.link = link
        self.setFlags(_FLAGS)  # selectable; exposedRect for long routes
        self._drawn_elsewhere = False  # `set_drawn_elsewhere`
        self.setAcceptedMouseButtons(_LEFT)
        self.setZValue(10)
        self._route: tuple[Cubic, ...] = ()
        # The line's path and the arrowhead's polygon are made from `_drawn` / `_tip` when first needed (painting,
        # hit tests): building a big map or moving a card with many links only computes floats.
        self._path_made: QPainterPath | None = QPainterPath()
        self._arrow_made: QPolygonF | None = QPolygonF()
        self._tip: tuple[float, ...] = ()
        self._label = ""
        self._pill = QRectF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._drawn: list[Cubic] = []  # the route as drawn: the last segment ends inside the arrowhead
        self._pieces_made: list[tuple[QRectF, float, tuple]] | None = []
        self._line_bounds = (0.0, 0.0, 0.0, 0.0)  # x0, y0, x1, y1 of the drawn route's and arrow's points
        self._lines: tuple[float, list[QLineF]] | None = None  # (zoom band, the drawn route as straight lines)
        self._outline: tuple[bool, QPainterPath] | None = None  # (selected, the dashed line's stroked outline)
        self._piece_outlines: dict[tuple[int, bool], QPainterPath] = {}
        self.set_link(link)

    # ---------------------------------------------------------------- state from the scene
    def set_link(self, link: Link) -> None:
        """Show a new value of the link (label and kind; the ends never change). The label's spot comes from
        `canvas.link_labels` afterwards."""
        self.link = link
        self.retranslate()
        if self.scene() is not None:
            self.update()
            self.repaint_batched()

    def set_route(self, route: Sequence[Cubic]) -> None:
        """Follow a new route (cubic segments in scene coordinates). Runs for every link of a moved card and for
        each of thousands of links when a big map is built: plain floats here, the per-segment pieces (used only
        when painting dashes or testing long routes) made on first use."""
        self.prepareGeometryChange()
        before = QRectF(self._bounds) if self._drawn_elsewhere else None  # see `repaint_batched`
        _routes[0] += 1
        self._route = route = tuple(route)
        p0, last = route[0][0], route[-1]
        (bx, by), (tx, ty) = (last[2] if last[2] != last[3] else last[0]), last[3]
        dx, dy = tx - bx, ty - by
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        size = t.ARROW_SIZE
        base_x, base_y = tx - ux * size, ty - uy * size
        half = size * 0.55
        tip = (tx, ty, base_x - uy * half, base_y + ux * half, base_x + uy * half, base_y - ux * half)
        back = size * 0.7  # end the line inside the arrowhead so it never pokes out of the tip
        ends = list(route)
        a, c1, c2, p1 = ends[-1]
        ends[-1] = (a, c1, (c2[0] - ux * back, c2[1] - uy * back) if c2 != p1 else c2,
                    (p1[0] - ux * back, p1[1] - uy * back))
        xs = [tip[0], tip[2], tip[4], p0[0]]
        ys = [tip[1], tip[3], tip[5], p0[1]]
        for _, (c1x, c1y), (c2x, c2y), (p1x, p1y) in ends:
            xs += (c1x, c2x, p1x)
            ys += (c1y, c2y, p1y)
        self._line_bounds = (min(xs), min(ys), max(xs), max(ys))
        self._tip = tip
        self._drawn = ends
        self._pieces_made = None
        self._path_made = self._arrow_made = None
        self._lines = self._outline = None
        self._piece_outlines = {}
        self._update_bounds()
        if before is not None:
            self.repaint_batched(before)

    def set_drawn_elsewhere(self, on: bool) -> None:
        """Drawn by the scene's overview or batch item (`items.overview`) instead of by itself: no contents."""
        if on != self._drawn_elsewhere:
            self._drawn_elsewhere = on
            self.setFlag(_NO_CONTENTS, on)

    def repaint_batched(self, before: QRectF | None = None) -> None:
        """While the scene's batch item draws this link (`items.overview.LinkBatchItem`; Qt ignores updates of an
        item without contents), have it repaint where the link was (`before`) and is."""
        if self._drawn_elsewhere:
            batch = getattr(self.scene(), "link_batch_item", None)
            if batch is not None and batch.isVisible():
                batch.update(self._bounds if before is None or before.isNull() else self._bounds.united(before))

    @property
    def _path(self) -> QPainterPath:
        if self._path_made is None:
            path = QPainterPath(QPointF(*self._drawn[0][0]))
            for _, (c1x, c1y), (c2x, c2y), (p1x, p1y) in self._drawn:
                path.cubicTo(c1x, c1y, c2x, c2y, p1x, p1y)
            self._path_made = path
        return self._path_made

    @property
    def _arrow(self) -> QPolygonF:
        if self._arrow_made is None:
            x0, y0, x1, y1, x2, y2 = self._tip
            self._arrow_made = QPolygonF([QPointF(x0, y0), QPointF(x1, y1), QPointF(x2, y2)])
        return self._arrow_made

    def set_label_spot(self, text: str, pill: QRectF) -> None:
        """Show `text` (the label, perhaps elided; empty: no label shown) in `pill` (scene coordinates), where
        `canvas.link_labels` found room for it."""
        if text == self._label and pill == self._pill:
            return
        self.prepareGeometryChange()
        self._label, self._pill = text, QRectF(pill) if text else QRectF()
        self._update_bounds()
        self.update()

    def _update_bounds(self) -> None:
        """The route's control points and the arrowhead (a curve stays inside its control points), the label's
        pill, and room for hit tests around them."""
        x0, y0, x1, y1 = self._line_bounds
        bounds = QRectF(x0, y0, x1 - x0, y1 - y0)
        if self._label:
            bounds = bounds.united(self._pill)
        self._bounds = bounds.adjusted(-HIT_WIDTH, -HIT_WIDTH, HIT_WIDTH, HIT_WIDTH)
        self._shape = None

    @property
    def _pieces(self) -> list[tuple[QRectF, float, tuple]]:
        """Per drawn segment: its control points' bounds, the route's length before it, its points."""
        if self._pieces_made is None:
            pieces = []
            run = 0.0
            for a, c1, c2, p1 in self._drawn:
                xs, ys = (a[0], c1[0], c2[0], p1[0]), (a[1], c1[1], c2[1], p1[1])
                pieces.append((QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), run, (a, c1, c2, p1)))
                run += _length((a, c1, c2, p1))
            self._pieces_made = pieces
        return self._pieces_made

    def retranslate(self) -> None:
        """Tooltip in the current UI language: the kind, and the label if any."""
        link = self.link
        self.setToolTip(f"{kind_name(link.kind)}: {link.label}" if link.label else kind_name(link.kind))

    @property
    def route(self) -> tuple[Cubic, ...]:
        return self._route

    @property
    def drawn_path(self) -> QPainterPath:
        """The line as drawn (without the arrowhead), in scene coordinates."""
        return self._path

    @property
    def label_text(self) -> str:
        """The label as shown on the pill (elided when room is short; empty when hidden for lack of room)."""
        return self._label

    @property
    def label_rect(self) -> QRectF:
        """The label's pill in scene coordinates (empty without a shown label)."""
        return QRectF(self._pill)

    # ---------------------------------------------------------------- QGraphicsItem
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            shape = stroker.createStroke(self._path)
            shape.addPolygon(self._arrow)
            if self._label:
                shape.addRoundedRect(self._pill, PILL_HEIGHT / 2, PILL_HEIGHT / 2)
            self._shape = shape
        return self._shape

    def _touches(self, exposed: QRectF) -> bool:
        """Does the exposed rect meet the line, its arrow or its label (not just the wide bounding rect)?"""
        if len(self._pieces) < 3 or (self._label and self._pill.intersects(exposed)):
            return True
        grown = exposed.adjusted(-HIT_WIDTH - t.ARROW_SIZE, -HIT_WIDTH - t.ARROW_SIZE, HIT_WIDTH + t.ARROW_SIZE,
                                 HIT_WIDTH + t.ARROW_SIZE)
        return any(bounds.intersects(grown) for bounds, _, _ in self._pieces)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        if self._touches(exposed):  # a routed loop-back's bounds cover much it never crosses
            self.draw(painter, QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()), exposed)

    def draw(self, painter: QPainter, lod: float, exposed: QRectF) -> None:
        """Draw the link at zoom `lod` where `exposed` (scene coordinates) shows: `paint`, or the scene's batch item
        (`items.overview.LinkBatchItem`) drawing many links in one go. Sets every pen and brush it uses."""
        selected = self.isSelected()
        ink = t.SELECTION if selected else t.LINK_COLOUR
        if lod < t.LOD_THRESHOLD and not getattr(self.scene(), "full_detail", False):
            # zoomed out: a thin cosmetic line (the route's straight segments, flattened for this zoom: fewer and
            # cheaper than Qt's own curve subdivision) and the arrowhead, no label
            painter.setPen(pen(ink, 0))
            painter.setBrush(NO_BRUSH)
            painter.drawLines(self._lines_at(lod))
            painter.setPen(NO_PEN)
            painter.setBrush(brush(ink))
            painter.drawPolygon(self._arrow)
            return
        painter.setRenderHint(_ANTIALIASING)
        width = t.LINK_SELECTED_WIDTH if selected else t.LINK_WIDTH
        painter.setBrush(NO_BRUSH)
        if self.link.kind not in _DASHES or not _DASHES[self.link.kind]:
            # A solid line as the straight segments of the route (cached per zoom band): Qt draws straight
            # lines of a flat- or square-capped pen with its fast line rasteriser, a curved path through its
            # general stroker (≈3× slower at the same look).
            painter.setPen(pen(ink, width, 1.0, (), _FLAT))
            painter.drawLines(self._lines_at(lod))
        elif width * lod <= 1.0:  # a hairline on screen: Qt's cosmetic stroker dashes a curve fast
            painter.setPen(self._dash_pen(ink, width))
            painter.drawPath(self._path)
        else:
            self._paint_dashes(painter, ink, width, selected, visible_part(painter, exposed))
        painter.setPen(NO_PEN)
        painter.setBrush(brush(ink))
        painter.drawPolygon(self._arrow)
        if self._label and lod >= LABEL_MIN_ZOOM:
            painter.setPen(pen(t.SELECTION if selected else "#C9CED6", 1.0))
            painter.setBrush(brush("#FFFFFF"))
            painter.drawRoundedRect(self._pill, PILL_HEIGHT / 2, PILL_HEIGHT / 2)
            painter.setFont(fonts().link_label)
            painter.setPen(pen(t.TEXT))
            painter.drawText(self._pill, Qt.AlignmentFlag.AlignCenter, self._label)

    def _dash_pen(self, ink: str, width: float) -> QPen:
        kind = self.link.kind
        return pen(ink, width, dashes=_DASHES.get(kind, ()), cap=_CAPS.get(kind, Qt.PenCapStyle.FlatCap))

    @property
    def ink_bounds(self) -> tuple[float, float, float, float]:
        """x0, y0, x1, y1 of what the line and arrowhead can cover (without the label), a little grown."""
        x0, y0, x1, y1 = self._line_bounds
        return x0 - 2.0, y0 - 2.0, x1 + 2.0, y1 + 2.0

    @property
    def arrow(self) -> QPolygonF:
        return self._arrow

    def touches(self, exposed: QRectF) -> bool:
        """Whether the line, arrowhead or label meets `exposed` (scene coordinates)."""
        return self._touches(exposed)

    def lines_at(self, lod: float) -> list[QLineF]:
        """The line as drawn (without the arrowhead) as straight segments, fine enough for zoom `lod`."""
        return self._lines_at(lod)

    def _lines_at(self, lod: float) -> list[QLineF]:
        """The drawn route as straight segments, fine enough for zoom `lod` (kept until the route changes)."""
        band = 2.0 ** math.ceil(math.log2(max(lod, 0.03125)))  # …, 0.25, 0.5, 1, 2, 4: one flattening a band
        if self._lines is None or self._lines[0] != band:
            self._lines = (band, flatten(self._drawn, band))
        return self._lines[1]

    def _paint_dashes(self, painter: QPainter, ink: str, width: float, selected: bool, exposed: QRectF) -> None:
        """A dashed line: its stroked outline (cached) when the whole link shows, else only what is exposed."""
        x0, y0, x1, y1 = self._line_bounds
        if exposed.contains(self._bounds) and (x1 - x0) + (y1 - y0) <= WHOLE_OUTLINE_MAX:
            if self._outline is None or self._outline[0] != selected:
                stroker = QPainterPathStroker(self._dash_pen(ink, width))
                self._outline = (selected, stroker.createStroke(self._path))
            painter.setPen(NO_PEN)
            painter.setBrush(brush(ink))
            painter.drawPath(self._outline[1])
            return
        self._paint_exposed_dashes(painter, ink, width, selected, exposed.adjusted(-4, -4, 4, 4))

    def _paint_exposed_dashes(self, painter: QPainter, ink: str, width: float, selected: bool,
                              exposed: QRectF) -> None:
        """Dash only what is exposed: a loop-back of a big map is tens of thousands of px long. Straight runs are
        cut to the exposed rect and drawn as dashed lines (Qt's fast line rasteriser); curved pieces are filled
        from their cached stroked outline. The dash offset carries on so the pattern does not swim while
        scrolling."""
        line_pen = self._dash_pen(ink, width)
        for index, (bounds, before, (a, c1, c2, b)) in enumerate(self._pieces):
            if not bounds.adjusted(-1, -1, 1, 1).intersects(exposed):
                continue
            if a[0] == b[0] or a[1] == b[1]:  # a straight horizontal or vertical run: clip it to the exposed rect
                horizontal = a[1] == b[1]
                lo, hi = (exposed.left(), exposed.right()) if horizontal else (exposed.top(), exposed.bottom())
                start, end = (a[0], b[0]) if horizontal else (a[1], b[1])
                step = 1.0 if end >= start else -1.0
                s0 = min(max(start, lo), hi) if step > 0 else max(min(start, hi), lo)
                s1 = min(max(end, lo), hi) if step > 0 else max(min(end, hi), lo)
                if (s1 - s0) * step <= 0:
                    continue
                shifted = QPen(line_pen)
                shifted.setDashOffset((before + abs(s0 - start)) / width)
                painter.setPen(shifted)
                painter.drawLine(QLineF(s0, a[1], s1, a[1]) if horizontal else QLineF(a[0], s0, a[0], s1))
                continue
            outline = self._piece_outlines.get((index, selected))
            if outline is None:
                piece = QPainterPath(QPointF(*a))
                piece.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*b))
                shifted = QPen(line_pen)
                shifted.setDashOffset(before / width)
                outline = self._piece_outlines[index, selected] = QPainterPathStroker(shifted).createStroke(piece)
            painter.setPen(NO_PEN)
            painter.setBrush(brush(ink))
            painter.drawPath(outline)
