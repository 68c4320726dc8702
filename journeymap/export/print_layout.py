"""The map's geometry on paper: the shared lane layout with cards sized for print, and empty stretches closed up.

On screen a card is 220 × 76 px with a 13 px label. On paper the lanes keep their width (the map is scaled to the
page), so on A4 the label is drawn larger *inside* the card (level of detail, as the canvas does at low zoom) and
the card grows to hold up to four lines: `CardStyle(k)` scales the card's contents by `k`. Lanes, the order of the
cards and the link routes come from `journeymap.layout.geometry`, as on the canvas; only the slot height differs.

Positions are kept in order, but a stretch of more than `MAX_GAP_SLOTS` empty slots (across all lanes) is closed
up, so a card far down the lane (positions go up to 10⁶) never makes pages of nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from journeymap.layout import theme as t
from journeymap.layout.geometry import LANES_TOP, Lane, MapGeometry, Rect
from journeymap.model.data import ProjectData
from journeymap.model.values import PhaseModel, Touchpoint

MAX_GAP_SLOTS = 2.0  # at most this many empty slots are kept between cards
K_MAX = 1.9  # the largest enlargement of a card's contents (beyond it, lanes are split over page columns)


@dataclass(frozen=True)
class CardStyle:
    """Sizes inside a printed card and its lane header, in map px, for a content enlargement `k`."""

    k: float
    band: float = 130.0  # the emotion band's height, px (a fitted page with room to spare makes it taller)

    @property
    def label(self) -> float:
        return t.LABEL_SIZE * self.k

    @property
    def small_label(self) -> float:
        return self.label * 0.9

    @property
    def lead(self) -> float:
        return self.label * 1.2

    @property
    def small_lead(self) -> float:
        return self.small_label * 1.13

    @property
    def label_box(self) -> float:
        """Room for the label: three lines at the full size or four at the smaller one."""
        return max(3 * self.lead, 4 * self.small_lead)

    @property
    def pad(self) -> float:
        return 5.0 * self.k

    @property
    def row(self) -> float:
        """The bottom row: icon, face, KPI badge, persona dots, the card's number."""
        return 15.0 * self.k

    @property
    def bottom_pad(self) -> float:
        return 4.0 * self.k

    @property
    def card_h(self) -> float:
        return self.pad + self.label_box + 2 * self.k + self.row + self.bottom_pad

    @property
    def slot(self) -> float:
        return self.card_h + t.CARD_GAP

    @property
    def header_h(self) -> float:
        return max(t.HEADER_HEIGHT, 48.0 * self.k)

    @property
    def label_left(self) -> float:
        return t.CARD_STRIP + 7.0

    @property
    def label_room(self) -> float:
        return t.CARD_WIDTH - self.label_left - 6.0


def journey_order(data: ProjectData) -> list[Touchpoint]:
    """Touchpoints in journey order: phase, then position in the lane (ties keep the file's order)."""
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    return sorted(data.touchpoints, key=lambda tp: (order.get(tp.phase, len(order)), tp.position))


class PrintLayout:
    """Lane geometry and card rectangles on paper (px at 100 %), from the journey and a `CardStyle`."""

    def __init__(self, data: ProjectData, style: CardStyle) -> None:
        self.style = style
        slot = style.slot
        body_top = LANES_TOP + style.header_h + t.CARD_TOP_PAD
        raw = sorted({tp.position * slot for tp in data.touchpoints})
        self._raw, self._mapped = _close_gaps(raw, style.card_h, MAX_GAP_SLOTS * slot)
        index = {pid: i for i, pid in enumerate(data.phase_model.ids())}
        x0 = (t.LANE_WIDTH - t.CARD_WIDTH) / 2
        self.rects: dict[str, Rect] = {}
        for tp in data.touchpoints:
            y = body_top + self.y_of(tp.position * slot)
            self.rects[tp.id] = Rect(index[tp.phase] * t.LANE_WIDTH + x0, y, t.CARD_WIDTH, style.card_h)
        bottom = max((r.bottom for r in self.rects.values()), default=body_top)
        body = max(t.MIN_ROWS * slot, bottom - body_top + t.CARD_GAP + t.CARD_TOP_PAD)
        self.geometry = _geometry(data.phase_model, style.header_h, t.CARD_TOP_PAD + body, style.band)

    def y_of(self, raw_y: float) -> float:
        """The printed offset below the first slot of a card at raw offset `raw_y` (gaps closed up)."""
        i = bisect_right(self._raw, raw_y) - 1
        if i < 0:
            return raw_y
        return self._mapped[i] + (raw_y - self._raw[i])


def _close_gaps(tops: list[float], card_h: float, max_gap: float) -> tuple[list[float], list[float]]:
    """For sorted card tops: (tops, their printed tops) with every empty stretch longer than `max_gap` shortened."""
    mapped = []
    covered, shift = 0.0, 0.0  # the lane body starts covered at 0: a first card far down moves up too
    for top in tops:
        if top - covered > max_gap:
            shift += top - covered - max_gap
        mapped.append(top - shift)
        covered = max(covered, top + card_h)
    return tops, mapped


def _geometry(phases: PhaseModel, header_h: float, body: float, band_h: float) -> MapGeometry:
    lane_h = header_h + body
    lanes = tuple(
        Lane(phase_id=phase.id, index=i, colour=t.phase_colour(phase.id, i),
             rect=Rect(i * t.LANE_WIDTH, LANES_TOP, t.LANE_WIDTH, lane_h),
             header=Rect(i * t.LANE_WIDTH, LANES_TOP, t.LANE_WIDTH, header_h))
        for i, phase in enumerate(phases.phases))
    width = len(lanes) * t.LANE_WIDTH
    band = Rect(0.0, LANES_TOP + lane_h, width, band_h)
    return MapGeometry(lanes, band, width, band.bottom)
