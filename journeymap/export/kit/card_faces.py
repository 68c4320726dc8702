"""Drawing one card (catalogue entry, journey touchpoint or empty form) in its cell, at A4 size (90 × 64 mm).

The card looks like a canvas card grown for the hand: white with a rounded border, the strip at the left (the phase
colour for a digital touchpoint, grey for an analogue one), the icon at the top left, the name in bold. Every text
is fitted into its box (`fit.py`): wrapped with hyphenation, shrunk within limits, then shortened with … .
Coordinates: points, origin at the cell's lower-left corner; the cell is the piece cut out of the sheet.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, width
from journeymap.export.icons import IconForms
from journeymap.export.kit.card_content import CatalogueCard, JourneyCard, PhaseMark
from journeymap.export.kit.fit import ASCENT, Block, ListBlock, fit_block, fit_list, fit_run
from journeymap.export.kit.marks import LINE, caps, open_phase_mark, phase_mark, tick_box, write_lines
from journeymap.export.kit.texts import emotion_word, tr
from journeymap.layout import theme as t

colour = shapes.colour
CELL_W: float = 90 * mm
CELL_H: float = 64 * mm
INSET = 5.5  # the card's border is this far inside the cut, so a cut a little off never touches it
RADIUS = 8.0
STRIP = 5.0
PAD = 9.0
FRAME_W, FRAME_H = CELL_W - 2 * INSET, CELL_H - 2 * INSET
LEFT = INSET + STRIP + 8.0  # where the content starts
RIGHT = INSET + FRAME_W - PAD
TOP = INSET + FRAME_H - PAD
BOTTOM = INSET + PAD
ROOM = RIGHT - LEFT
CAPTION = 6.5  # size of the caps captions
MARK_H = 14.0  # the phase marks
WRITE = 15.0  # spacing of the lines to write on
MAX_MARKS = 8  # an empty card offers at most this many phases to tick


def frame(c: Canvas, strip: str | None) -> None:
    """The card's white rounded body with its border and, if given, the coloured strip at the left."""
    c.saveState()
    c.setFillColor(shapes.WHITE)
    c.setStrokeColor(colour(t.CARD_BORDER))
    c.setLineWidth(0.9)
    c.roundRect(INSET, INSET, FRAME_W, FRAME_H, RADIUS, stroke=1, fill=1)
    if strip:
        clip = c.beginPath()
        clip.roundRect(INSET, INSET, FRAME_W, FRAME_H, RADIUS)
        c.clipPath(clip, stroke=0, fill=0)
        c.setFillColor(colour(strip))
        c.rect(INSET, INSET, STRIP, FRAME_H, stroke=0, fill=1)
    c.restoreState()


def draw_block(c: Canvas, block: Block, x: float, top: float, font: str, fill: str = t.TEXT) -> None:
    """The lines of `block` with the top of the first at `top`."""
    c.saveState()
    c.setFillColor(colour(fill))
    c.setFont(font, block.size)
    for i, line in enumerate(block.lines):
        c.drawString(x, top - block.size * ASCENT - i * block.lead, line)
    c.restoreState()


def draw_list(c: Canvas, block: ListBlock, x: float, top: float, bullet: str, indent: float) -> None:
    """A fitted list with a small dot in `bullet` colour before each item and its closing "+ n more" line."""
    c.saveState()
    c.setFont(SANS, block.size)
    y = top - block.size * ASCENT
    for item in block.items:
        c.setFillColor(colour(bullet))
        c.circle(x + 1.6, y + block.size * 0.3, 1.5, stroke=0, fill=1)
        c.setFillColor(colour(t.TEXT))
        for line in item:
            c.drawString(x + indent, y, line)
            y -= block.lead
        y -= block.gap
    if block.more:
        c.setFillColor(colour(t.MUTED))
        c.drawString(x + indent, y, block.more)
    c.restoreState()


def phase_row(c: Canvas, marks: tuple[PhaseMark, ...], y: float, lang: str, x: float = LEFT, right: float = RIGHT,
              open_marks: bool = False) -> None:
    """"PHASEN" and the six phase marks across the rest of the row."""
    x += caps(c, x, y + (MARK_H - CAPTION * 0.72) / 2, tr("phases", lang), CAPTION) + 6
    gap = 3.0
    w = (right - x - gap * (len(marks) - 1)) / len(marks)
    for i, mark in enumerate(marks):
        if open_marks:
            open_phase_mark(c, x + i * (w + gap), y, w, MARK_H, mark.number, mark.colour)
        else:
            phase_mark(c, x + i * (w + gap), y, w, MARK_H, mark.number, mark.colour, mark.suits)


def kind_line(kind: str, contact: str, lang: str) -> str:
    return f"{tr(kind, lang)} · {tr(contact, lang)}"


def header(c: Canvas, icons: IconForms, icon: str, title: str, detail: str, lang: str, icon_size: float,
           largest: float, smallest: float, max_lines: int, room: float) -> float:
    """Icon, the bold title (fitted, hyphenated in `lang`) and a muted caps line under it; returns the y of the
    header's bottom."""
    icons.draw(icon, LEFT, TOP - icon_size, icon_size)
    x = LEFT + icon_size + 8
    name = fit_block(title, SANS_BOLD, room - (x - LEFT), 40, largest, smallest, lang, lead=1.12,
                     max_lines=max_lines, unbroken_down_to=largest - 2.5)
    draw_block(c, name, x, TOP + 1, SANS_BOLD)
    base = TOP + 1 - name.height - 3 - CAPTION * 0.75
    caps(c, x, base, detail, CAPTION, room=room - (x - LEFT))
    return min(TOP - icon_size, base - 2)


def draw_catalogue_card(c: Canvas, card: CatalogueCard, lang: str, icons: IconForms) -> None:
    """A catalogue entry: icon, name, kind and contact, first sentence, strengths, the six phase marks."""
    frame(c, t.ANALOGUE_STRIP if card.kind == "analogue" else None)
    bottom = header(c, icons, card.icon, card.name, kind_line(card.kind, card.contact, lang), lang, 30, 13.5, 10, 2,
                    ROOM)
    rule = bottom - 5
    c.saveState()
    c.setStrokeColor(colour(t.DIVIDER))
    c.setLineWidth(0.6)
    c.line(LEFT, rule, RIGHT, rule)
    c.restoreState()
    phase_row(c, card.phases, BOTTOM, lang)
    floor = BOTTOM + MARK_H + 7
    if card.needs:
        run = fit_run(card.needs, SANS, ROOM, 30, 8.5, 7, lambda n: tr("more", lang, n=n), lang)
        draw_block(c, run, LEFT, floor + run.height, SANS)
        caps(c, LEFT, floor + run.height + 3, tr("serves", lang), CAPTION, t.EMOTION_GOOD)
        floor += run.height + 3 + CAPTION + 6
    summary = fit_block(card.summary, SANS, ROOM, rule - 6 - floor, 9.5, 7, lang)
    draw_block(c, summary, LEFT, rule - 6, SANS)


def draw_journey_card(c: Canvas, card: JourneyCard, lang: str, icons: IconForms) -> None:
    """A touchpoint of a journey: label, number, phase, emotion, pain points and opportunities."""
    frame(c, card.strip)
    number = f"#{card.number}"
    c.setFillColor(colour(t.MUTED))
    c.setFont(SANS_BOLD, 9)
    c.drawRightString(RIGHT, TOP - 8, number)
    room = ROOM - width(number, SANS_BOLD, 9) - 6
    bottom = header(c, icons, card.icon, card.label, kind_line(card.kind, card.contact, lang), card.text_lang, 26,
                    13, 9, 3, room)
    row = bottom - 6 - 16
    phase_mark(c, LEFT, row, 17, 16, card.phase_number, card.phase_colour, True)
    face_x = LEFT + ROOM * 0.52
    name = ellipsize(card.phase_name, SANS_BOLD, 8.5, face_x - LEFT - 21 - 8)
    c.setFillColor(colour(t.TEXT))
    c.setFont(SANS_BOLD, 8.5)
    c.drawString(LEFT + 21, row + 5, name)
    shapes.face(c, face_x + 8, row + 8, 15, card.emotion)
    word = tr("not_assessed", lang) if card.emotion is None else emotion_word(card.emotion, lang)
    c.setFillColor(colour(t.MUTED if card.emotion is None else t.TEXT))
    c.setFont(SANS, 8)
    c.drawString(face_x + 20, row + 5, ellipsize(word, SANS, 8, RIGHT - face_x - 20))
    notes(c, row - 8, lang, card.pain_points, card.opportunities, card.text_lang, "opportunities")


def notes(c: Canvas, top: float, lang: str, pains: tuple[str, ...], ideas: tuple[str, ...],
          text_lang: str | None = None, ideas_key: str = "ideas") -> None:
    """Pain points and ideas (on a journey's card: its opportunities, captioned by `ideas_key`) side by side from
    `top` down to the card's bottom; an empty side gets lines. The items are hyphenated in `text_lang` (the
    journey's language), the captions are in `lang`."""
    gap = 10.0
    w = (ROOM - gap) / 2
    more: Callable[[int], str] = lambda n: tr("more", lang, n=n)  # noqa: E731
    for k, (key, items, bullet) in enumerate((("pains", pains, t.EMOTION_BAD), (ideas_key, ideas, t.EMOTION_GOOD))):
        x = LEFT + k * (w + gap)
        caps(c, x, top - CAPTION * 0.75, tr(key, lang), CAPTION, bullet, room=w)
        box_top = top - CAPTION - 4
        if any(item.strip() for item in items):
            block = fit_list(items, SANS, w - 7, box_top - BOTTOM, 8.5, 6.5, more, text_lang or lang, item_lines=3)
            draw_list(c, block, x, box_top, bullet, 7)
        else:
            write_lines(c, x, box_top + 2, w, int((box_top - BOTTOM) // WRITE), WRITE)


def draw_blank_card(c: Canvas, marks: tuple[PhaseMark, ...], lang: str) -> None:
    """An empty card to write on: touchpoint, phase to tick, digital/analogue, direct/indirect, emotion to
    circle, pain points and ideas."""
    frame(c, None)
    c.saveState()
    c.setStrokeColor(colour(LINE))
    c.setDash([2, 2])
    c.setLineWidth(0.8)
    c.roundRect(LEFT, TOP - 26, 26, 26, 5, stroke=1, fill=0)  # room for a sketch of the icon
    c.restoreState()
    x = LEFT + 34
    caps(c, x, TOP - CAPTION * 0.75, tr("touchpoint", lang), CAPTION)
    write_lines(c, x, TOP - 1, RIGHT - x, 2, 19)
    y = TOP - 41 - 8 - MARK_H
    if len(marks) <= MAX_MARKS:
        phase_row(c, marks, y, lang, open_marks=True)
    else:  # too many phases to tick: a line to write the phase on
        x = LEFT + caps(c, LEFT, y + (MARK_H - CAPTION * 0.72) / 2, tr("phase", lang), CAPTION) + 6
        write_lines(c, x, y + MARK_H, RIGHT - x, 1, MARK_H)
    y -= 9 + 10
    x = LEFT
    for key in ("digital", "analogue", "direct", "indirect"):
        tick_box(c, x, y, 9)
        label = tr(key, lang)
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS, 8)
        c.drawString(x + 12, y + 1.5, label)
        x += 12 + width(label, SANS, 8) + (14 if key in ("analogue",) else 9)
    y -= 9 + 14
    x = LEFT + caps(c, LEFT, y + 7 - CAPTION * 0.36, tr("emotion", lang), CAPTION) + 8
    for k, score in enumerate(range(-2, 3)):
        shapes.face(c, x + 7 + k * 21, y + 7, 14, score)
    notes(c, y - 7, lang, (), ())
