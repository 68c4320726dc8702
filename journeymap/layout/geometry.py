"""Lane geometry: where lanes, cards, the emotion band and the curve go. Qt-free; canvas and PDF share it.

Coordinates are px at 100 % zoom with the origin at the top-left of the map; the PDF reads them as points.
A touchpoint stores only its phase and slot position; everything here is derived from those.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import groupby, pairwise
from operator import itemgetter

from journeymap.layout import theme as t
from journeymap.model.values import PhaseModel, Touchpoint

SLOT = t.CARD_HEIGHT + t.CARD_GAP
LANES_TOP = t.LOOP_MARGIN


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)


@dataclass(frozen=True)
class Lane:
    phase_id: str
    index: int
    colour: str
    rect: Rect  # the whole lane, header included
    header: Rect


@dataclass(frozen=True)
class MapGeometry:
    """The frame of the map: lanes, the emotion band below them, and the total size."""

    lanes: tuple[Lane, ...]
    band: Rect
    width: float
    height: float

    def lane(self, phase_id: str) -> Lane:
        for lane in self.lanes:
            if lane.phase_id == phase_id:
                return lane
        raise KeyError(phase_id)

    def lane_at(self, x: float) -> Lane | None:
        """The lane under an x coordinate, or None left/right of the map."""
        index = math.floor(x / t.LANE_WIDTH)
        return self.lanes[index] if 0 <= index < len(self.lanes) else None


def rows_needed(positions: Iterable[float]) -> int:
    """How many card slots tall the lanes must be for these positions."""
    return max([t.MIN_ROWS, *(math.ceil(p + 1.0) for p in positions)]) + 1


def map_geometry(phases: PhaseModel, rows: int = t.MIN_ROWS, min_height: float = 0.0) -> MapGeometry:
    """Lanes side by side, `rows` card slots tall, with the emotion band below; with `min_height` the lanes
    stretch so the whole map is at least that tall (the canvas fills its view with them)."""
    body = t.CARD_TOP_PAD + rows * SLOT
    lane_height = max(t.HEADER_HEIGHT + body, min_height - LANES_TOP - t.EMOTION_BAND)
    lanes = tuple(
        Lane(
            phase_id=phase.id,
            index=i,
            colour=t.phase_colour(phase.id, i),
            rect=Rect(i * t.LANE_WIDTH, LANES_TOP, t.LANE_WIDTH, lane_height),
            header=Rect(i * t.LANE_WIDTH, LANES_TOP, t.LANE_WIDTH, t.HEADER_HEIGHT),
        )
        for i, phase in enumerate(phases.phases)
    )
    width = len(lanes) * t.LANE_WIDTH
    band = Rect(0.0, LANES_TOP + lane_height, width, t.EMOTION_BAND)
    return MapGeometry(lanes, band, width, band.bottom)


def card_rect(lane_index: int, position: float) -> Rect:
    """Where a card sits: centred in its lane, `position` slots below the header."""
    x = lane_index * t.LANE_WIDTH + (t.LANE_WIDTH - t.CARD_WIDTH) / 2
    y = LANES_TOP + t.HEADER_HEIGHT + t.CARD_TOP_PAD + position * SLOT
    return Rect(x, y, t.CARD_WIDTH, t.CARD_HEIGHT)


def position_at(y: float) -> float:
    """The slot position for a card whose top edge is at `y` (not below 0)."""
    return max(0.0, (y - LANES_TOP - t.HEADER_HEIGHT - t.CARD_TOP_PAD) / SLOT)


def free_slot(taken: Iterable[float], wanted: float) -> float:
    """The whole slot nearest to `wanted` that no card in `taken` occupies (below first, on a tie)."""
    return free_slot_among({round(p) for p in taken}, wanted)


def free_slot_among(occupied: AbstractSet[int], wanted: float) -> float:
    """`free_slot` for the slots already taken, as whole numbers (kept by a caller placing many cards)."""
    start = max(0, round(wanted))
    for distance in range(0, len(occupied) + 2):
        for slot in (start + distance, start - distance):
            if slot >= 0 and slot not in occupied:
                return float(slot)
    return float(start + len(occupied) + 1)


def emotion_y(band: Rect, score: float) -> float:
    """The y of an emotion score (−2..+2) inside the emotion band (+2 at the top)."""
    margin = 18.0
    return band.y + margin + (2.0 - score) / 4.0 * (band.h - 2 * margin)


def curve_points(
    phases: PhaseModel, band: Rect, touchpoints: Sequence[Touchpoint],
    emotion_of: Callable[[Touchpoint], int | None] = lambda tp: tp.emotion
) -> list[tuple[float, float]]:
    """Points of an emotion curve: assessed touchpoints in journey order, at their card's x-centre.

    Cards stacked in one lane share an x: their points are spread across the lane so the curve moves on
    (`lane_curve_points`). The x-centre of a card depends only on its lane, the y only on the score (same values
    as `card_rect(...).centre[0]`/`emotion_y`).
    """
    order = {pid: i for i, pid in enumerate(phases.ids())}
    lane_of = order.get
    rows = [(lane_of(tp.phase), tp.position, n, tp) for n, tp in enumerate(touchpoints)]
    rows = sorted(row for row in rows if row[0] is not None)  # n keeps equal places in their given order
    points: list[tuple[float, float]] = []
    for lane, group in groupby(rows, key=itemgetter(0)):
        scores = [score for score in (emotion_of(row[3]) for row in group) if score is not None]
        points += lane_curve_points(lane, band, scores)
    return points


def lane_curve_points(lane: int, band: Rect, scores: Sequence[int]) -> list[tuple[float, float]]:
    """One lane's points of an emotion curve: the scores of its assessed touchpoints in journey order, spread
    across the lane (one point: at the lane's card centre). The canvas keeps each lane's scores in order as cards
    change and calls this for the lanes that changed only."""
    if not scores:
        return []
    ys = {score: emotion_y(band, score) for score in set(scores)}
    x = card_rect(lane, 0.0).centre[0]
    if len(scores) == 1:
        return [(x, ys[scores[0]])]
    width = t.CARD_WIDTH * 0.8
    step = width / (len(scores) - 1)
    x0 = x - width / 2
    return [(x0 + k * step, ys[score]) for k, score in enumerate(scores)]


def smooth_path(points: Sequence[tuple[float, float]]) -> list[tuple[tuple[float, float], ...]]:
    """Cubic Bézier segments through `points` (monotone in x): [(p0, c1, c2, p1), ...]."""
    segments: list[tuple[tuple[float, float], ...]] = []
    for (x0, y0), (x1, y1) in pairwise(points):
        dx = (x1 - x0) / 2
        segments.append(((x0, y0), (x0 + dx, y0), (x1 - dx, y1), (x1, y1)))
    return segments


Point = tuple[float, float]
Cubic = tuple[Point, Point, Point, Point]
GUTTER = (t.LANE_WIDTH - t.CARD_WIDTH) / 2  # from a card's side to its lane's edge
LOOP_Y = LANES_TOP / 2  # the track above the lanes that loop-backs run along
_LOOP_STEP_OUT = 12.0  # how far into the gutter a routed link turns
_CORNER = 10.0  # radius of a routed link's corners
_SAME_LANE_REACH = 24.0  # a link inside one lane bulges this far right (stays in the gutter)
_KAPPA = 0.5523  # cubic approximation of a quarter circle


def link_path(source: Rect, target: Rect, loop_back: bool = False) -> tuple[Cubic, ...]:
    """The route of a link as cubic Bézier segments [(p0, c1, c2, p1), ...], from `source` to `target`.

    A forward link is one curve from the right side of the source to the left side of the target. A link inside
    one lane bulges into the gutter on the right. Loop-backs (and any link that goes leftwards) turn into the
    gutter right of the source, run through the margin above the lanes and come down the gutter left of the
    target into its left side, so they never cross cards. The last segment always ends on the target's edge and
    points into it (the arrowhead follows its direction).
    """
    if loop_back or target.x < source.x - 1:
        return _loop_route(source, target)
    start = (source.right, source.centre[1])
    if abs(target.x - source.x) < 1:  # same lane: bulge to the right
        end = (target.right, target.centre[1])
        reach = _SAME_LANE_REACH
        return ((start, (start[0] + reach, start[1]), (end[0] + reach, end[1]), end),)
    end = (target.x, target.centre[1])
    reach = max(40.0, abs(end[0] - start[0]) / 2)
    return ((start, (start[0] + reach, start[1]), (end[0] - reach, end[1]), end),)


def _loop_route(source: Rect, target: Rect) -> tuple[Cubic, ...]:
    out_x = source.right + _LOOP_STEP_OUT
    in_x = target.x - _LOOP_STEP_OUT
    corners = [
        (source.right, source.centre[1]),
        (out_x, source.centre[1]),
        (out_x, LOOP_Y),
        (in_x, LOOP_Y),
        (in_x, target.centre[1]),
        (target.x, target.centre[1]),
    ]
    return rounded_polyline(corners, _CORNER)


def rounded_polyline(points: Sequence[Point], radius: float) -> tuple[Cubic, ...]:
    """An orthogonal polyline as cubic segments: straight runs joined by quarter-circle-like corners."""

    def towards(a: Point, b: Point, d: float) -> Point:
        length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
        return (a[0] + (b[0] - a[0]) * d / length, a[1] + (b[1] - a[1]) * d / length)

    def seg_len(a: Point, b: Point) -> float:
        return math.hypot(b[0] - a[0], b[1] - a[1])

    segments: list[Cubic] = []
    cursor = points[0]
    for i in range(1, len(points) - 1):
        prev, corner, nxt = points[i - 1], points[i], points[i + 1]
        r = min(radius, seg_len(prev, corner) / 2, seg_len(corner, nxt) / 2)
        a, b = towards(corner, prev, r), towards(corner, nxt, r)
        if cursor != a:
            segments.append(_line(cursor, a))
        c1 = (a[0] + (corner[0] - a[0]) * _KAPPA, a[1] + (corner[1] - a[1]) * _KAPPA)
        c2 = (b[0] + (corner[0] - b[0]) * _KAPPA, b[1] + (corner[1] - b[1]) * _KAPPA)
        segments.append((a, c1, c2, b))
        cursor = b
    segments.append(_line(cursor, points[-1]))
    return tuple(segments)


def _line(a: Point, b: Point) -> Cubic:
    return (a, (a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3),
            (a[0] + (b[0] - a[0]) * 2 / 3, a[1] + (b[1] - a[1]) * 2 / 3), b)


def route_middle(route: Sequence[Cubic]) -> Point:
    """The point where a link's label sits: the middle of its middle segment."""
    return bezier_point(route[len(route) // 2], 0.5)


def bezier_point(curve: Sequence[tuple[float, float]], s: float) -> tuple[float, float]:
    """The point at parameter `s` (0..1) of a cubic Bézier `curve` = (p0, c1, c2, p1)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    u = 1 - s
    x = u**3 * x0 + 3 * u * u * s * x1 + 3 * u * s * s * x2 + s**3 * x3
    y = u**3 * y0 + 3 * u * u * s * y1 + 3 * u * s * s * y2 + s**3 * y3
    return x, y
