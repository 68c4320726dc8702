"""Draws windows of a `MapScene` on a PDF canvas: lanes, cards, links with their labels, the emotion band.

Only what lies on the page is drawn: the cards meeting the window (found by height) and the links of those cards.
A link whose other end is on another page leaves the page with a small clickable page reference.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, width
from journeymap.export.icons import IconForms
from journeymap.export.pdf_band import draw_band
from journeymap.export.pdf_map import Card, LinkShape, MapScene, inside, meets, pill_text
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect, bezier_point

colour = shapes.colour
Where = Callable[[int], tuple[int, str] | None]  # card index -> (page, destination) when it is on another page


class MapPainter:
    """Draws windows of a `MapScene` on one PDF canvas (icons and card frames are defined once per document)."""

    def __init__(self, canvas: Canvas, scene: MapScene, check: Callable[[], None] = lambda: None) -> None:
        self.c, self.scene, self.check = canvas, scene, check
        self.icons = IconForms(canvas)
        self.marks: set[int] = set()  # numbered link markers drawn since the last `marks.clear()`
        self.kinds: set[str] = set()  # link kinds drawn since the last clear (for the legend)
        self._edge_marks: dict[int, int] = {}  # links whose pill a page edge would cut: their marker number

    def draw_window(self, window: Rect, left: float, top: float, scale: float, lod: bool = False,
                    elsewhere: Where | None = None) -> list[int]:
        """Draw the part of the map inside `window` with its top-left corner at PDF point (left, top); returns the
        indexes of the cards drawn. `elsewhere` tells where a card off this page is (for leaving links)."""
        c, scene = self.c, self.scene
        c.saveState()
        clip = c.beginPath()
        clip.rect(left, top - window.h * scale, window.w * scale, window.h * scale)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(left - window.x * scale, top + window.y * scale)
        c.scale(scale, scale)  # from here on, map point (x, y) is drawn at (x, -y)
        self._lanes(window)
        if meets(window, scene.geometry.band):
            draw_band(c, scene, window, lod)
        cards = scene.cards_in(window)
        links = scene.links_of(cards) if elsewhere is not None else [
            k for k, link in enumerate(scene.links) if meets(window, link.bbox)]
        for k in links:
            self._link(scene.links[k])
        for n, i in enumerate(cards):
            if n % 250 == 249:
                self.check()
            self._card(scene.cards[i], lod)
        if not lod:
            for k in links:
                link = scene.links[k]
                if link.label and meets(window, self._label_box(link)):
                    self._link_label(link, window)
        c.restoreState()
        if elsewhere is not None and not lod:
            self._leaving(window, left, top, scale, set(cards), links, elsewhere)
        return cards

    # lanes and headers -------------------------------------------------------------------------------------
    def _lanes(self, window: Rect) -> None:
        c, scene = self.c, self.scene
        k = scene.style.k
        phases = {p.id: p for p in scene.data.phase_model.phases}
        for lane in scene.geometry.lanes:
            r = lane.rect
            if not meets(window, r):
                continue
            body = t.mix(lane.colour, t.LANE_TINT) if lane.index % 2 else t.CARD_FILL
            c.setFillColor(colour(body))
            c.rect(r.x, -r.bottom, r.w, r.h, stroke=0, fill=1)
            h = lane.header
            c.setFillColor(colour(lane.colour))
            c.rect(h.x, -(h.y + t.HEADER_BAR * k), h.w, t.HEADER_BAR * k, stroke=0, fill=1)
            phase = phases[lane.phase_id]
            room = h.w - 24
            name_size, sub_size = 15.0 * k, 12.0 * k
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS_BOLD, name_size)
            name = ellipsize((phase.name.get(scene.lang) or phase.id)[:200], SANS_BOLD, name_size, room)
            c.drawString(h.x + 12, -(h.y + t.HEADER_BAR * k + 6 * k + name_size * 0.8), name)
            subtitle = phase.subtitle.get(scene.lang)
            if subtitle:
                c.setFillColor(colour(t.MUTED))
                c.setFont(SANS, sub_size)
                c.drawString(h.x + 12, -(h.y + t.HEADER_BAR * k + 10 * k + name_size + sub_size * 0.8),
                             ellipsize(subtitle[:200], SANS, sub_size, room))
            c.setStrokeColor(colour(t.DIVIDER))
            c.setLineWidth(1)
            c.line(h.x + 8, -h.bottom, h.right - 8, -h.bottom)
            if lane.index:
                c.line(r.x, -r.y, r.x, -r.bottom)

    # links -------------------------------------------------------------------------------------------------
    def _link(self, link: LinkShape) -> None:
        c = self.c
        self.kinds.add(link.kind)
        c.saveState()
        c.setStrokeColor(colour(t.LINK_COLOUR))
        c.setLineWidth(t.LINK_WIDTH * min(1.4, self.scene.style.k))
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
        shapes.arrowhead(c, (p1[0], -p1[1]), (towards[0], -towards[1]), t.ARROW_SIZE * min(1.4, self.scene.style.k),
                         t.LINK_COLOUR)

    def _label_box(self, link: LinkShape) -> Rect:
        if link.pill is not None:
            return link.pill
        x, y = link.mark_at or bezier_point(link.route[len(link.route) // 2], 0.5)
        d = self.scene.mark_size()
        return Rect(x - d / 2, y - d / 2, d, d)

    def _link_label(self, link: LinkShape, window: Rect) -> None:
        """The label pill, or its numbered marker when it would cover a card or be cut by the page edge."""
        c, scene = self.c, self.scene
        mark, r = link.mark, link.pill
        if not mark and r is not None and not inside(r, window):
            mark = self._edge_marks.get(id(link)) or scene.new_mark(link.label)
            self._edge_marks[id(link)] = mark
        if mark:
            box = Rect(r.centre[0] - 8, r.centre[1] - 8, 16, 16) if r is not None and not link.mark else \
                self._label_box(link)
            if inside(box, window):
                link_mark(c, box.centre[0], -box.centre[1], scene.mark_size(), mark)
                self.marks.add(mark)
            return
        if r is None:  # `MapScene` gives every labelled link a pill or a marker: nothing else to draw
            return
        size, pill_h = scene.pill_size()
        text = pill_text(link.label, size)
        c.setFillColor(shapes.WHITE)
        c.setStrokeColor(colour(t.CARD_BORDER))
        c.setLineWidth(0.6)
        c.roundRect(r.x, -r.bottom, r.w, r.h, pill_h / 2, stroke=1, fill=1)
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, size)
        c.drawCentredString(r.centre[0], -(r.centre[1] + size * 0.35), text)

    def _leaving(self, window: Rect, left: float, top: float, scale: float, here: set[int], links: list[int],
                 elsewhere: Where) -> None:
        """Where a link leaves the page towards a card on another page: a small clickable "p. 7", moved aside (or up)
        where it would cover a card (`_clear_spot`)."""
        c, scene = self.c, self.scene
        placed: list[tuple[str, Rect]] = []  # (text, where) of the badges drawn
        bottom = top - window.h * scale
        area = Rect(left, bottom, window.w * scale, window.h * scale)
        cards = [Rect(left + (r.x - window.x) * scale, top - (r.bottom - window.y) * scale, r.w * scale, r.h * scale)
                 for r in (scene.cards[i].rect for i in here)]
        size = 8.0
        for k in links:
            link = scene.links[k]
            for near, far in ((link.source, link.target), (link.target, link.source)):
                if near not in here or far in here:
                    continue
                where = elsewhere(far)
                if where is None:
                    continue
                exit_point = _exit(link, window, from_start=near == link.source)
                if exit_point is None:
                    continue
                page, dest = where
                text = tr("page_short", scene.lang, n=page)
                w = width(text, SANS_BOLD, size) + 7
                x = left + (exit_point[0] - window.x) * scale
                y = top - (exit_point[1] - window.y) * scale
                x = min(max(x - w / 2, left + 1), left + window.w * scale - w - 1)
                y = min(max(y - 5.5, bottom + 1), top - 12)
                if any(shown == text and abs(spot.x - x) < 45 for shown, spot in placed):
                    continue  # this page is already named right here
                box = _clear_spot(Rect(x, y, w, 11), cards, [spot for _, spot in placed], area)
                if box is None:
                    continue
                x, y = box.x, box.y
                placed.append((text, box))
                c.setFillColor(colour(t.LINK_COLOUR))
                c.roundRect(x, y, w, 11, 3, stroke=0, fill=1)
                c.setFillColor(shapes.WHITE)
                c.setFont(SANS_BOLD, size)
                c.drawCentredString(x + w / 2, y + 2.8, text)
                c.linkAbsolute("", dest, (x, y, x + w, y + 11), thickness=0)

    # cards -------------------------------------------------------------------------------------------------
    def _card(self, card: Card, lod: bool) -> None:
        c, style = self.c, self.scene.style
        k = style.k
        r = card.rect
        shapes.stamp(c, f"jm_card_{card.strip.lstrip('#')}_{r.h:.0f}", (-1, -1, r.w + 1, r.h + 1),
                     lambda cv: _card_frame(cv, r.w, r.h, card.strip), r.x, -r.bottom)
        row = r.bottom - style.bottom_pad - style.row / 2  # the centre line of the bottom row
        icon = 16.0 * k
        x = r.x + style.label_left
        self.icons.draw(card.icon, x, -(row + icon / 2), icon)
        if lod:
            return
        c.setFillColor(colour(t.TEXT))
        size = card.label_size
        lead = style.lead if size >= style.label else style.small_lead
        c.setFont(SANS_BOLD, size)
        for i, line in enumerate(card.lines):
            c.drawString(x, -(r.y + style.pad + size * 0.85 + i * lead), line)
        x += icon + 5 * k
        face = 14.0 * k
        shapes.face(c, x + face / 2, -row, face, card.touchpoint.emotion)
        x += face + 5 * k
        if card.touchpoint.kpis:
            shapes.kpi_badge(c, x, -(row + 6.5 * k), 13 * k, len(card.touchpoint.kpis), card.kpi_state)
        number = str(card.number)
        size = 11.0 * k
        right = r.right - 7 * k
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS_BOLD, size)
        c.drawRightString(right, -(row + size * 0.36), number)
        right -= width(number, SANS_BOLD, size) + 5 * k
        if card.fit_hint:
            shapes.fit_hint(c, right - 10 * k, -(row + 4.4 * k), 10 * k)
            right -= 14 * k
        for i, fill in enumerate(card.persona_colours[:6]):
            shapes.dot(c, right - 4.5 * k - i * 10 * k, -row, 9 * k, fill)


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


SPOT_STEPS = 33  # a page badge may move up to 48 pt sideways …
LABEL_WEIGHT = 4.0  # … and covering a card's label counts this much more than covering the rest of the card
LABEL_SHARE = 0.6  # the label's share of a card's height, from its top
DY = (0.0, -4.0, 4.0, -8.0, 8.0, -12.0)  # pt: the vertical moves tried, nearest first


def _clear_spot(box: Rect, cards: list[Rect], placed: list[Rect], page: Rect) -> Rect | None:
    """`box` moved sideways (… and up to 12 pt up or down) to where it covers the least of `cards` and none of
    `placed`, inside `page`, the nearest such spot; None when every spot meets a badge already placed."""
    best: tuple[float, float, Rect] | None = None
    reach = Rect(box.x - SPOT_STEPS * 1.5 - 1, box.y - 13, box.w + SPOT_STEPS * 3 + 2, box.h + 26)
    near = [(card, _label_zone(card)) for card in cards if meets(card, reach)]  # (a page holds many cards)
    others = [other for other in placed if meets(other, reach)]
    for dy in DY:
        for step in range(SPOT_STEPS):
            dx = (step + 1) // 2 * 3.0 * (1 if step % 2 else -1)
            spot = Rect(box.x + dx, box.y + dy, box.w, box.h)
            if spot.x < page.x or spot.right > page.right or spot.y < page.y or spot.bottom > page.bottom or \
                    any(meets(spot, other) for other in others):
                continue
            covered = sum(_overlap(spot, card) + LABEL_WEIGHT * _overlap(spot, label) for card, label in near)
            if best is None or (covered, abs(dx) + abs(dy)) < best[:2]:
                best = (covered, abs(dx) + abs(dy), spot)
            if covered == 0:
                return spot
    return best[2] if best is not None else None


def _label_zone(card: Rect) -> Rect:
    """The upper part of a card (page coordinates, y up), where its label stands: covering it costs most."""
    return Rect(card.x, card.y + card.h * (1 - LABEL_SHARE), card.w, card.h * LABEL_SHARE)


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _exit(link: LinkShape, window: Rect, from_start: bool) -> tuple[float, float] | None:
    """The last point of the link inside `window`, walking from the end on this page towards the other."""
    points = [bezier_point(segment, s / 8) for segment in link.route for s in range(9)]
    if not from_start:
        points.reverse()
    last = None
    for x, y in points:
        if not (window.x <= x <= window.right and window.y <= y <= window.bottom):
            return last
        last = (x, y)
    return None


def link_mark(c: Canvas, cx: float, cy: float, diameter: float, number: int) -> None:
    """A link's numbered marker (PDF coordinates): white disc, link-coloured ring and number."""
    c.setFillColor(shapes.WHITE)
    c.setStrokeColor(colour(t.LINK_COLOUR))
    c.setLineWidth(diameter * 0.08)
    c.circle(cx, cy, diameter / 2, stroke=1, fill=1)
    c.setFillColor(colour(t.TEXT))
    size = diameter * (0.6 if number < 10 else 0.5 if number < 100 else 0.4 if number < 1000 else 0.3)
    c.setFont(SANS_BOLD, size)
    c.drawCentredString(cx, cy - size * 0.36, str(number))
