"""The empty lane poster: the six AIDA(LA) lanes with headers and a guiding question, an emotion scale and room for
cards and sticky notes, on A2, A1 or A0 (landscape).

The poster is laid out once at A1 and scaled to the paper, so A0 is √2 larger and A2 √2 smaller. At A1 a lane is
about 130 mm wide: a card printed on A4 (90 mm) fits with room to spare, and so does a 76 mm sticky note; on A2 the
lanes are 92 mm, on A0 183 mm (room for the A3 cards of 127 mm).
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A1, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, width
from journeymap.export.kit.card_faces import draw_block
from journeymap.export.kit.fit import ASCENT, fit_block
from journeymap.export.kit.marks import LINE, caps, caps_width, phase_mark
from journeymap.export.kit.texts import question, tr
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect
from journeymap.model.phases import aidala

colour = shapes.colour
DESIGN_W, DESIGN_H = landscape(A1)  # the poster is drawn at A1 and scaled to the paper
MARGIN: float = 14 * mm
BOTTOM_MARGIN: float = 18 * mm  # the key sits in the bottom margin
GUTTER: float = 36 * mm  # the row captions and the emotion scale at the left
TITLE_H: float = 26 * mm
HEADER_H: float = 72 * mm
BAND_H: float = 62 * mm
NOTES_H: float = 84 * mm
LANE_PAD: float = 6 * mm
ROW_LINE = "#AEB6C1"
CAPTION_SIZE = 20.0  # the rows' names in the gutter
QUESTION = (26.0, 16.0)  # largest and smallest size of a lane's guiding question


def draw_lane_poster(c: Canvas, size: tuple[float, float], lang: str, title: str = "") -> None:
    """The whole poster on the current page of `c` (a page of `size`)."""
    scale = size[0] / DESIGN_W
    c.saveState()
    c.scale(scale, scale)
    top = DESIGN_H - MARGIN
    _title(c, top, lang, title)
    lanes_top = top - TITLE_H - 6 * mm
    left = MARGIN + GUTTER
    lane_w = (DESIGN_W - MARGIN - left) / 6
    bottom = BOTTOM_MARGIN
    band_top = bottom + NOTES_H + BAND_H
    body_top = lanes_top - HEADER_H
    sizes = _sizes(lang, lane_w - 2 * LANE_PAD)
    for i, phase in enumerate(aidala().phases):
        lane = Rect(left + i * lane_w, bottom, lane_w, lanes_top - bottom)
        fill = t.phase_colour(phase.id, i)
        c.setFillColor(colour(t.mix(fill, t.LANE_TINT) if i % 2 else t.CARD_FILL))
        c.rect(lane.x, lane.y, lane.w, lane.h, stroke=0, fill=1)
        _header(c, lane, i + 1, phase.name.get(lang), phase.subtitle.get(lang), question(phase.id, lang), fill,
                lang, sizes)
        if i:
            c.setStrokeColor(colour(t.DIVIDER))
            c.setLineWidth(1.2)
            c.line(lane.x, lane.y, lane.x, lane.y + lane.h)
    right = left + 6 * lane_w
    _band(c, MARGIN, left, right, band_top - BAND_H, BAND_H)
    c.setStrokeColor(colour(ROW_LINE))
    c.setLineWidth(1.4)
    for y in (body_top, band_top, band_top - BAND_H):
        c.line(MARGIN, y, right, y)
    c.setStrokeColor(colour(t.CARD_BORDER))
    c.setLineWidth(1.2)
    c.rect(MARGIN, bottom, right - MARGIN, lanes_top - bottom, stroke=1, fill=0)
    _row_caption(c, tr("row_touchpoints", lang), MARGIN, band_top, body_top)
    _row_caption(c, tr("row_emotion", lang), MARGIN, band_top - BAND_H, band_top)
    _row_caption(c, tr("row_notes", lang), MARGIN, bottom, band_top - BAND_H)
    c.setFillColor(colour(t.MUTED))
    c.setFont(SANS, 16)
    c.drawString(MARGIN, bottom - 8 * mm, ellipsize(tr("poster_key", lang), SANS, 16, right - MARGIN - 300))
    c.setFont(SANS_BOLD, 16)
    c.drawRightString(right, bottom - 8 * mm, f"journeymap · {tr('kit', lang)}")
    c.restoreState()


def _title(c: Canvas, top: float, lang: str, title: str) -> None:
    """"Customer Journey" and fields to write on: persona, occasion or goal, date."""
    size = 44.0
    c.setFillColor(colour(t.TEXT))
    c.setFont(SANS_BOLD, size)
    base = top - size * 0.8 - 2 * mm
    c.drawString(MARGIN, base, tr("journey", lang))
    x = MARGIN + width(tr("journey", lang), SANS_BOLD, size) + 24 * mm
    right = DESIGN_W - MARGIN
    fields = (("persona_field", 0.42), ("goal_field", 0.40), ("date_field", 0.18))
    room = right - x
    for key, share in fields:
        w = room * share - 10 * mm
        caps(c, x, top - 16, tr(key, lang), 16)
        c.setStrokeColor(colour(LINE))
        c.setLineWidth(1.2)
        c.line(x, base - 4, x + w, base - 4)
        if key == "persona_field" and title:
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS, 22)
            c.drawString(x, base + 2, ellipsize(title, SANS, 22, w))
        x += room * share


MARK_W: float = 13 * mm
MARK_H: float = 11 * mm
BAR: float = 4 * mm
SUBTITLE = 17.0
NAME = (32.0, 20.0)


def _sizes(lang: str, room: float) -> tuple[float, float]:
    """One size for the six phase names and one for the six questions: the largest at which all of them fit."""
    phases = aidala().phases
    name = min(fit_block(p.name.get(lang), SANS_BOLD, room - MARK_W - 4 * mm, 60, *NAME, lang, max_lines=1).size
               for p in phases)
    ask = min(fit_block(question(p.id, lang), SANS_BOLD, room, _question_room(), *QUESTION, lang, lead=1.18).size
              for p in phases)
    return name, ask


def _question_room() -> float:
    """The height left for the question under the bar, the phase mark and the subtitle."""
    used: float = BAR + 16 * mm + MARK_H + SUBTITLE
    return HEADER_H - used


def _header(c: Canvas, lane: Rect, number: int, name: str, subtitle: str, text: str, fill: str, lang: str,
            sizes: tuple[float, float]) -> None:
    """A lane header: the colour bar, the phase mark and name, the subtitle and the guiding question."""
    top = lane.y + lane.h
    c.setFillColor(colour(fill))
    c.rect(lane.x, top - BAR, lane.w, BAR, stroke=0, fill=1)
    x, room = lane.x + LANE_PAD, lane.w - 2 * LANE_PAD
    y = top - BAR - 5 * mm - MARK_H
    phase_mark(c, x, y, MARK_W, MARK_H, number, fill, True)
    block = fit_block(name, SANS_BOLD, room - MARK_W - 4 * mm, 60, sizes[0], sizes[0], lang, max_lines=1)
    draw_block(c, block, x + MARK_W + 4 * mm, y + MARK_H / 2 + block.size * (ASCENT - 0.36), SANS_BOLD)
    y -= 4 * mm
    c.setFillColor(colour(t.MUTED))
    c.setFont(SANS, SUBTITLE)
    c.drawString(x, y - SUBTITLE * 0.8, ellipsize(subtitle, SANS, SUBTITLE, room))
    y -= SUBTITLE + 3 * mm
    ask = fit_block(text, SANS_BOLD, room, _question_room(), sizes[1], sizes[1], lang, lead=1.18)
    draw_block(c, ask, x, y, SANS_BOLD, t.TEXT)
    c.setStrokeColor(colour(t.DIVIDER))
    c.setLineWidth(1.2)
    c.line(lane.x + 3 * mm, lane.y + lane.h - HEADER_H, lane.x + lane.w - 3 * mm, lane.y + lane.h - HEADER_H)


def _band(c: Canvas, x0: float, left: float, right: float, y: float, h: float) -> None:
    """The emotion scale: five guide lines for −2..+2 (the middle one stronger), faces and numbers at the left."""
    pad = 8 * mm
    for k, score in enumerate(range(-2, 3)):
        line_y = y + pad + k * (h - 2 * pad) / 4
        c.setStrokeColor(colour("#B7BEC8" if score == 0 else "#D9DDE3"))
        c.setLineWidth(2.0 if score == 0 else 1.2)
        if score:
            c.setDash([6, 5])
        c.line(left, line_y, right, line_y)
        c.setDash([])
        face = 8 * mm
        shapes.face(c, left - 3 * mm - face / 2, line_y, face, score)
        label = f"{score:+d}".replace("-", "−") if score else "0"
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS_BOLD, 16)
        c.drawRightString(left - 5 * mm - face, line_y - 16 * 0.36, label)


def _row_caption(c: Canvas, text: str, x: float, bottom: float, top: float) -> None:
    """A row's name in the gutter, turned to read upwards, centred on the row (in two lines if it is long)."""
    size = CAPTION_SIZE
    room = top - bottom - 8 * mm
    lines = [text]
    if caps_width(text, size) > room and " " in text:
        words = text.split()
        cut = max(range(1, len(words)), key=lambda k: -abs(caps_width(" ".join(words[:k]), size)
                                                           - caps_width(" ".join(words[k:]), size)))
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    c.saveState()
    c.translate(x + 4 * mm + size * 0.75, (bottom + top) / 2)
    c.rotate(90)
    for i, line in enumerate(lines):
        w = min(caps_width(line, size), room)
        caps(c, -w / 2, -i * size * 1.2, line, size, room=room)
    c.restoreState()
