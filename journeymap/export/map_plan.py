"""How the map goes onto paper: the scale, then one page (fit) or pages cut between card rows (tile).

The lanes always fill the page width, so a tile shows every phase with its header; the map is cut between rows of
cards, never through a card where a clean cut exists. Only a journey with so many phases that its labels would
stay small splits the lanes over page columns as well. `poster` is one page as large as the map needs at full size.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reportlab.lib.pagesizes import A1, A2, A3, A4, landscape

from journeymap.export.print_layout import K_MAX, CardStyle
from journeymap.layout import theme as t
from journeymap.layout.geometry import LANES_TOP, Rect

PAPERS = {"a4": A4, "a3": A3, "a2": A2, "a1": A1, "poster": A3}  # poster: the A3 size only for the text pages
PAPER_NAMES = tuple(PAPERS)
MODES = ("auto", "fit", "tile")
MARGIN = 22.0  # page margin of the map pages, in points
MAP_TITLE = 22.0  # room above the map for its title line
LEGEND_LINES = 3
LEGEND_LINE = 11.0
MAP_LEGEND = LEGEND_LINE * LEGEND_LINES + 10  # room below the map for the legend
LABEL_PT = 10.0  # card labels aim for this size on paper
MIN_LABEL_PT = 9.0  # and are never smaller on a tile or a fitted page of the lanes' width (A4 and up)
POSTER_MAX = 14_400.0  # the largest page a PDF viewer must show (200 inches)
WIDOW = 0.4  # a last map part shorter than this share of a page: the parts are evened out (`_balanced_rows`)


@dataclass(frozen=True)
class Tile:
    """One map page: its map window and where it goes. `header` is the repeated lane header, if any."""

    column: int
    row: int
    body: Rect  # the window of the map shown below the header
    header: Rect | None  # the lane-header strip repeated above a lower tile
    core: Rect  # the part this tile is responsible for, for the index grid


@dataclass(frozen=True)
class MapPlan:
    mode: str  # "fit" or "tile" (auto resolved)
    page_size: tuple[float, float]
    area: Rect  # the map area on the page in PDF points: x, y = lower-left corner
    fit_scale: float  # the scale of the whole map (fit page, or the overview of tile mode)
    scale: float  # the scale of the map on its pages (fit scale for fit, tile scale for tile)
    tiles: tuple[Tile, ...]
    columns: int
    rows: int

    @property
    def pages(self) -> int:
        """Map pages: one for fit; an overview page plus one per tile for tile."""
        return 1 if self.mode == "fit" else 1 + len(self.tiles)


def map_area(paper: str, size: tuple[float, float] | None = None) -> tuple[tuple[float, float], Rect]:
    """The landscape page size and the rectangle left for the map on it."""
    size = size or landscape(PAPERS[paper])
    area = Rect(MARGIN, MARGIN + MAP_LEGEND, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - MAP_TITLE - MAP_LEGEND)
    return size, area


def poster_size(width: float, height: float) -> tuple[float, float]:
    """The page of a poster: the map at full size with margins, title and legend (within the PDF's limit)."""
    w = min(POSTER_MAX, max(842.0, width + 2 * MARGIN))
    scale = min(1.0, (w - 2 * MARGIN) / width)
    h = min(POSTER_MAX, max(595.0, height * scale + 2 * MARGIN + MAP_TITLE + MAP_LEGEND))
    return w, h


def lane_scale(paper: str, n_lanes: int) -> tuple[float, int]:
    """(scale, lanes per page column): lanes fill the page width; all of them side by side unless labels of
    `LABEL_PT` would need a card enlargement above `K_MAX` (very many phases on small paper)."""
    if paper == "poster":
        return 1.0, n_lanes
    room = map_area(paper)[1].w
    for columns in range(1, n_lanes + 1):
        per = math.ceil(n_lanes / columns)
        scale = room / (per * t.LANE_WIDTH)
        if LABEL_PT / (t.LABEL_SIZE * scale) <= K_MAX:
            return scale, per
    return room / t.LANE_WIDTH, 1


def card_style(scale: float) -> CardStyle:
    """The card contents for a scale: labels of `LABEL_PT` on paper, never smaller than on screen."""
    return CardStyle(min(K_MAX, max(1.0, LABEL_PT / (t.LABEL_SIZE * scale))))


def fits_one_page(paper: str, n_lanes: int, height: float) -> bool:
    """True when the whole map fits one page at the readable scale (auto mode's choice)."""
    scale, per = lane_scale(paper, n_lanes)
    return paper == "poster" or (per >= n_lanes and height * scale <= map_area(paper)[1].h + 0.01)


def plan_map(width: float, height: float, cards: list[Rect], n_lanes: int, paper: str = "a4",
             mode: str = "auto", header_h: float = t.HEADER_HEIGHT) -> MapPlan:
    """Decide fit or tile for a map of `width` × `height` px (laid out for `lane_scale`) and lay out the tiles."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r} (use {', '.join(PAPER_NAMES)})")
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r} (use auto, fit or tile)")
    size, area = map_area(paper, poster_size(width, height) if paper == "poster" else None)
    fit_scale = min(area.w / width, area.h / height)
    scale, per = lane_scale(paper, n_lanes)
    scale = min(scale, area.w / (min(per, n_lanes) * t.LANE_WIDTH))
    room = area.h / scale
    if mode == "tile" and height <= room:  # asked for parts although the map fits: two parts, as asked
        room = max(height * 0.55, header_h * 3)
    if mode == "auto":
        mode = "fit" if paper == "poster" or fits_one_page(paper, n_lanes, height) else "tile"
    whole = Rect(0, 0, width, height)
    if mode == "fit":
        return MapPlan("fit", size, area, fit_scale, fit_scale, (Tile(0, 0, whole, None, whole),), 1, 1)
    columns = [(i * per * t.LANE_WIDTH, min(width, (i + 1) * per * t.LANE_WIDTH))
               for i in range(math.ceil(n_lanes / per))]
    rows = _balanced_rows(height, cards, room, header_h)
    tops = sorted(r.y for r in cards)
    tiles = []
    for r, (y0, y1) in enumerate(rows):
        for col, (x0, x1) in enumerate(columns):
            core = Rect(x0, y0, x1 - x0, y1 - y0)
            if 0 < r < len(rows) - 1 and not _any_card(tops, cards, core):
                continue  # a middle part of the lanes without any card: no page for it
            header = Rect(x0, LANES_TOP, x1 - x0, header_h) if r else None
            tiles.append(Tile(col, r, core, header, core))
    if len(tiles) == 1:  # the whole map is one part: a tile page would only repeat the overview
        return MapPlan("fit", size, area, fit_scale, fit_scale, (Tile(0, 0, whole, None, whole),), 1, 1)
    return MapPlan("tile", size, area, fit_scale, scale, tuple(tiles), len(columns), len(rows))


def _any_card(tops: list[float], cards: list[Rect], core: Rect) -> bool:
    """Is some card's top inside the rows of `core`? (Cards are in every lane group of the rows alike.)"""
    i = bisect_left(tops, core.y - max((c.h for c in cards[:1]), default=0))
    return i < len(tops) and tops[i] < core.bottom


def _balanced_rows(height: float, cards: list[Rect], room: float, header_h: float) -> list[tuple[float, float]]:
    """`_rows`, but where that leaves a last part shorter than `WIDOW` of a page, the parts are cut shorter so that
    the same number of pages share the map more evenly (the smallest room that still needs no more pages)."""
    rows = _rows(height, cards, room, header_h)
    if len(rows) < 2 or rows[-1][1] - rows[-1][0] >= WIDOW * room:
        return rows
    low, high = height / len(rows), room
    for _ in range(24):
        middle = (low + high) / 2
        if len(_rows(height, cards, middle, header_h)) <= len(rows):
            high = middle
        else:
            low = middle
    balanced = _rows(height, cards, high, header_h)
    return balanced if len(balanced) == len(rows) else rows


def _rows(height: float, cards: list[Rect], room: float, header_h: float) -> list[tuple[float, float]]:
    """Cuts between cards (never through one where a clean cut exists) so each part fits `room` px."""
    if height <= room:
        return [(0.0, height)]
    spans: list[list[float]] = []
    for r in sorted(cards, key=lambda r: r.y):  # cards merged into vertical spans
        if spans and r.y < spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], r.bottom)
        else:
            spans.append([r.y, r.bottom])
    cuts = sorted({LANES_TOP + header_h} | {b + t.CARD_GAP / 2 for _, b in spans}
                  | {a - t.CARD_GAP / 2 for a, _ in spans})
    result = []
    y0, avail = 0.0, room
    while height - y0 > avail:
        i = bisect_right(cuts, y0 + avail) - 1
        cut = cuts[i] if i >= 0 and cuts[i] > y0 + avail / 3 else y0 + avail  # no clean cut: where the page ends
        result.append((y0, cut))
        y0 = cut
        avail = max(room - header_h, room / 3)  # lower parts repeat the lane headers above the window
    result.append((y0, height))
    return result
