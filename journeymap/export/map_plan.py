"""How the map goes onto paper: fit on one landscape page, or tiles with overlap and repeated lane headers."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, landscape

from journeymap.layout import theme as t
from journeymap.layout.geometry import LANES_TOP, SLOT, Rect

PAPERS = {"a4": A4, "a3": A3}
MODES = ("auto", "fit", "tile")
MARGIN = 36.0  # page margin on all sides, in points
MAP_TITLE = 30.0  # room above the map for its title line
LEGEND_LINES = 3
MAP_LEGEND = 12.0 * LEGEND_LINES + 8  # room below the map for the legend
MIN_LABEL_PT = 6.0  # auto mode fits the map on one page while card labels stay at least this big
TILE_MIN_SCALE = 0.65  # tiles never shrink the map below this (labels ≥ 8.5 pt)
OVERLAP_X = 24.0  # map px repeated at the side of a tile
OVERLAP_Y = 24.0  # map px repeated at the top of a lower tile


@dataclass(frozen=True)
class Tile:
    """One map page: its map windows and where they go. `header` is the repeated lane header, if any."""

    column: int
    row: int
    body: Rect  # the window of the map shown below the header
    header: Rect | None  # the lane-header strip repeated above a lower tile
    core: Rect  # the part this tile is responsible for (no overlap), for the index grid


@dataclass(frozen=True)
class MapPlan:
    mode: str  # "fit" or "tile" (auto resolved)
    page_size: tuple[float, float]
    area: Rect  # the map area on the page in PDF points: x, y = lower-left corner
    fit_scale: float
    scale: float  # the scale of the map on its pages (fit scale for fit, tile scale for tile)
    tiles: tuple[Tile, ...]
    columns: int
    rows: int

    @property
    def pages(self) -> int:
        """Map pages: one for fit; an overview page plus one per tile for tile."""
        return 1 if self.mode == "fit" else 1 + len(self.tiles)


def map_area(paper: str) -> tuple[tuple[float, float], Rect]:
    """The landscape page size and the rectangle left for the map on it."""
    size = landscape(PAPERS[paper])
    area = Rect(MARGIN, MARGIN + MAP_LEGEND, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - MAP_TITLE - MAP_LEGEND)
    return size, area


def plan_map(width: float, height: float, cards: list[Rect], n_lanes: int, paper: str = "a4",
             mode: str = "auto") -> MapPlan:
    """Decide fit or tile for a map of `width` × `height` px and lay out the tiles."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r} (use a4 or a3)")
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r} (use auto, fit or tile)")
    size, area = map_area(paper)
    fit_scale = min(area.w / width, area.h / height)
    if mode == "auto":
        mode = "fit" if fit_scale * t.LABEL_SIZE >= MIN_LABEL_PT else "tile"
    if mode == "fit":
        whole = Rect(0, 0, width, height)
        return MapPlan("fit", size, area, fit_scale, fit_scale, (Tile(0, 0, whole, None, whole),), 1, 1)
    count, per_page, scale = _column_count(n_lanes, area.w)
    scale = _snug(scale, area.h, height)
    columns = _columns(width, count, per_page)
    rows = _rows(height, cards, area.h / scale)
    tiles = []
    for r, (y0, y1, core_y0, core_y1) in enumerate(rows):
        for col, (x0, x1, core_x0, core_x1) in enumerate(columns):
            core = Rect(core_x0, core_y0, core_x1 - core_x0, core_y1 - core_y0)
            if 0 < r < len(rows) - 1 and not any(_meets(core, card) for card in cards):
                continue  # a middle part of the lanes without any card: no page for it
            header = Rect(x0, LANES_TOP, x1 - x0, t.HEADER_HEIGHT) if r else None
            tiles.append(Tile(col, r, Rect(x0, y0, x1 - x0, y1 - y0), header, core))
    if len(tiles) == 1:  # the whole map is one part: a tile page would only repeat the overview
        whole = Rect(0, 0, width, height)
        return MapPlan("fit", size, area, fit_scale, fit_scale, (Tile(0, 0, whole, None, whole),), 1, 1)
    return MapPlan("tile", size, area, fit_scale, scale, tuple(tiles), len(columns), len(rows))


def _meets(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _column_count(n_lanes: int, room: float) -> tuple[int, int, float]:
    """The fewest page columns whose lanes, scaled to fill the page width, keep the scale ≥ TILE_MIN_SCALE:
    (columns, lanes per column, scale). Filling the width keeps the tiles as legible as the paper allows."""
    for count in range(1, n_lanes + 1):
        per_page = math.ceil(n_lanes / count)
        span = per_page * t.LANE_WIDTH + OVERLAP_X * min(2, count - 1)
        scale = min(1.0, room / span)
        if scale >= TILE_MIN_SCALE:
            return count, per_page, scale
    return n_lanes, 1, min(1.0, room / (t.LANE_WIDTH + 2 * OVERLAP_X))


def _snug(scale: float, room: float, height: float) -> float:
    """Shrink the scale a little (at most 12 %) when that fits one more row of cards on each page."""
    first = LANES_TOP + t.HEADER_HEIGHT + t.CARD_TOP_PAD - t.CARD_GAP / 2
    if height * scale <= room:
        return scale
    rows = math.floor((room / scale - first) / SLOT)
    snug = room / (first + (rows + 1) * SLOT)
    return snug if snug >= max(TILE_MIN_SCALE, scale * 0.88) else scale


def _columns(width: float, count: int, per_page: int) -> list[tuple[float, float, float, float]]:
    """Whole lanes per page with an overlap into the neighbouring lanes: (x0, x1, core_x0, core_x1)."""
    result = []
    for i in range(count):
        core_x0 = min(width, i * per_page * t.LANE_WIDTH)
        core_x1 = min(width, (i + 1) * per_page * t.LANE_WIDTH)
        if core_x1 > core_x0:
            result.append((max(0.0, core_x0 - OVERLAP_X), min(width, core_x1 + OVERLAP_X), core_x0, core_x1))
    return result


def _rows(height: float, cards: list[Rect], room: float) -> list[tuple[float, float, float, float]]:
    """Cuts between card slots (never through a card) so each part fits `room` px: (y0, y1, core_y0, core_y1)."""
    if height <= room:
        return [(0.0, height, 0.0, height)]
    first = LANES_TOP + t.HEADER_HEIGHT + t.CARD_TOP_PAD
    slots = math.ceil((height - first) / SLOT)
    busy = sorted((r.y, r.bottom) for r in cards)
    cuts = [first + j * SLOT - t.CARD_GAP / 2 for j in range(1, slots + 1)]
    free = [y for y in cuts if not any(a < y < b for a, b in busy)] or cuts
    result = []
    y0, core0, avail = 0.0, 0.0, room
    while height - y0 > avail:
        fitting = [y for y in free if y0 + 2 * OVERLAP_Y < y <= y0 + avail]
        cut = fitting[-1] if fitting else y0 + avail  # no clean cut: cut where the page ends
        result.append((y0, cut, core0, cut))
        y0, core0 = cut - OVERLAP_Y, cut
        avail = room - t.HEADER_HEIGHT  # lower parts repeat the lane headers above the window
    result.append((y0, height, core0, height))
    return result

