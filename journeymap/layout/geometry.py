"""Lane geometry: where lanes, cards, the emotion band and the curve go. Qt-free; canvas and PDF share it.

Coordinates are px at 100 % zoom with the origin at the top-left of the map; the PDF reads them as points.
A touchpoint stores only its phase and slot position; everything here is derived from those.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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


def map_geometry(phases: PhaseModel, rows: int = t.MIN_ROWS) -> MapGeometry:
    """Lanes side by side, `rows` card slots tall, with the emotion band below."""
    body = t.CARD_TOP_PAD + rows * SLOT
    lane_height = t.HEADER_HEIGHT + body
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
    occupied = {round(p) for p in taken}
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
    phases: PhaseModel, band: Rect, touchpoints: Sequence[Touchpoint], emotion_of=lambda tp: tp.emotion
) -> list[tuple[float, float]]:
    """Points of an emotion curve: assessed touchpoints in journey order, at their card's x-centre."""
    order = {pid: i for i, pid in enumerate(phases.ids())}
    ordered = sorted((tp for tp in touchpoints if tp.phase in order), key=lambda tp: (order[tp.phase], tp.position))
    points = []
    for tp in ordered:
        score = emotion_of(tp)
        if score is None:
            continue
        x = card_rect(order[tp.phase], tp.position).centre[0]
        points.append((x, emotion_y(band, score)))
    return _spread(points)


def _spread(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cards stacked in one lane share an x: spread their points across the lane so the curve moves on."""
    result: list[tuple[float, float]] = []
    i = 0
    while i < len(points):
        j = i
        while j < len(points) and points[j][0] == points[i][0]:
            j += 1
        group = points[i:j]
        if len(group) == 1:
            result.append(group[0])
        else:
            width = t.CARD_WIDTH * 0.8
            step = width / (len(group) - 1)
            x0 = group[0][0] - width / 2
            result += [(x0 + k * step, y) for k, (_, y) in enumerate(group)]
        i = j
    return result


def smooth_path(points: Sequence[tuple[float, float]]) -> list[tuple[tuple[float, float], ...]]:
    """Cubic Bézier segments through `points` (monotone in x): [(p0, c1, c2, p1), ...]."""
    segments = []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        dx = (x1 - x0) / 2
        segments.append(((x0, y0), (x0 + dx, y0), (x1 - dx, y1), (x1, y1)))
    return segments


def link_path(
    source: Rect, target: Rect, loop_back: bool = False
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]:
    """A cubic curve from the right side of `source` to the left side of `target`.

    Loop-backs (and any link that goes leftwards) leave from the top of the source and arc through the margin
    above the lanes into the top of the target, so they never cross cards.
    """
    if loop_back or target.x < source.x:
        start = (source.centre[0], source.y)
        end = (target.centre[0], target.y)
        top = LANES_TOP / 2 - 4
        return start, (start[0], top), (end[0], top), end
    start = (source.right, source.centre[1])
    end = (target.x, target.centre[1])
    reach = max(40.0, abs(end[0] - start[0]) / 2)
    if abs(end[0] - start[0]) < 1 and abs(end[1] - start[1]) > 0:  # same lane: bulge to the right
        reach = 60.0
        end = (target.right, target.centre[1])
        return start, (start[0] + reach, start[1]), (end[0] + reach, end[1]), end
    return start, (start[0] + reach, start[1]), (end[0] - reach, end[1]), end


def bezier_point(curve, s: float) -> tuple[float, float]:
    """The point at parameter `s` (0..1) of a cubic Bézier `curve` = (p0, c1, c2, p1)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    u = 1 - s
    x = u**3 * x0 + 3 * u * u * s * x1 + 3 * u * s * s * x2 + s**3 * x3
    y = u**3 * y0 + 3 * u * u * s * y1 + 3 * u * s * s * y2 + s**3 * y3
    return x, y
