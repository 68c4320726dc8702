"""A link between two cards: a routed cubic curve with a filled arrowhead and an optional label on a white pill.

Step links are solid, alternatives dashed, loop-backs dotted and routed above the lanes (`layout.link_path`).
The scene gives the route (from the cards' current places, so links follow a drag live) and the label's spot
(`canvas.link_labels`: along the link, clear of cards and other labels, perhaps elided; the tooltip always has
the whole label). Zoomed out below `LABEL_MIN_ZOOM` the label hides. The item never edits the model.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import chain

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items.polylines import dashed, flatten
from journeymap.canvas.style import NO_BRUSH, NO_PEN, brush, fonts, pen
from journeymap.layout import theme as t
from journeymap.layout.geometry import Cubic
from journeymap.model import Link

PILL_HEIGHT = 18.0
LABEL_MIN_ZOOM = 0.55  # below this the 11 px label would be under 6 px on screen: not drawn
HIT_WIDTH = 8.0
_DASHES = {"step": (), "alternative": t.DASH_ALTERNATIVE, "loop_back": t.DASH_LOOP_BACK}
_CAPS = {"step": Qt.PenCapStyle.RoundCap, "alternative": Qt.PenCapStyle.FlatCap, "loop_back": Qt.PenCapStyle.FlatCap}
# round-capped dots cost 30× more to draw than square ones, which look the same at 1.5 px


def _length(curve: Cubic) -> float:
    """The length of a cubic segment (its control polygon's and chord's mean: close enough for dash phases)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    polygon = math.hypot(x1 - x0, y1 - y0) + math.hypot(x2 - x1, y2 - y1) + math.hypot(x3 - x2, y3 - y2)
    return (polygon + math.hypot(x3 - x0, y3 - y0)) / 2


def _extent(points: Iterable[tuple[float, float]], x0: float, y0: float, x1: float,
            y1: float) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) grown to hold `points`."""
    for x, y in points:
        if x < x0:
            x0 = x
        elif x > x1:
            x1 = x
        if y < y0:
            y0 = y
        elif y > y1:
            y1 = y
    return x0, y0, x1, y1


def visible_part(painter: QPainter, exposed: QRectF) -> QRectF:
    """What of an item can show: its exposed rect, cut to the painter's clip or else its device (item
    coordinates). (`scene.render` clips to its target: one call then instead of mapping the device.)"""
    if painter.hasClipping():
        return exposed.intersected(painter.clipBoundingRect())
    inverse, ok = painter.worldTransform().inverted()
    if not ok:
        return exposed
    device = painter.device()
    return exposed.intersected(inverse.mapRect(QRectF(0, 0, device.width(), device.height())))


_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_ANTIALIASING = QPainter.RenderHint.Antialiasing  # (PySide's enum lookups cost in a paint run thousands of times)
_FLAT = Qt.PenCapStyle.FlatCap
_LEFT = Qt.MouseButton.LeftButton
_NO_RECT = QRectF()
# the arrowhead's length and half width, and how far inside it the line ends
_ARROW, _ARROW_HALF, _ARROW_BACK = t.ARROW_SIZE, t.ARROW_SIZE * 0.55, t.ARROW_SIZE * 0.7
_routes = [0]  # how many times any link was routed: the overview's cached paths follow it


def route_version() -> int:
    """Changes whenever any link gets a new route."""
    return _routes[0]


@cache
def _solid_pen(selected: bool) -> QPen:
    """The pen of a step link's line, flat-capped (see `flatten`)."""
    return pen(t.SELECTION, t.LINK_SELECTED_WIDTH, 1.0, (), _FLAT) if selected else \
        pen(t.LINK_COLOUR, t.LINK_WIDTH, 1.0, (), _FLAT)


def plain_pen(full_detail: bool) -> QPen:
    """The pen of an unselected plain link (`LinkItem.plain_lines`): a step's line in full detail, else the
    hairline."""
    return _solid_pen(False) if full_detail else pen(t.LINK_COLOUR, 0)


def dash_pen(kind: str, ink: str, width: float) -> QPen:
    """The pen of a link of `kind` (dashed or dotted, or solid for steps) in `ink`, `width` px wide."""
    return pen(ink, width, dashes=_DASHES.get(kind, ()), cap=_CAPS.get(kind, Qt.PenCapStyle.FlatCap))


def anchored(pen: QPen, start: float) -> QPen:
    """`pen` with its dash pattern anchored to the scene for a straight run that starts at `start` (x or y)."""
    pattern = sum(pen.dashPattern()) or 1.0
    shifted = QPen(pen)
    shifted.setDashOffset((start / pen.widthF()) % pattern)
    return shifted


def kind_name(kind: str) -> str:
    """The translated name of a link kind."""
    if kind == "alternative":
        return QCoreApplication.translate("Canvas", "Alternative")
    if kind == "loop_back":
        return QCoreApplication.translate("Canvas", "Loop-back")
    return QCoreApplication.translate("Canvas", "Step")


class LinkItem(QGraphicsRectItem):
    """One link. `lid` is the link id, `link` the value it shows."""

    # What a link has until routed, kept by the class: `set_route` replaces them all, so building thousands of links
    # does not set each twice. (Never changed in place, only replaced.)
    _route: tuple[Cubic, ...] = ()
    # The line's path and the arrowhead's polygon are made from `_drawn` / `_tip` when first needed (painting,
    # hit tests): building a big map or moving a card with many links only computes floats.
    _path_made: QPainterPath | None = None
    _arrow_made: QPolygonF | None = None
    _tip: tuple[float, ...] = ()
    _label = ""
    _pill = _NO_RECT  # (never changed in place: replaced)
    _bounds = _NO_RECT
    _shape: QPainterPath | None = None
    _drawn_made: list[Cubic] | None = None  # `_drawn`, once made
    _back_x = _back_y = 0.0  # how far the line's end is drawn back from the arrow's tip (floats: not a tuple
    # per link for the collector to visit)
    _pieces_made: list[tuple[QRectF, float, tuple]] | None = None  # (made from `_drawn` when first needed)
    _line_bounds = (0.0, 0.0, 0.0, 0.0)  # x0, y0, x1, y1 of the drawn route's and arrow's points
    _lines: tuple[float, list[QLineF]] | None = None  # (zoom band, the drawn route as straight lines)
    _drawn_elsewhere = False  # `set_drawn_elsewhere`

    def __init__(self, link: Link, route: Sequence[Cubic] = ()) -> None:
        """A link item following `link`, along `route` if given (else routed later: `set_route`)."""
        super().__init__()
        self.lid = link.id
        self.link = link
        self.setFlags(_FLAGS)  # selectable; exposedRect for long routes
        self.setPen(NO_PEN)  # (a rect item: no outline of its own)
        self.setAcceptedMouseButtons(_LEFT)
        self.setZValue(10)
        self._dash_cache: dict[tuple[float, float], list[QLineF]] = {}  # (zoom band, width) → dashes of the curves
        if route:
            self.set_route(route)

    # ---------------------------------------------------------------- state from the scene
    def set_link(self, link: Link) -> None:
        """Show a new value of the link (label and kind; the ends never change). The label's spot comes from
        `canvas.link_labels` afterwards."""
        self.link = link
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
        a, c1, c2, p1 = route[-1]
        tx, ty = p1
        bx, by = c2 if c2 != p1 else a
        dx, dy = tx - bx, ty - by
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        base_x, base_y = tx - ux * _ARROW, ty - uy * _ARROW
        hx, hy = uy * _ARROW_HALF, ux * _ARROW_HALF
        tip = (tx, ty, base_x - hx, base_y + hy, base_x + hx, base_y - hy)
        bux, buy = ux * _ARROW_BACK, uy * _ARROW_BACK  # end the line inside the arrowhead: never out of its tip
        x0, y0 = route[0][0]
        # every piece but the last (each starts where the one before it ends), the last as drawn (`_drawn`), and
        # the arrowhead
        self._line_bounds = _extent(chain([p for piece in route[:-1] for p in piece[1:]], (
            c1, (c2[0] - bux, c2[1] - buy) if c2 != p1 else c2, (tx - bux, ty - buy), (tx, ty), (tip[2], tip[3]),
            (tip[4], tip[5]))), x0, y0, x0, y0)
        self._tip = tip
        self._back_x, self._back_y = bux, buy
        self._drawn_made = None
        self._pieces_made = None
        self._path_made = self._arrow_made = None
        self._lines = None
        self._dash_cache = {}
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
    def _drawn(self) -> list[Cubic]:
        """The route as drawn: the last segment ends inside the arrowhead (made when first needed: a big map's
        build makes only the bounds)."""
        drawn = self._drawn_made
        if drawn is None:
            drawn = list(self._route)
            if drawn:
                a, c1, c2, p1 = drawn[-1]
                bux, buy = self._back_x, self._back_y
                drawn[-1] = (a, c1, (c2[0] - bux, c2[1] - buy) if c2 != p1 else c2, (p1[0] - bux, p1[1] - buy))
            self._drawn_made = drawn
        return drawn

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
        if self._label:
            pill = self._pill
            x0, y0 = min(x0, pill.left()), min(y0, pill.top())
            x1, y1 = max(x1, pill.right()), max(y1, pill.bottom())
        self._bounds = QRectF(x0 - HIT_WIDTH, y0 - HIT_WIDTH, x1 - x0 + 2 * HIT_WIDTH, y1 - y0 + 2 * HIT_WIDTH)
        self.setRect(self._bounds)  # the bounding rect, kept by Qt (not asked of Python thousands of times a paint)
        self._shape = None

    @property
    def _pieces(self) -> list[tuple[QRectF, float, tuple]]:
        """Per drawn segment: its control points' bounds (1 px wider all round), the route's length before it, its
        points."""
        if self._pieces_made is None:
            pieces = []
            run = 0.0
            for a, c1, c2, p1 in self._drawn:
                xs, ys = (a[0], c1[0], c2[0], p1[0]), (a[1], c1[1], c2[1], p1[1])
                x0, y0 = min(xs) - 1.0, min(ys) - 1.0  # (grown: a straight run's rect would be empty, and an
                bounds = QRectF(x0, y0, max(xs) + 1.0 - x0, max(ys) + 1.0 - y0)  # empty rect meets nothing)
                pieces.append((bounds, run, (a, c1, c2, p1)))
                run += _length((a, c1, c2, p1))
            self._pieces_made = pieces
        return self._pieces_made

    def toolTip(self) -> str:
        """The kind in the current UI language, and the label if any: made when asked (`JourneyScene.helpEvent`
        shows it), not kept in Qt for each of thousands of links."""
        link = self.link
        return f"{kind_name(link.kind)}: {link.label}" if link.label else kind_name(link.kind)

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

    def _touches(self, exposed: QRectF, curves_only: bool = False) -> bool:
        """Does the exposed rect meet the line, its arrow or its label (not just the wide bounding rect)?
        `curves_only`: the straight runs do not count (the track item draws them)."""
        if len(self._pieces) < 3 or (self._label and self._pill.intersects(exposed)):
            return True
        grown = exposed.adjusted(-HIT_WIDTH - t.ARROW_SIZE, -HIT_WIDTH - t.ARROW_SIZE, HIT_WIDTH + t.ARROW_SIZE,
                                 HIT_WIDTH + t.ARROW_SIZE)
        if curves_only:
            x, y = self._tip[0], self._tip[1]
            return grown.contains(x, y) or any(
                bounds.intersects(grown) for bounds, _, (a, _, _, b) in self._pieces
                if not (a[0] == b[0] or a[1] == b[1]))
        return any(bounds.intersects(grown) for bounds, _, _ in self._pieces)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = None  # (only asked for where it matters: a PySide call and a rect per link and paint)
        if len(self._drawn) >= 3:  # a routed link: its bounds cover much it never crosses (`scene.render`
            exposed = visible_part(painter, option.exposedRect)  # exposes all of them)
            if not self._touches(exposed, self._on_tracks(self.isSelected())):
                return
        self.draw(painter, QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()), exposed)

    def draw(self, painter: QPainter, lod: float, exposed: QRectF | None) -> None:
        """Draw the link at zoom `lod` where `exposed` (scene coordinates; None: wherever it shows) shows: `paint`,
        or the scene's batch item (`items.overview.LinkBatchItem`) drawing many links in one go. Sets every pen and
        brush it uses."""
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
            painter.drawPolygon(self._arrow)  # (the same pixels as drawConvexPolygon, ≈ 2.4× faster)
            return
        painter.setRenderHint(_ANTIALIASING)
        if not _DASHES.get(self.link.kind):
            # A solid line as the straight segments of the route (cached per zoom band): Qt draws straight
            # lines of a flat- or square-capped pen with its fast line rasteriser, a curved path through its
            # general stroker (≈3× slower at the same look).
            painter.setPen(_solid_pen(selected))
            painter.drawLines(self._lines_at(lod))
        else:
            self._paint_dashes(painter, ink, t.LINK_SELECTED_WIDTH if selected else t.LINK_WIDTH, lod,
                               not self._on_tracks(selected),
                               visible_part(painter, self._bounds if exposed is None else exposed))
        painter.setPen(NO_PEN)
        painter.setBrush(brush(ink))
        painter.drawPolygon(self._arrow)  # (the same pixels as drawConvexPolygon, ≈ 2.4× faster)
        if self._label and lod >= LABEL_MIN_ZOOM:
            painter.setPen(pen(t.SELECTION if selected else "#C9CED6", 1.0))
            painter.setBrush(brush("#FFFFFF"))
            painter.drawRoundedRect(self._pill, PILL_HEIGHT / 2, PILL_HEIGHT / 2)
            painter.setFont(fonts().link_label)
            painter.setPen(pen(t.TEXT))
            painter.drawText(self._pill, Qt.AlignmentFlag.AlignCenter, self._label)

    def plain_lines(self, lod: float, full_detail: bool) -> list[QLineF] | None:
        """The segments `draw` would stroke at zoom `lod` in the plain links' pen (`plain_pen`) — the zoomed-out
        hairline, or in full detail (`full_detail`, or from `LOD_THRESHOLD` on) a solid step's line — followed by
        the arrowhead in the same ink; None when the link draws more or otherwise (selected, dashed in full
        detail, with its label). The batch item draws such links together (`items.overview.LinkBatchItem`)."""
        full_detail = full_detail or lod >= t.LOD_THRESHOLD
        if self.isSelected() or (full_detail and _DASHES.get(self.link.kind)) or \
                (self._label and lod >= LABEL_MIN_ZOOM):
            return None
        return self._lines_at(lod)

    def _dash_pen(self, ink: str, width: float) -> QPen:
        return dash_pen(self.link.kind, ink, width)

    def shared_runs(self) -> list[tuple[bool, float, float, float]]:
        """The straight horizontal and vertical runs of a dashed or dotted link, which the scene's track item
        (`items.tracks`) draws while the link is not selected: (horizontal?, y or x, from, to)."""
        if not _DASHES.get(self.link.kind):
            return []
        runs = []
        for _, _, (a, _, _, b) in self._pieces:
            if a[1] == b[1] and a[0] != b[0]:
                runs.append((True, a[1], min(a[0], b[0]), max(a[0], b[0])))
            elif a[0] == b[0] and a[1] != b[1]:
                runs.append((False, a[0], min(a[1], b[1]), max(a[1], b[1])))
        return runs

    def _on_tracks(self, selected: bool) -> bool:
        """Whether the scene's track item draws this link's straight runs now."""
        track = getattr(self.scene(), "track_item", None)
        return not selected and track is not None and track.isVisible()

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

    def _lines_at(self, lod: float) -> list[QLineF]:
        """The drawn route as straight segments, fine enough for zoom `lod` (kept until the route changes)."""
        band = 2.0 ** math.ceil(math.log2(max(lod, 0.03125)))  # …, 0.25, 0.5, 1, 2, 4: one flattening a band
        if self._lines is None or self._lines[0] != band:
            self._lines = (band, flatten(self._drawn, band))
        return self._lines[1]

    def _paint_dashes(self, painter: QPainter, ink: str, width: float, lod: float, runs: bool,
                      exposed: QRectF) -> None:
        """A dashed or dotted line: the dashes of its curved pieces as straight lines (cached per zoom band: Qt's
        fast line rasteriser, where a dashed curve would go through its general stroker); its straight runs cut
        to what is exposed (a loop-back of a big map is tens of thousands of px long) and dashed by Qt, anchored
        to the scene as the track item's (`items.tracks`). `runs`: False when the track item draws the runs."""
        painter.setPen(pen(ink, width, 1.0, (), _FLAT))
        painter.drawLines(self._dashes_at(lod, width))
        if not runs:
            return
        exposed = exposed.adjusted(-4, -4, 4, 4)
        line_pen = self._dash_pen(ink, width)
        for bounds, _, (a, _, _, b) in self._pieces:
            if not (a[0] == b[0] or a[1] == b[1]) or not bounds.intersects(exposed):
                continue
            horizontal = a[1] == b[1]
            lo, hi = (exposed.left(), exposed.right()) if horizontal else (exposed.top(), exposed.bottom())
            start, end = sorted((a[0], b[0]) if horizontal else (a[1], b[1]))
            start, end = max(start, lo), min(end, hi)
            if end > start:
                painter.setPen(anchored(line_pen, start))
                painter.drawLine(QLineF(start, a[1], end, a[1]) if horizontal else QLineF(a[0], start, a[0], end))

    def _dashes_at(self, lod: float, width: float) -> list[QLineF]:
        """The dashes of the curved pieces of the drawn route for a pen `width` px wide, as straight lines fine
        enough for zoom `lod` (kept until the route changes)."""
        band = 2.0 ** math.ceil(math.log2(max(lod, 0.03125)))
        key = (band, width)
        dashes = self._dash_cache.get(key)
        if dashes is None:
            pattern = [length * width for length in _DASHES[self.link.kind]]
            curved = [(before, piece) for _, before, piece in self._pieces
                      if not (piece[0][0] == piece[3][0] or piece[0][1] == piece[3][1])]
            dashes = self._dash_cache[key] = dashed(curved, pattern, band)
        return dashes
