"""Persona sheets: one A4 page per persona of a journey, or an empty one, to fill in during the workshop.

A sheet is a form: name, role, industry, segment, a sketch or the persona's initials, a quote, goals and pains,
the preferred channels as a tick list of the catalogue's touchpoints, and lines for notes. A persona's own values
are printed in the fields; whatever room is left stays ruled for handwriting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from journeymap.catalogue import Catalogue
from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize
from journeymap.export.icons import FALLBACK_ICON, IconForms
from journeymap.export.kit.card_faces import draw_block, draw_list
from journeymap.export.kit.fit import fit_block, fit_list
from journeymap.export.kit.marks import LINE, caps, tick_box, write_lines
from journeymap.export.kit.texts import tr
from journeymap.layout import theme as t
from journeymap.model.values import Persona

colour = shapes.colour
MARGIN = 40.0
LABEL = 7.0  # caps labels of the fields
RULE = 21.0  # spacing of the lines to write on (about 7.4 mm)
CHANNEL_ROW = 14.5
CHANNEL_COLUMNS = 3


@dataclass(frozen=True)
class Channel:
    name: str
    icon: str
    ticked: bool


def channels(source: Catalogue | None, persona: Persona | None, lang: str) -> list[Channel]:
    """The catalogue's touchpoints to tick, the persona's preferred ones ticked; a preferred channel the catalogue
    does not know is added at the end under its own name."""
    chosen = set(persona.channels) if persona is not None else set()
    out = [Channel(entry.name.get(lang), entry.icon, entry.id in chosen) for entry in (source or ())]
    known = {entry.id for entry in (source or ())}
    out += [Channel(cid.replace("_", " "), FALLBACK_ICON, True) for cid in (persona.channels if persona else ())
            if cid not in known]
    return out


def draw_persona_sheet(c: Canvas, size: tuple[float, float], persona: Persona | None, lang: str,
                       journey_title: str, source: Catalogue | None, icons: IconForms,
                       text_lang: str | None = None) -> None:
    """One sheet on the current page: `persona` filled in, or an empty form when it is None. The persona's texts
    are hyphenated in `text_lang` (the journey's language), the form's words are in `lang`."""
    w, h = size
    left, right = MARGIN, w - MARGIN
    room = right - left
    top = h - MARGIN
    accent = persona.colour if persona is not None else t.MUTED
    _phase_band(c, left, top + 12, room)
    caps(c, left, top - LABEL, tr("persona", lang), 9, accent)
    note = tr("journey_of", lang, title=journey_title) if journey_title else ""
    if persona is None:
        note = " · ".join(part for part in (note, tr("empty_sheet", lang)) if part)
    c.setFillColor(colour(t.MUTED))
    c.setFont(SANS, 8)
    c.drawRightString(right, top - LABEL, ellipsize(note, SANS, 8, room * 0.7))
    y = top - 22
    texts = text_lang or lang
    y = _identity(c, persona, lang, texts, left, y, room, accent)
    y = _quote(c, persona, lang, texts, left, y - 14, room, accent)
    y = _goals_and_pains(c, persona, lang, texts, left, y - 14, room)
    y = _channels(c, channels(source, persona, lang), lang, left, y - 14, room, icons)
    caps(c, left, y - 14 - LABEL, tr("notes", lang), LABEL)
    bottom = MARGIN + 4
    write_lines(c, left, y - 14 - LABEL - 2, room, int((y - 16 - LABEL - bottom) // RULE), RULE)


def _phase_band(c: Canvas, x: float, y: float, w: float) -> None:
    """The six phase colours as a thin band across the top, as on the report's cover."""
    part = w / len(t.PHASE_COLOURS)
    for i, fill in enumerate(t.PHASE_COLOURS.values()):
        c.setFillColor(colour(fill))
        c.rect(x + i * part, y, part + 0.3, 4, stroke=0, fill=1)


def _identity(c: Canvas, persona: Persona | None, lang: str, texts: str, x: float, top: float, room: float,
              accent: str) -> float:
    """Portrait circle (initials or room for a sketch), name, role, industry and segment; returns the bottom."""
    d = 96.0
    cx, cy = x + d / 2, top - d / 2 - 4
    c.saveState()
    if persona is not None:
        c.setFillColor(colour(accent))
        c.circle(cx, cy, d / 2, stroke=0, fill=1)
        initials = persona.initials or "".join(p[0] for p in persona.name.replace(".", " ").split()[-2:]).upper()
        c.setFillColor(shapes.WHITE)
        c.setFont(SANS_BOLD, 30)
        c.drawCentredString(cx, cy - 10.5, initials[:3])
    else:
        c.setStrokeColor(colour(LINE))
        c.setLineWidth(1.0)
        c.setDash([3, 3])
        c.circle(cx, cy, d / 2, stroke=1, fill=0)
        c.setFillColor(colour(t.KPI_NEUTRAL))
        c.setFont(SANS, 7.5)
        c.drawCentredString(cx, cy - 3, ellipsize(tr("picture", lang), SANS, 7.5, d - 14))
    c.restoreState()
    fx = x + d + 20
    fw = room - d - 20
    value: Callable[[str], str] = lambda s: s if persona is not None else ""  # noqa: E731
    y = _field(c, tr("name", lang), value(persona.name if persona else ""), fx, top, fw, 18, 11, texts)
    y = _field(c, tr("role", lang), value(persona.role if persona else ""), fx, y - 8, fw, 11, 7.5, texts)
    half = (fw - 16) / 2
    _field(c, tr("industry", lang), value(persona.industry if persona else ""), fx, y - 8, half, 11, 7.5, texts)
    sx = fx + half + 16
    caps(c, sx, y - 8 - LABEL, tr("segment", lang), LABEL)
    y -= 8 + LABEL + 6 + 11 * 1.25
    for key in ("b2b", "b2c"):
        tick_box(c, sx, y + 1, 10, persona is not None and persona.segment == key)
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS, 9.5)
        c.drawString(sx + 14, y + 2.5, tr(key, lang))
        sx += 60
    return min(cy - d / 2, y - 4)


def _field(c: Canvas, label: str, text: str, x: float, top: float, w: float, largest: float, smallest: float,
           lang: str) -> float:
    """A caps label over a ruled line, with `text` on the line (fitted to one line); returns the line's y."""
    caps(c, x, top - LABEL, label, LABEL, room=w)
    line_y = top - LABEL - 6 - largest * 1.25
    if text:
        block = fit_block(text, SANS_BOLD if largest > 12 else SANS, w, largest * 1.3, largest, smallest, lang,
                          max_lines=1)
        draw_block(c, block, x, line_y + 3 + block.size * 0.8, SANS_BOLD if largest > 12 else SANS)
    c.setStrokeColor(colour(LINE))
    c.setLineWidth(0.7)
    c.line(x, line_y, x + w, line_y)
    return line_y


def _quote(c: Canvas, persona: Persona | None, lang: str, texts: str, x: float, top: float, room: float,
           accent: str) -> float:
    """The persona's quote beside a bar in their colour, or two lines to write it on."""
    caps(c, x, top - LABEL, tr("quote", lang), LABEL)
    box_top, box_h = top - LABEL - 6, 2 * RULE + 4
    c.setFillColor(colour(accent))
    c.rect(x, box_top - box_h, 3, box_h, stroke=0, fill=1)
    text = persona.quote.strip() if persona is not None else ""
    if text:
        quoted = f"„{text}“" if texts == "de" else f"“{text}”"
        block = fit_block(quoted, SANS, room - 12, box_h, 12, 8, texts, lead=1.3)
        draw_block(c, block, x + 12, box_top - 2, SANS)
    else:
        write_lines(c, x + 12, box_top, room - 12, 2, RULE)
    return box_top - box_h


def _goals_and_pains(c: Canvas, persona: Persona | None, lang: str, texts: str, x: float, top: float,
                     room: float) -> float:
    """Goals and pains side by side; what the persona has is listed, the rest of each column is ruled."""
    gap = 20.0
    w = (room - gap) / 2
    box_h = 7 * RULE
    for k, (key, items, bullet) in enumerate((("goals", persona.goals if persona else (), t.EMOTION_GOOD),
                                              ("persona_pains", persona.pains if persona else (), t.EMOTION_BAD))):
        cx = x + k * (w + gap)
        caps(c, cx, top - LABEL, tr(key, lang), LABEL, bullet)
        box_top = top - LABEL - 6
        used = 0.0
        if any(item.strip() for item in items):
            block = fit_list(items, SANS, w - 9, box_h, 9.5, 7, lambda n: tr("more", lang, n=n), texts)
            draw_list(c, block, cx, box_top - 3, bullet, 9)
            used = block.height + 3
        lines = int((box_h - used) // RULE)
        write_lines(c, cx, box_top - box_h + lines * RULE, w, lines, RULE)
    return top - LABEL - 6 - box_h


def _channels(c: Canvas, items: list[Channel], lang: str, x: float, top: float, room: float,
              icons: IconForms) -> float:
    """The preferred channels as a tick list in columns, with each touchpoint's icon."""
    caps(c, x, top - LABEL, tr("channels", lang), LABEL)
    rows = -(-len(items) // CHANNEL_COLUMNS)
    col_w = room / CHANNEL_COLUMNS
    first = top - LABEL - 8 - CHANNEL_ROW
    for i, channel in enumerate(items):
        column, row = divmod(i, rows)
        cx, cy = x + column * col_w, first - row * CHANNEL_ROW
        tick_box(c, cx, cy + 1.5, 8.5, channel.ticked)
        icons.draw(channel.icon, cx + 13, cy + 0.5, 10.5)
        c.setFillColor(colour(t.TEXT))
        font = SANS_BOLD if channel.ticked else SANS
        c.setFont(font, 8)
        c.drawString(cx + 27, cy + 3, ellipsize(channel.name, font, 8, col_w - 32))
    return first - (rows - 1) * CHANNEL_ROW - 4 if rows else top - LABEL - 8

