"""Where link labels go: on their link, clear of cards, lane headers and each other (Qt-free).

A label is a pill lying on its link's route. `LabelPlacer` keeps what a pill must not cover (card contents and
the link ends beside them; forbidden rows such as the lane headers) and the pills already placed, in a coarse
grid, and places one label at a time: candidate points along the route from its middle outwards; at each, the
free run to the left and right of the point (a pill's height tall) decides how much of the text fits. A card's
empty margins (top and bottom padding) are not obstacles, so a pill fits in the gap between two stacked cards
and may run across lanes there. The first spot that shows the whole text wins, else the clear spot that shows
the most. Where nothing is clear (a straight link across a lane at the height of the cards), the label covers as
little of the cards as it can, but never another label; only a label with no such spot at all is hidden (the
link's tooltip still has it).

Placing is incremental and cheap: a moved card re-places only the labels whose pills it now touches.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise

from journeymap.layout import theme as t
from journeymap.layout.geometry import Cubic, Rect, bezier_point

Box = tuple[float, float, float, float]  # x0, y0, x1, y1

PILL_HEIGHT = 18.0
PILL_PADDING = 12.0  # text to pill edges, both sides together
MAX_WIDTH = 230.0  # a pill is never wider than this (a lane is 260 px)
MIN_CHARS = 3  # an elided label shows at least this many characters, else the spot is refused
CARD_TOP_MARGIN = 5.0  # how far a pill may reach into a card from its top edge (border and padding only)
CARD_BOTTOM_MARGIN = 8.0  # ... and from its bottom edge (below the emotion face and KPI badge)
CARD_SIDE_MARGIN = 9.0  # room kept free beside a card: arrowheads and link starts sit there
END_GAP = 14.0  # a pill keeps this far from the route's ends (the arrowhead and the start)
STEP = 8.0  # candidate spacing along a route
MAX_CANDIDATES = 160  # along very long routes (loop-backs) the spacing grows instead
FALLBACK_CANDIDATES = 40  # spots nearest the middle tried when nothing is clear
_CELL = 64.0
_GAP = 1.0  # between a pill and an obstacle or another pill


@dataclass(frozen=True)
class Spot:
    """A placed label: its pill (x, y, w, h) and the text shown in it (elided when `full` is False)."""

    x: float
    y: float
    w: float
    h: float
    text: str
    full: bool

    @property
    def box(self) -> Box:
        return (self.x, self.y, self.x + self.w, self.y + self.h)


def card_obstacle(card: Rect) -> Box:
    """The part of a card a label must not cover: its content, and the link ends beside it."""
    return (card.x - CARD_SIDE_MARGIN, card.y + CARD_TOP_MARGIN, card.right + CARD_SIDE_MARGIN,
            card.bottom - CARD_BOTTOM_MARGIN)


OBSTACLE, PILL = "o", "p"  # the two kinds of box in the placer's grid


class _Grid:
    """Boxes by (kind, key) in square cells, for "which boxes meet this one" without looking at all of them."""

    def __init__(self) -> None:
        self.boxes: dict[tuple[str, str], Box] = {}
        self._cells: dict[tuple[int, int], dict[tuple[str, str], Box]] = {}

    @staticmethod
    def _cells_of(box: Box) -> Iterator[tuple[int, int]]:
        x0, y0, x1, y1 = box
        for i in range(math.floor(x0 / _CELL), math.floor(x1 / _CELL) + 1):
            for j in range(math.floor(y0 / _CELL), math.floor(y1 / _CELL) + 1):
                yield i, j

    def put(self, key: tuple[str, str], box: Box | None) -> None:
        self.drop(key)
        if box is not None:
            self.boxes[key] = box
            for cell in self._cells_of(box):
                self._cells.setdefault(cell, {})[key] = box

    def drop(self, key: tuple[str, str]) -> None:
        old = self.boxes.pop(key, None)
        if old is not None:
            for cell in self._cells_of(old):
                boxes = self._cells.get(cell)
                if boxes is not None:
                    boxes.pop(key, None)
                    if not boxes:
                        del self._cells[cell]

    def touching(self, box: Box) -> Iterator[tuple[tuple[str, str], Box]]:
        """Boxes that meet `box`; one spanning several cells may come more than once (fast, for runs)."""
        x0, y0, x1, y1 = box
        cells = self._cells
        rows = range(math.floor(y0 / _CELL), math.floor(y1 / _CELL) + 1)
        for i in range(math.floor(x0 / _CELL), math.floor(x1 / _CELL) + 1):
            for j in rows:
                found = cells.get((i, j))
                if found:
                    for key, b in found.items():
                        if b[0] < x1 and b[2] > x0 and b[1] < y1 and b[3] > y0:
                            yield key, b

    def near(self, box: Box, kind: str) -> dict[str, Box]:
        """The boxes of one kind that meet `box`, by key (each once)."""
        return {key: b for (k, key), b in self.touching(box) if k == kind}


def _polyline(route: Sequence[Cubic]) -> tuple[list[tuple[float, float]], list[float]]:
    """Points along the route (straight runs by their ends, curves sampled) and the length up to each."""
    points = [route[0][0]]
    for curve in route:
        a, c1, c2, b = curve
        straight = abs((b[0] - a[0]) * (c1[1] - a[1]) - (b[1] - a[1]) * (c1[0] - a[0])) < 1e-6 and \
            abs((b[0] - a[0]) * (c2[1] - a[1]) - (b[1] - a[1]) * (c2[0] - a[0])) < 1e-6
        steps = 1 if straight else 12
        points += [bezier_point(curve, k / steps) for k in range(1, steps + 1)]
    lengths = [0.0]
    for (x0, y0), (x1, y1) in pairwise(points):
        lengths.append(lengths[-1] + math.hypot(x1 - x0, y1 - y0))
    return points, lengths


def _point_at(points: list[tuple[float, float]], lengths: list[float], s: float) -> tuple[float, float]:
    lo, hi = 0, len(lengths) - 1
    while hi - lo > 1:  # the last point not beyond s
        mid = (lo + hi) // 2
        if lengths[mid] <= s:
            lo = mid
        else:
            hi = mid
    span = lengths[hi] - lengths[lo] or 1.0
    f = min(1.0, max(0.0, (s - lengths[lo]) / span))
    (x0, y0), (x1, y1) = points[lo], points[hi]
    return x0 + (x1 - x0) * f, y0 + (y1 - y0) * f


def candidates(route: Sequence[Cubic]) -> Iterator[tuple[float, float]]:
    """Points on the route where a label may be centred: from the middle outwards, clear of the ends."""
    points, lengths = _polyline(route)
    total = lengths[-1]
    middle = total / 2
    reach = max(0.0, middle - END_GAP)
    step = max(STEP, 2 * reach / MAX_CANDIDATES)
    yield _point_at(points, lengths, middle)
    k = 1
    while k * step <= reach:
        yield _point_at(points, lengths, middle + k * step)
        yield _point_at(points, lengths, middle - k * step)
        k += 1


class LabelPlacer:
    """Places link labels (keyed by link id) clear of obstacles (keyed by whatever the caller likes)."""

    def __init__(self, measure: Callable[[str], float], elide: Callable[[str, float], str],
                 forbidden_rows: Iterable[tuple[float, float]] = ((t.LOOP_MARGIN, t.LOOP_MARGIN + t.HEADER_HEIGHT),),
                 height: float = PILL_HEIGHT, max_width: float = MAX_WIDTH) -> None:
        """`measure(text)` is a text's width in px, `elide(text, width)` the text cut to fit `width` with an
        ellipsis; pills never overlap the `forbidden_rows` (y ranges; by default the lane headers)."""
        self._measure = measure
        self._elide = elide
        self.forbidden_rows = tuple(forbidden_rows)
        self.height = height
        self.max_width = max_width
        self._grid = _Grid()  # obstacles and placed pills
        self._spots: dict[str, Spot] = {}
        # While no label is placed, obstacles only wait here (a big map without link labels never needs them in
        # the grid); the first label placed puts them there.
        self._waiting: dict[str, Box | None] | None = {}

    # ---------------------------------------------------------------- what is there
    def spot(self, key: str) -> Spot | None:
        """Where the label of `key` is, or None (no label, or no room for it)."""
        return self._spots.get(key)

    @property
    def spots(self) -> dict[str, Spot]:
        return dict(self._spots)

    def set_obstacle(self, key: str, box: Box | None) -> list[str]:
        """Add, move (same key) or remove (None) an obstacle; returns the labels it now covers, to re-place."""
        if self._waiting is not None:
            self._waiting[key] = box
            return []
        self._grid.put((OBSTACLE, key), box)
        if box is None:
            return []
        return list(self._grid.near(box, PILL))

    def remove(self, key: str) -> None:
        """Forget the label of `key`."""
        self._spots.pop(key, None)
        self._grid.drop((PILL, key))

    # ---------------------------------------------------------------- placing
    def place(self, key: str, route: Sequence[Cubic], text: str) -> Spot | None:
        """(Re-)place the label of `key` on `route`; returns its spot, None when hidden for lack of room."""
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            for obstacle, box in waiting.items():
                self._grid.put((OBSTACLE, obstacle), box)
        self.remove(key)
        text = " ".join(text.split())
        if not text or not route:
            return None
        spot = self._find(route, text)
        if spot is not None:
            self._spots[key] = spot
            self._grid.put((PILL, key), spot.box)
        return spot

    def _find(self, route: Sequence[Cubic], text: str) -> Spot | None:
        return self._clear_spot(candidates(route), text) or \
            self._least_covering_spot(islice(candidates(route), FALLBACK_CANDIDATES), text)

    def _offsets(self) -> tuple[float, ...]:
        h = self.height
        return (0.0, -h / 2 + 4, h / 2 - 4)  # the point stays inside the pill, 4 px from its edge

    def _clear_spot(self, points: Iterable[tuple[float, float]], text: str) -> Spot | None:
        """The first spot clear of everything that shows the whole text, else the clear one that shows most."""
        full = min(self.max_width, self._measure(text) + PILL_PADDING)
        h = self.height
        best: tuple[int, Spot] | None = None
        elided: dict[int, str] = {}
        for x, y in points:
            for dy in self._offsets():
                top = y + dy - h / 2
                run = self._free_run(x, top, top + h, full, (OBSTACLE, PILL))
                if run is None:
                    continue
                left, right = run
                width = min(full, right - left)
                if width >= full:
                    shown = self._fitted(text, full)
                    return Spot(self._centre(x, width, left, right) - width / 2, top, width, h, shown,
                                shown == text)
                room = int(width - PILL_PADDING)
                if room <= 0:
                    continue
                if room not in elided:
                    elided[room] = self._elide(text, room)
                shown = elided[room]
                visible = len(shown.rstrip("…").rstrip())
                if visible < MIN_CHARS or (best is not None and visible <= best[0]):
                    continue
                width = self._measure(shown) + PILL_PADDING
                best = (visible, Spot(self._centre(x, width, left, right) - width / 2, top, width, h, shown, False))
        return best[1] if best is not None else None

    def _least_covering_spot(self, points: Iterable[tuple[float, float]], text: str) -> Spot | None:
        """No clear room: the whole text where it covers the least of the cards, never another label."""
        width = min(self.max_width, self._measure(text) + PILL_PADDING)
        shown = self._fitted(text, width)
        h = self.height
        best: tuple[float, Spot] | None = None
        for rank, (x, y) in enumerate(points):
            for dy in self._offsets():
                top = y + dy - h / 2
                run = self._free_run(x, top, top + h, width, (PILL,))
                if run is None or run[1] - run[0] < width:
                    continue
                x0 = self._centre(x, width, *run) - width / 2
                box = (x0, top, x0 + width, top + h)
                covered = sum((min(b[2], box[2]) - max(b[0], box[0])) * (min(b[3], box[3]) - max(b[1], box[1]))
                              for b in self._grid.near(box, OBSTACLE).values())
                score = covered + rank  # a little nearer the middle breaks ties
                if best is None or score < best[0]:
                    best = (score, Spot(x0, top, width, h, shown, shown == text))
        return best[1] if best is not None else None

    def _fitted(self, text: str, width: float) -> str:
        return text if self._measure(text) + PILL_PADDING <= width else self._elide(text, width - PILL_PADDING)

    @staticmethod
    def _centre(x: float, width: float, left: float, right: float) -> float:
        """The pill's centre: on the point if it fits there, else pushed inside the free run."""
        return min(max(x, left + width / 2), right - width / 2)

    def _free_run(self, x: float, top: float, bottom: float, reach: float,
                  kinds: tuple[str, ...]) -> tuple[float, float] | None:
        """The stretch (left, right) of the row [top, bottom] around x, at most `reach` to either side, free of
        the boxes of `kinds` and of the forbidden rows; None when x itself is covered."""
        for y0, y1 in self.forbidden_rows:
            if top < y1 and bottom > y0:
                return None
        left, right = x - reach, x + reach
        band = (left, top - _GAP, right, bottom + _GAP)
        both = len(kinds) > 1
        for (kind, _), (x0, _y0, x1, _y1) in self._grid.touching(band):
            if not both and kind not in kinds:
                continue
            if x0 <= x <= x1:
                return None
            if x1 < x:
                if x1 + _GAP > left:
                    left = x1 + _GAP
            elif x0 - _GAP < right:
                right = x0 - _GAP
        return left, right
