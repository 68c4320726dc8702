"""The journey map as vectors: lanes, cards, links and the emotion band, drawn from the shared layout.

`MapScene` derives everything once from the journey (card rectangles, wrapped labels, link curves, the emotion
curve) using `journeymap.layout`, exactly as the canvas does. `draw_window` draws any rectangle of the map
(px at 100 % = pt at scale 1) onto a PDF page at a given scale, skipping what lies outside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, width, wrap
from journeymap.export.icons import FALLBACK_ICON, IconForms
from journeymap.export.map_plan import OVERLAP_X
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.layout.geometry import (
    MapGeometry,
    Cubic,
    Rect,
    card_rect,
    curve_points,
    emotion_y,
    link_path,
    map_geometry,
    route_middle,
    rows_needed,
    smooth_path,
)
from journeymap.model.data import ProjectData
from journeymap.model.values import Persona, Touchpoint

colour = shapes.colour
PAD = 14.0  # card content inset from the left (after the strip)
LABEL_X = PAD + t.ICON_SIZE + 7.0
LABEL_ROOM = t.CARD_WIDTH - LABEL_X - 9.0
HINT_ROOM = LABEL_ROOM - 15.0  # the first line leaves the top-right corner to the phase-fit hint
LABEL_LEADING = 15.5
PILL_H = 16.0
MARK_D = 15.0  # diameter of a numbered link marker
BAND_FILL = "#F7F8FA"
MUTED_CURVE_ALPHA = 0.55  # the general curve beside persona curves (as on the canvas)
PERSONA_DOT = 3.5  # radius of a persona curve's points


@dataclass(frozen=True)
class Card:
    touchpoint: Touchpoint
    rect: Rect
    strip: str
    icon: str
    lines: tuple[str, ...]
    kpi_state: str
    persona_colours: tuple[str, ...]
    fit_hint: bool


@dataclass(frozen=True)
class LinkShape:
    route: tuple[Cubic, ...]  # cubic segments from the source's edge to the target's edge
    kind: str
    label: str
    bbox: Rect
    mark: int = 0  # a label that would cover a card is shown as this number, explained in the legend
    pill: Rect | None = None  # where the label pill goes when it is shown on the link


class MapScene:
    """Everything the map shows, in map coordinates (px at 100 %, y downward), computed once."""

    def __init__(self, data: ProjectData, lang: str, icon_of: Callable[[str | None], str | None],
                 fits: Callable[[str | None, str], bool]) -> None:
        self.data, self.lang = data, lang
        rows = rows_needed(tp.position for tp in data.touchpoints)
        self.geometry: MapGeometry = map_geometry(data.phase_model, rows)
        index = {pid: i for i, pid in enumerate(data.phase_model.ids())}
        personas: dict[str, list[str]] = {}
        for persona in data.personas:
            for tid in persona.touchpoint_ids:
                personas.setdefault(tid, []).append(persona.colour)
        self.cards: list[Card] = []
        for tp in data.touchpoints:
            lane = self.geometry.lanes[index[tp.phase]]
            self.cards.append(Card(
                touchpoint=tp,
                rect=card_rect(lane.index, tp.position),
                strip=lane.colour if tp.kind == "digital" else t.ANALOGUE_STRIP,
                icon=icon_of(tp.catalogue_id) or FALLBACK_ICON,
                lines=wrap(tp.label, SANS_BOLD, t.LABEL_SIZE, LABEL_ROOM, 2,
                           HINT_ROOM if not fits(tp.catalogue_id, tp.phase) else None),
                kpi_state=shapes.kpi_state(tp.kpis),
                persona_colours=tuple(personas.get(tp.id, ())),
                fit_hint=not fits(tp.catalogue_id, tp.phase),
            ))
        rect_of = {card.touchpoint.id: card.rect for card in self.cards}
        self.links: list[LinkShape] = []
        for link in data.links:
            route = link_path(rect_of[link.source], rect_of[link.target], link.kind == "loop_back")
            xs = [p[0] for segment in route for p in segment]
            ys = [p[1] for segment in route for p in segment]
            bbox = Rect(min(xs) - 10, min(ys) - 10, max(xs) - min(xs) + 20, max(ys) - min(ys) + 20)
            self.links.append(LinkShape(route, link.kind, link.label.strip(), bbox))
        self.link_key: list[tuple[int, str]] = []
        self._place_labels()
        self.curve = curve_points(data.phase_model, self.geometry.band, data.touchpoints)
        self.persona_curves = persona_curves(data, self.geometry.band)

    @property
    def curve_personas(self) -> set[str]:
        """Ids of the personas whose emotion curve the map shows."""
        return {persona.id for persona, _ in self.persona_curves}

    def _place_labels(self) -> None:
        """Label pills sit on the link's middle unless they would cover a card or another label; those links
        get a small numbered marker instead, and `link_key` lists the numbers with their labels."""
        by_lane: dict[int, list[Rect]] = {}
        for card in self.cards:
            by_lane.setdefault(int(card.rect.x // t.LANE_WIDTH), []).append(card.rect)
        placed: list[Rect] = []
        for i, link in enumerate(self.links):
            if not link.label:
                continue
            x, y = route_middle(link.route)
            w = width(pill_text(link.label), SANS, t.LINK_LABEL_SIZE) + 10
            pill = Rect(x - w / 2, y - PILL_H / 2, w, PILL_H)
            lanes = range(int(pill.x // t.LANE_WIDTH), int(pill.right // t.LANE_WIDTH) + 1)
            crowded = any(_meets(pill, r) for lane in lanes for r in by_lane.get(lane, ()))
            if crowded or any(_meets(pill, other) for other in placed):
                self.links[i] = LinkShape(link.route, link.kind, link.label, link.bbox, self.number(link.label))
            else:
                placed.append(pill)
                self.links[i] = LinkShape(link.route, link.kind, link.label, link.bbox, 0, pill)

    def number(self, label: str) -> int:
        """A new marker number for a link label, listed in `link_key`."""
        self.link_key.append((len(self.link_key) + 1, label))
        return len(self.link_key)

    @property
    def width(self) -> float:
        return self.geometry.width

    @property
    def height(self) -> float:
        return self.geometry.height


def persona_curves(data: ProjectData, band: Rect) -> list[tuple[Persona, list[tuple[float, float]]]]:
    """Each persona's emotion curve through its own touchpoints (with its own emotions), in persona order;
    personas without an assessed touchpoint on their path have none."""
    by_id = {tp.id: tp for tp in data.touchpoints}
    curves = []
    for persona in data.personas:
        path = [by_id[tid] for tid in persona.touchpoint_ids if tid in by_id]
        points = curve_points(data.phase_model, band, path, emotion_of=persona.emotion_at)
        if points:
            curves.append((persona, points))
    return curves


def _card_frame(c: Canvas, w: float, h: float, strip: str) -> None:
    """A card's white rounded body with its border and the coloured strip on the left (origin lower-left)."""
    c.setFillColor(shapes.WHITE)
    c.setStrokeColor(colour(t.CARD_BORDER))
    c.setLineWidth(1)
    c.roundRect(0, 0, w, h, t.CARD_RADIUS, stroke=1, fill=1)
    c.saveState()
    clip = c.beginPath()
    clip.roundRect(0, 0, w, h, t.CARD_RADIUS)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColor(colour(strip))
    c.rect(0, 0, t.CARD_STRIP, h, stroke=0, fill=1)
    c.restoreState()


def pill_text(label: str) -> str:
    return ellipsize(label, SANS, t.LINK_LABEL_SIZE, 160)


def link_mark(c: Canvas, cx: float, cy: float, diameter: float, number: int) -> None:
    """A link's numbered marker (PDF coordinates): white disc, link-coloured ring and number."""
    c.setFillColor(shapes.WHITE)
    c.setStrokeColor(colour(t.LINK_COLOUR))
    c.setLineWidth(diameter * 0.08)
    c.circle(cx, cy, diameter / 2, stroke=1, fill=1)
    c.setFillColor(colour(t.TEXT))
    size = diameter * (0.6 if number < 10 else 0.5 if number < 100 else 0.4)
    c.setFont(SANS_BOLD, size)
    c.drawCentredString(cx, cy - size * 0.36, str(number))


def _inside(a: Rect, b: Rect) -> bool:
    return b.x <= a.x and a.right <= b.right and b.y <= a.y and a.bottom <= b.bottom


def _meets(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


class MapPainter:
    """Draws windows of a `MapScene` on one PDF canvas (icons are defined once per document)."""

    def __init__(self, canvas: Canvas, scene: MapScene, check: Callable[[], None] = lambda: None) -> None:
        self.c, self.scene, self.check = canvas, scene, check
        self.icons = IconForms(canvas)
        self.marks: set[int] = set()  # numbered link markers drawn since the last `marks.clear()`
        self._edge_marks: dict[int, int] = {}  # links whose pill a page edge would cut: their marker number

    def draw_window(self, window: Rect, left: float, top: float, scale: float, lod: bool = False) -> None:
        """Draw the part of the map inside `window` with its top-left corner at PDF point (left, top)."""
        c = self.c
        c.saveState()
        clip = c.beginPath()
        clip.rect(left, top - window.h * scale, window.w * scale, window.h * scale)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(left - window.x * scale, top + window.y * scale)
        c.scale(scale, scale)  # from here on, map point (x, y) is drawn at (x, -y)
        geo = self.scene.geometry
        self._lanes(window)
        if _meets(window, geo.band):
            self._band(window)
        for link in self.scene.links:
            if _meets(window, link.bbox):
                self._link(link)
        for n, card in enumerate(self.scene.cards):
            if n % 250 == 249:
                self.check()
            if _meets(window, card.rect):
                self._card(card, lod)
        for link in self.scene.links:
            if link.label and not lod and _meets(window, link.bbox) and _meets(window, self._label_box(link)):
                self._link_label(link, window)
        c.restoreState()

    # lanes and headers -------------------------------------------------------------------------------------
    def _lanes(self, window: Rect) -> None:
        c = self.c
        phases = {p.id: p for p in self.scene.data.phase_model.phases}
        for lane in self.scene.geometry.lanes:
            r = lane.rect
            if not _meets(window, r):
                continue
            body = t.mix(lane.colour, t.LANE_TINT) if lane.index % 2 else t.CARD_FILL
            c.setFillColor(colour(body))
            c.rect(r.x, -r.bottom, r.w, r.h, stroke=0, fill=1)
            h = lane.header
            c.setFillColor(colour(lane.colour))
            c.rect(h.x, -(h.y + t.HEADER_BAR), h.w, t.HEADER_BAR, stroke=0, fill=1)
            phase = phases[lane.phase_id]
            room = h.w - 32
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS_BOLD, 15)
            c.drawString(h.x + 16, -(h.y + 28), ellipsize(phase.name.get(self.scene.lang) or phase.id, SANS_BOLD,
                                                          15, room))
            subtitle = phase.subtitle.get(self.scene.lang)
            if subtitle:
                c.setFillColor(colour(t.MUTED))
                c.setFont(SANS, 12)
                c.drawString(h.x + 16, -(h.y + 48), ellipsize(subtitle, SANS, 12, room))
            c.setStrokeColor(colour(t.DIVIDER))
            c.setLineWidth(1)
            c.line(h.x + 8, -h.bottom, h.right - 8, -h.bottom)
            if lane.index:
                c.line(r.x, -r.y, r.x, -r.bottom)

    # emotion band ------------------------------------------------------------------------------------------
    def _band(self, window: Rect) -> None:
        c = self.c
        band = self.scene.geometry.band
        c.setFillColor(colour(BAND_FILL))
        c.rect(band.x, -band.bottom, band.w, band.h, stroke=0, fill=1)
        c.setStrokeColor(colour(t.DIVIDER))
        c.setLineWidth(1)
        c.line(band.x, -band.y, band.right, -band.y)
        zero = emotion_y(band, 0)
        points = self.scene.curve
        personas = self.scene.persona_curves  # when shown, the general curve steps back (muted, no tint, no faces)
        if len(points) >= 2 and not personas:
            self._tint(points, zero)
        for score in range(-2, 3):
            y = emotion_y(band, score)
            c.setStrokeColor(colour("#C3C9D1" if score == 0 else "#E1E4E8"))
            c.setLineWidth(1.2 if score == 0 else 0.8)
            c.line(band.x + 30, -y, band.right, -y)
        if personas:
            self._persona_curves(points, personas)
        elif points:
            c.setStrokeColor(colour(t.CURVE_COLOUR))
            c.setLineWidth(2)
            c.setLineJoin(1)
            c.setLineCap(1)
            if len(points) >= 2:
                c.drawPath(self._curve_path(points), stroke=1, fill=0)
            for (x, y), score in zip(points, self._scores()):
                shapes.face(c, x, -y, 12, score)
        self._band_labels(band, window)

    def _persona_curves(self, general, personas) -> None:
        """The general curve muted (thin, dashed) behind one curve per persona in the persona's colour."""
        c = self.c
        c.saveState()
        c.setLineJoin(1)
        if len(general) >= 2:
            c.setStrokeColor(colour(t.mix(t.CURVE_COLOUR, MUTED_CURVE_ALPHA, BAND_FILL)))
            c.setLineWidth(1.5)
            c.setDash(list(t.DASH_ALTERNATIVE))
            c.drawPath(self._curve_path(general), stroke=1, fill=0)
            c.setDash([])
        c.setLineCap(1)
        for persona, points in personas:
            c.setStrokeColor(colour(persona.colour))
            c.setLineWidth(2)
            if len(points) >= 2:
                c.drawPath(self._curve_path(points), stroke=1, fill=0)
        c.setStrokeColor(shapes.WHITE)
        c.setLineWidth(1.2)
        for persona, points in personas:
            c.setFillColor(colour(persona.colour))
            for x, y in points:
                c.circle(x, -y, PERSONA_DOT, stroke=1, fill=1)
        c.restoreState()

    def _band_labels(self, band: Rect, window: Rect) -> None:
        """"+2 … −2" and the title at the left of the band, on a backing where a later page part starts."""
        c = self.c
        left = band.x if window.x <= band.x else window.x + OVERLAP_X
        if left > band.x:
            c.setFillColor(colour(BAND_FILL))
            c.rect(left, -(band.bottom - 4), 28, band.h - 24, stroke=0, fill=1)
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, 10)
        for score in range(-2, 3):
            y = emotion_y(band, score)
            c.drawRightString(left + 24, -(y + 3.5), f"{score:+d}".replace("-", "−") if score else "0")
        c.setFont(SANS_BOLD, 10)
        c.drawString(left + 36, -(band.y + 14), self._emotion_title())

    def _emotion_title(self) -> str:
        return tr("emotion", self.scene.lang)

    def _scores(self) -> list[int]:
        data = self.scene.data
        order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
        ordered = sorted((tp for tp in data.touchpoints if tp.emotion is not None),
                         key=lambda tp: (order[tp.phase], tp.position))
        return [tp.emotion for tp in ordered]  # type: ignore[misc]

    def _curve_path(self, points, close_at: float | None = None):
        path = self.c.beginPath()
        path.moveTo(points[0][0], -points[0][1])
        for _, c1, c2, p1 in smooth_path(points):
            path.curveTo(c1[0], -c1[1], c2[0], -c2[1], p1[0], -p1[1])
        if close_at is not None:
            path.lineTo(points[-1][0], -close_at)
            path.lineTo(points[0][0], -close_at)
            path.close()
        return path

    def _tint(self, points, zero: float) -> None:
        """Green between the curve and 0 where it is above, red where below (opaque print-safe tints)."""
        c = self.c
        band = self.scene.geometry.band
        for good, top, bottom in ((True, band.y, zero), (False, zero, band.bottom)):
            c.saveState()
            clip = c.beginPath()
            clip.rect(band.x, -bottom, band.w, bottom - top)
            c.clipPath(clip, stroke=0, fill=0)
            tint = t.mix(t.EMOTION_GOOD if good else t.EMOTION_BAD, t.CURVE_FILL_ALPHA, BAND_FILL)
            c.setFillColor(colour(tint))
            c.drawPath(self._curve_path(points, close_at=zero), stroke=0, fill=1)
            c.restoreState()

    # links -------------------------------------------------------------------------------------------------
    def _link(self, link: LinkShape) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColor(colour(t.LINK_COLOUR))
        c.setLineWidth(t.LINK_WIDTH)
        if link.kind == "alternative":
            c.setDash(list(t.DASH_ALTERNATIVE))
        elif link.kind == "loop_back":
            c.setDash(list(t.DASH_LOOP_BACK))
            c.setLineCap(1)
        path = c.beginPath()
        start = link.route[0][0]
        path.moveTo(start[0], -start[1])
        for _, c1, c2, p1 in link.route:
            path.curveTo(c1[0], -c1[1], c2[0], -c2[1], p1[0], -p1[1])
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()
        _, c1, c2, p1 = link.route[-1]
        towards = c2 if c2 != p1 else c1
        shapes.arrowhead(c, (p1[0], -p1[1]), (towards[0], -towards[1]), t.ARROW_SIZE, t.LINK_COLOUR)

    @staticmethod
    def _label_box(link: LinkShape) -> Rect:
        if link.pill is not None:
            return link.pill
        x, y = route_middle(link.route)
        return Rect(x - 8, y - 8, 16, 16)

    def _link_label(self, link: LinkShape, window: Rect) -> None:
        """The label pill, or its numbered marker when it would cover a card or be cut by the page edge."""
        c = self.c
        x, y = route_middle(link.route)
        mark = link.mark
        if not mark and link.pill is not None and not _inside(link.pill, window):
            mark = self._edge_marks.get(id(link)) or self.scene.number(link.label)
            self._edge_marks[id(link)] = mark
        if mark:
            if _inside(Rect(x - 8, y - 8, 16, 16), window):
                link_mark(c, x, -y, MARK_D, mark)
                self.marks.add(mark)
            return
        text = pill_text(link.label)
        w = c.stringWidth(text, SANS, t.LINK_LABEL_SIZE) + 10
        c.setFillColor(shapes.WHITE)
        c.setStrokeColor(colour(t.CARD_BORDER))
        c.setLineWidth(0.6)
        c.roundRect(x - w / 2, -(y + 8), w, 16, 8, stroke=1, fill=1)
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, t.LINK_LABEL_SIZE)
        c.drawCentredString(x, -(y + 4), text)

    # cards -------------------------------------------------------------------------------------------------
    def _card(self, card: Card, lod: bool) -> None:
        c = self.c
        r = card.rect
        shapes.stamp(c, f"jm_card_{card.strip.lstrip('#')}", (-1, -1, r.w + 1, r.h + 1),
                     lambda cv: _card_frame(cv, r.w, r.h, card.strip), r.x, -r.bottom)
        self.icons.draw(card.icon, r.x + PAD, -(r.y + 10 + t.ICON_SIZE), t.ICON_SIZE)
        if lod:
            return
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS_BOLD, t.LABEL_SIZE)
        if len(card.lines) == 1:
            c.drawString(r.x + LABEL_X, -(r.y + 27), card.lines[0])
        else:
            for i, line in enumerate(card.lines):
                c.drawString(r.x + LABEL_X, -(r.y + 21 + i * LABEL_LEADING), line)
        row = r.y + r.h - 8 - t.FACE_SIZE / 2  # the centre line of the bottom row
        shapes.face(c, r.x + PAD + t.FACE_SIZE / 2, -row, t.FACE_SIZE, card.touchpoint.emotion)
        if card.touchpoint.kpis:
            shapes.kpi_badge(c, r.x + PAD + t.FACE_SIZE + 8, -(row + 7), 14, len(card.touchpoint.kpis),
                             card.kpi_state)
        for i, fill in enumerate(card.persona_colours[:6]):
            shapes.dot(c, r.right - 14 - i * 11, -row, 9, fill)
        if card.fit_hint:
            shapes.fit_hint(c, r.right - 17, -(r.y + 16), 10)
