"""The legend under a map page: only what that page shows (its link kinds, badges, persona dots, its numbered link
labels), in at most `LEGEND_LINES` lines; what does not fit says how many more labels are listed in the appendix."""

from __future__ import annotations

from collections.abc import Callable

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, ellipsize, width
from journeymap.export.map_plan import LEGEND_LINE, LEGEND_LINES
from journeymap.export.pdf_map import MUTED_CURVE_ALPHA
from journeymap.export.pdf_painter import link_mark
from journeymap.export.texts import tr
from journeymap.layout import theme as t

colour = shapes.colour
LEGEND_SIZE = 8.0
MARK_W = 11.0
Part = tuple[float, Callable[[float, float], None]]


def draw_legend(c, ctx, x: float, top: float, room: float, cards: list[int]) -> None:
    """Lines under the map (the first centred on `top`) explaining what the page shows."""
    lang, scene = ctx.lang, ctx.scene
    painter = ctx.painter(c)
    shown = [scene.cards[i] for i in cards]

    def label(s: str) -> Part:
        def draw(px: float, mid: float) -> None:
            c.setFillColor(colour(t.MUTED))
            c.setFont(SANS, LEGEND_SIZE)
            c.drawString(px, mid - 2.8, s)
        return width(s, SANS, LEGEND_SIZE), draw

    def faces(px: float, mid: float) -> None:
        for k, score in enumerate(range(-2, 3)):
            shapes.face(c, px + 5 + k * 12, mid, 10, score)

    entries: list[list[Part]] = [[(62, faces), label(tr("legend_emotion", lang))]]
    entries.append([label(tr("legend_number", lang))])
    entries += _persona_entries(c, ctx, label)
    for kind, key in (("step", "legend_step"), ("alternative", "legend_alternative"), ("loop_back", "legend_loop")):
        if kind in painter.kinds:
            entries.append([(27, lambda px, mid, kind=kind: shapes.link_sample(c, px, mid, 22, kind)),
                            label(tr(key, lang))])
    states = [s for s in ("met", "missed", "open") if any(card.touchpoint.kpis and card.kpi_state == s
                                                            for card in shown)]
    if states:
        def badges(px: float, mid: float) -> None:
            for state in states:
                px += shapes.kpi_badge(c, px, mid - 5, 10, 1, state) + 3
        badge_w = sum(shapes.kpi_badge_width(1, s, 10) + 3 for s in states)
        entries.append([(badge_w + 2, badges), label(tr("legend_kpi", lang))])
    strips = []
    if any(card.touchpoint.kind == "digital" for card in shown):
        strips += [_strip(c, t.PHASE_COLOURS["attention"]), label(tr("legend_digital", lang)), (8, lambda *_: None)]
    if any(card.touchpoint.kind == "analogue" for card in shown):
        strips += [_strip(c, t.ANALOGUE_STRIP), label(tr("legend_analogue", lang))]
    if strips:
        entries.append(strips)
    if any(card.fit_hint for card in shown):
        entries.append([(12, lambda px, mid: shapes.fit_hint(c, px, mid - 3.5, 8)), label(tr("legend_fit", lang))])
    by_text: dict[str, list[int]] = {}
    for number, text in scene.link_key:
        if number in painter.marks:
            by_text.setdefault(text, []).append(number)
    for text, numbers in by_text.items():  # links with the same label share one entry: ① ② Rückfrage
        marks = [(MARK_W + 2, lambda px, mid, n=n: link_mark(c, px + MARK_W / 2, mid, MARK_W, n)) for n in numbers]
        entries.append([*marks, (2, lambda px, mid: None), label(ellipsize(text[:300], SANS, LEGEND_SIZE, 260))])
    _flow(c, entries, x, top, room, lang, label)


def _flow(c, entries: list[list[Part]], x: float, top: float, room: float, lang: str,
          label: Callable[[str], Part]) -> None:
    """Entries left to right in up to `LEGEND_LINES` lines; the rest is counted in a closing note."""
    c.saveState()
    line, px, gap = 0, x, 14.0
    for k, entry in enumerate(entries):
        w = sum(part[0] for part in entry)
        if px + w > x + room and px > x:
            line, px = line + 1, x
        rest = len(entries) - k
        note = label(tr("legend_more", lang, n=rest))
        if line == LEGEND_LINES - 1 and rest > 1 and px + w + gap + note[0] > x + room:
            note[1](px, top - line * LEGEND_LINE)
            break
        if line >= LEGEND_LINES:
            break
        for part_w, draw in entry:
            draw(px, top - line * LEGEND_LINE)
            px += part_w
        px += gap
    c.restoreState()


def _strip(c, fill: str) -> Part:
    def draw(px: float, mid: float) -> None:
        c.setFillColor(colour(fill))
        c.rect(px, mid - 5, 3, 10, stroke=0, fill=1)
    return 7, draw


def _persona_entries(c, ctx, label: Callable[[str], Part]) -> list[list[Part]]:
    """One entry per persona: its colour as a curve sample with a dot, or a dot alone when it has no curve; then
    the muted general curve when persona curves are drawn."""
    scene = ctx.scene
    with_curve = scene.curve_personas
    entries = []

    def curve_sample(fill: str, dashed: bool = False) -> Callable[[float, float], None]:
        def draw(px: float, mid: float) -> None:
            c.saveState()
            c.setStrokeColor(colour(fill))
            c.setLineWidth(1.2 if dashed else 1.8)
            if dashed:
                c.setDash([3, 2])
            c.line(px, mid, px + 16, mid)
            c.restoreState()
            if not dashed:
                shapes.dot(c, px + 8, mid, 6, fill)
        return draw

    for persona in scene.data.personas[:12]:
        name = label(ellipsize(persona.name[:200], SANS, LEGEND_SIZE, 140))
        if persona.id in with_curve:
            entries.append([(20, curve_sample(persona.colour)), name])
        else:
            entries.append([(11, lambda px, mid, p=persona: shapes.dot(c, px + 4, mid, 8, p.colour)), name])
    if with_curve and scene.curve:
        muted = t.mix(t.CURVE_COLOUR, MUTED_CURVE_ALPHA)
        entries.append([(20, curve_sample(muted, dashed=True)), label(tr("legend_general", ctx.lang))])
    return entries
