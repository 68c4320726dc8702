"""The journey map for paper: cards, links, label places and the emotion curve, derived once from the journey.

`MapScene` uses the shared lane layout (`journeymap.layout`) through `PrintLayout` (cards sized for print) and
keeps indexes so that a page draws only what lies on it: cards sorted by height, each card's links, label pills
in a coarse grid. `MapPainter` (pdf_painter) draws any window of it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, fit_lines, width
from journeymap.export.icons import FALLBACK_ICON
from journeymap.export.print_layout import CardStyle, PrintLayout, journey_order
from journeymap.layout import theme as t
from journeymap.layout.geometry import Cubic, MapGeometry, Point, Rect, bezier_point, curve_points, link_path
from journeymap.model.data import ProjectData
from journeymap.model.values import Persona, Touchpoint

MUTED_CURVE_ALPHA = 0.55  # the general curve beside persona curves (as on the canvas)
MAX_POINTS_PER_LANE = 8  # more assessed cards in one lane: the band shows each phase's mean and range instead
GRID = 400.0  # cell size of the label grid, px
_ALONG = (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9, 0.05, 0.95)  # where on a link a marker may go, best first
PersonaCurve = tuple[Persona, list[Point]]  # a persona and the points of its emotion curve


@dataclass(frozen=True)
class Card:
    touchpoint: Touchpoint
    number: int  # 1, 2, … in journey order: the card's reference in the whole report
    rect: Rect
    strip: str
    icon: str
    lines: tuple[str, ...]
    label_size: float  # px
    kpi_state: str
    persona_colours: tuple[str, ...]
    fit_hint: bool


@dataclass
class LinkShape:
    route: tuple[Cubic, ...]  # cubic segments from the source's edge to the target's edge
    kind: str
    label: str
    bbox: Rect
    source: int  # card indexes
    target: int
    mark: int = 0  # a label that would cover a card is shown as this number, explained in the legend
    pill: Rect | None = None  # where the label pill goes when it is shown on the link
    mark_at: Point | None = None  # where the numbered marker goes


class MapScene:
    """Everything the map shows, in map coordinates (px at 100 %, y downward), computed once."""

    def __init__(self, data: ProjectData, lang: str, icon_of: Callable[[str | None], str | None],
                 fits: Callable[[str | None, str], bool], style: CardStyle) -> None:
        self.data, self.lang, self.style = data, lang, style
        self.layout = PrintLayout(data, style)
        self.geometry: MapGeometry = self.layout.geometry
        colours: dict[str, list[str]] = {}
        for persona in data.personas:
            for tid in persona.touchpoint_ids:
                colours.setdefault(tid, []).append(persona.colour)
        lane_colour = {lane.phase_id: lane.colour for lane in self.geometry.lanes}
        self.cards: list[Card] = []
        for n, tp in enumerate(journey_order(data), start=1):
            fit = fits(tp.catalogue_id, tp.phase)
            lines, size = self._label(tp.label)
            self.cards.append(Card(tp, n, self.layout.rects[tp.id],
                                   lane_colour[tp.phase] if tp.kind == "digital" else t.ANALOGUE_STRIP,
                                   icon_of(tp.catalogue_id) or FALLBACK_ICON, lines, size,
                                   shapes.kpi_state(tp.kpis), tuple(colours.get(tp.id, ())), not fit))
        self.number = {card.touchpoint.id: card.number for card in self.cards}
        self._by_top = sorted(range(len(self.cards)), key=lambda i: self.cards[i].rect.y)
        self._tops = [self.cards[i].rect.y for i in self._by_top]
        index = {card.touchpoint.id: i for i, card in enumerate(self.cards)}
        self.links: list[LinkShape] = []
        self.card_links: list[list[int]] = [[] for _ in self.cards]
        for link in data.links:
            a, b = index[link.source], index[link.target]
            route = link_path(self.cards[a].rect, self.cards[b].rect, link.kind == "loop_back")
            xs = [p[0] for segment in route for p in segment]
            ys = [p[1] for segment in route for p in segment]
            bbox = Rect(min(xs) - 10, min(ys) - 10, max(xs) - min(xs) + 20, max(ys) - min(ys) + 20)
            self.card_links[a].append(len(self.links))
            if b != a:
                self.card_links[b].append(len(self.links))
            self.links.append(LinkShape(route, link.kind, " ".join(link.label.split()), bbox, a, b))
        self.link_key: list[tuple[int, str]] = []
        self._place_labels()
        self.curve = curve_points(data.phase_model, self.geometry.band, data.touchpoints)
        assessed = [card for card in self.cards if card.touchpoint.emotion is not None]
        self.curve_numbers = [card.number for card in assessed]
        per_lane: dict[str, int] = {}
        for card in assessed:
            per_lane[card.touchpoint.phase] = per_lane.get(card.touchpoint.phase, 0) + 1
        self.summarised_band = max(per_lane.values(), default=0) > MAX_POINTS_PER_LANE
        self.persona_curves = persona_curves(data, self.geometry.band)
        self.persona_numbers: list[list[int]] = []  # the card numbers of each persona curve's points, in the same order
        for persona, _ in self.persona_curves:
            mine = set(persona.touchpoint_ids)
            self.persona_numbers.append([card.number for card in self.cards if card.touchpoint.id in mine
                                         and persona.emotion_at(card.touchpoint) is not None])

    def _label(self, label: str) -> tuple[tuple[str, ...], float]:
        """Up to three lines at the full size, else up to four at the smaller one (then shortened with …)."""
        style = self.style
        label = label[:600]  # a label of thousands of characters is shortened anyway: no need to measure it all
        full = fit_lines(label, SANS_BOLD, style.label, style.label_room, 3, lang=self.lang)
        if full.complete:
            return full.lines, style.label
        return fit_lines(label, SANS_BOLD, style.small_label, style.label_room, 4, lang=self.lang).lines, \
            style.small_label

    @property
    def curve_personas(self) -> set[str]:
        """Ids of the personas whose emotion curve the map shows."""
        return {persona.id for persona, _ in self.persona_curves}

    @property
    def width(self) -> float:
        return self.geometry.width

    @property
    def height(self) -> float:
        return self.geometry.height

    # queries ------------------------------------------------------------------------------------------------
    def cards_in(self, window: Rect) -> list[int]:
        """Indexes of the cards meeting `window`, top to bottom."""
        h = self.style.card_h
        lo, hi = bisect_left(self._tops, window.y - h), bisect_left(self._tops, window.bottom)
        return [i for i in self._by_top[lo:hi] if meets(window, self.cards[i].rect)]

    def links_of(self, cards: Iterable[int]) -> list[int]:
        """Indexes of the links that start or end at these cards (each once, in link order)."""
        return sorted({k for i in cards for k in self.card_links[i]})

    # link labels --------------------------------------------------------------------------------------------
    def pill_size(self) -> tuple[float, float]:
        """(font size, pill height) of a link label, px."""
        size = t.LINK_LABEL_SIZE * self.style.k
        return size, size * 1.5

    def mark_size(self) -> float:
        """Diameter of a numbered link marker, px."""
        return 15.0 * self.style.k

    def _place_labels(self) -> None:
        """Label pills sit on the link's middle unless they would cover a card or another label; those links get a
        numbered marker instead, placed along the link where it touches no card and no other label."""
        grid: dict[tuple[int, int], list[Rect]] = {}
        for card in self.cards:
            _add(grid, card.rect)
        size, pill_h = self.pill_size()
        d = self.mark_size()
        for link in self.links:
            if not link.label:
                continue
            x, y = bezier_point(link.route[len(link.route) // 2], 0.5)
            w = width(pill_text(link.label, size), SANS, size) + size
            pill = Rect(x - w / 2, y - pill_h / 2, w, pill_h)
            if not _crowded(grid, pill):
                link.pill = pill
                _add(grid, pill)
                continue
            link.mark = self.new_mark(link.label)
            spot = None
            for segment in (link.route[len(link.route) // 2], link.route[0], link.route[-1]):
                for s in _ALONG:
                    px, py = bezier_point(segment, s)
                    box = Rect(px - d / 2 - 2, py - d / 2 - 2, d + 4, d + 4)
                    if not _crowded(grid, box):
                        spot = (px, py, box)
                        break
                if spot:
                    break
            if spot is None:  # nowhere free: the gutter just after the source card
                a = self.cards[link.source].rect
                spot = (a.right + (t.LANE_WIDTH - t.CARD_WIDTH) / 2, a.centre[1], Rect(a.right, a.y, 1, 1))
            link.mark_at = spot[:2]
            _add(grid, spot[2])

    def new_mark(self, label: str) -> int:
        """A new marker number for a link label, listed in `link_key`."""
        self.link_key.append((len(self.link_key) + 1, label))
        return len(self.link_key)


def meets(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def inside(a: Rect, b: Rect) -> bool:
    return b.x <= a.x and a.right <= b.right and b.y <= a.y and a.bottom <= b.bottom


def _cells(r: Rect) -> Iterator[tuple[int, int]]:
    for gx in range(int(r.x // GRID), int(r.right // GRID) + 1):
        for gy in range(int(r.y // GRID), int(r.bottom // GRID) + 1):
            yield gx, gy


def _add(grid: dict[tuple[int, int], list[Rect]], r: Rect) -> None:
    for cell in _cells(r):
        grid.setdefault(cell, []).append(r)


def _crowded(grid: dict[tuple[int, int], list[Rect]], r: Rect) -> bool:
    return any(meets(r, other) for cell in _cells(r) for other in grid.get(cell, ()))


def pill_text(label: str, size: float) -> str:
    return ellipsize(label[:200], SANS, size, 160 * size / t.LINK_LABEL_SIZE)


def persona_curves(data: ProjectData, band: Rect) -> list[PersonaCurve]:
    """Each persona's emotion curve through its own touchpoints (with its own emotions), in persona order;
    personas without an assessed touchpoint on their path have none."""
    by_id = {tp.id: tp for tp in data.touchpoints}
    curves: list[PersonaCurve] = []
    for persona in data.personas:
        path = [by_id[tid] for tid in persona.touchpoint_ids if tid in by_id]
        points = curve_points(data.phase_model, band, path, emotion_of=persona.emotion_at)
        if points:
            curves.append((persona, points))
    return curves

