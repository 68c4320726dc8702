"""The "Opportunities" section: the impact/effort matrix (quick wins, big bets, fill-ins, thankless tasks), then a
table per owner with each opportunity's status, ratings and the touchpoints it belongs to.

Opportunities are numbered in the journey's order ("C3" in German, "O3" in English); the matrix shows the numbers
in its cells, the tables the texts, and every touchpoint reference links to its card on the map.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, clip, ellipsize, fit_lines, width
from journeymap.export.pdf_styles import Heading, para, styles, table_style
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData
from journeymap.model.opportunities import QUADRANTS, Quadrant, by_owner_and_status, quadrant, quadrant_of
from journeymap.model.values import Opportunity

colour = shapes.colour
Ref = Callable[[str], str]  # touchpoint id -> "<a href=…>#12 · p. 4</a>" markup
QUADRANT_COLOURS: dict[Quadrant, str] = {"quick_win": t.EMOTION_GOOD, "big_bet": t.SELECTION,
                                         "fill_in": t.KPI_NEUTRAL, "thankless": t.KPI_MISSED}
CORNERS: tuple[tuple[Quadrant, tuple[int, int]], ...] = (  # where each quadrant's name goes: its top-left cell
    ("quick_win", (3, 1)), ("big_bet", (3, 2)), ("fill_in", (1, 1)), ("thankless", (1, 2)))
STATUS_COLOURS = {"idea": t.MUTED, "planned": t.SELECTION, "in_progress": t.KPI_MISSED, "done": t.KPI_OK}


def opportunity_ref(data: ProjectData, lang: str) -> dict[str, str]:
    """Opportunity id -> its short name in the report ("C1", "C2", … / "O1", …), in the journey's order."""
    return {o.id: tr("opp_ref", lang, n=n) for n, o in enumerate(data.opportunities, start=1)}


def opportunities_story(data: ProjectData, lang: str, ref: Ref, frame: tuple[float, float]) -> list[Flowable]:
    """Heading, introduction, the matrix, the opportunities not rated yet, and the tables by owner."""
    st = styles()
    names = opportunity_ref(data, lang)
    owned = sum(1 for o in data.opportunities if o.owner.strip())
    story: list[Flowable] = [
        Heading(tr("opportunities", lang), st.h1, key="opportunities", outline=tr("section_opportunities", lang)),
        para(tr("opp_intro", lang, n=len(data.opportunities), k=owned), st.muted), Spacer(1, 6),
        Matrix(data.opportunities, names, lang, frame[0]),
    ]
    unrated = [o for o in data.opportunities if quadrant_of(o) is None]
    if unrated:
        listed = ", ".join(f"<b>{names[o.id]}</b> {escape(clip(o.text, 60))}" for o in unrated[:30])
        more = f" {escape(tr('more', lang, n=len(unrated) - 30))}" if len(unrated) > 30 else ""
        story.append(Paragraph(f"<b>{escape(tr('not_rated_title', lang, n=len(unrated)))}</b>: {listed}{more}",
                               st.small))
    story.append(Spacer(1, 8))
    for owner, items in by_owner_and_status(data.opportunities):
        title = escape(clip(owner, 80)) if owner else (f'<font color="{t.KPI_MISSED}">'
                                                         f'{escape(tr("nobody_yet", lang))}</font>')
        heading = Paragraph(f'<font color="{t.SELECTION}">■</font>&nbsp;&nbsp;{title} '
                            f'<font color="{t.MUTED}">({len(items)})</font>', st.h2)
        story += [CondPageBreak(70), KeepTogether([heading, _table(items, names, lang, ref)])]
    return story


def _table(items: list[Opportunity], names: dict[str, str], lang: str, ref: Ref) -> Table:
    st = styles()
    head = [para(tr(key, lang), st.cell_head) for key in ("opp_number", "opportunity", "touchpoints", "status",
                                                           "impact", "effort", "quadrant")]
    rows: list[list[Any]] = [head]
    for opp in items:
        place = quadrant_of(opp)
        where = ", ".join(ref(tid) for tid in opp.touchpoint_ids[:6]) or escape(tr("whole_journey", lang))
        if len(opp.touchpoint_ids) > 6:
            where += f" +{len(opp.touchpoint_ids) - 6}"
        status = (f'<font color="{STATUS_COLOURS[opp.status]}">●</font>&nbsp;'
                  f'{escape(tr("status_" + opp.status, lang))}')
        rows.append([Paragraph(f"<b>{names[opp.id]}</b>", st.row), para(clip(opp.text, 600), st.row),
                     Paragraph(f"<font size=7>{where}</font>", st.row), Paragraph(status, st.row),
                     para(_rating(opp.impact, lang), st.row), para(_rating(opp.effort, lang), st.row),
                     para(tr("quadrant_" + place, lang) if place else tr("not_rated", lang), st.row)])
    table = Table(rows, colWidths=["6%", "33%", "17%", "12%", "10%", "10%", "12%"], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(t.CARD_BORDER)),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour("#E6E9EE")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _rating(value: int | None, lang: str) -> str:
    return "–" if value is None else f"{value} {tr(f'rating_{value}', lang)}"


class Matrix(Flowable):
    """The impact/effort matrix: effort 1–3 from left to right, impact 3–1 from top to bottom, the four quadrants
    shaded and named (with their counts), and in each of the nine cells the numbers of its opportunities."""

    AXIS = 46.0  # room for the impact axis at the left
    FOOT = 26.0  # room for the effort axis below

    def __init__(self, opportunities: tuple[Opportunity, ...], names: dict[str, str], lang: str,
                 avail: float) -> None:
        super().__init__()
        self.opportunities, self.names, self.lang = opportunities, names, lang
        self.width = min(avail, 470.0)
        self.height = 280.0
        self.cells: dict[tuple[int, int], list[str]] = {}
        for opp in opportunities:
            if opp.impact is not None and opp.effort is not None:
                self.cells.setdefault((opp.impact, opp.effort), []).append(names[opp.id])

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _cell_rect(self, impact: int, effort: int) -> tuple[float, float, float, float]:
        w = (self.width - self.AXIS) / 3
        h = (self.height - self.FOOT) / 3
        return self.AXIS + (effort - 1) * w, self.FOOT + (impact - 1) * h, w, h

    def draw(self) -> None:
        c = self.canv
        counts = {q: sum(1 for o in self.opportunities if quadrant_of(o) == q) for q in QUADRANTS}
        for impact in (1, 2, 3):
            for effort in (1, 2, 3):
                x, y, w, h = self._cell_rect(impact, effort)
                place = quadrant(impact, effort)
                assert place is not None
                c.setFillColor(colour(t.mix(QUADRANT_COLOURS[place], 0.10)))
                c.setStrokeColor(colour("#FFFFFF"))
                c.setLineWidth(1.5)
                c.rect(x, y, w, h, stroke=1, fill=1)
                names = self.cells.get((impact, effort), [])
                if names:
                    size, lines = self._names(names, w - 10, h - 22)
                    c.setFillColor(colour(t.TEXT))
                    c.setFont(SANS_BOLD, size)
                    baseline = y + h - 20 - size
                    for line in lines:
                        c.drawString(x + 5, baseline, line)
                        baseline -= size * 1.25
        for corner, (impact, effort) in CORNERS:
            x, y, w, h = self._cell_rect(impact, effort)
            label = f"{tr('quadrant_' + corner, self.lang)} ({counts[corner]})"
            c.setFillColor(colour(QUADRANT_COLOURS[corner] if corner != "fill_in" else t.MUTED))
            c.setFont(SANS_BOLD, 8.5)
            c.drawString(x + 5, y + h - 12, ellipsize(label, SANS_BOLD, 8.5, (2 if effort == 2 else 1) * w - 10))
        self._axes()

    def _names(self, names: list[str], room_w: float, room_h: float) -> tuple[float, tuple[str, ...]]:
        """The numbers of a cell's opportunities at the largest size (9 pt down to 6.5 pt) at which all fit;
        else as many as fit, then "+ n more"."""
        size = 9.0
        while True:
            rows = max(1, int((room_h - size) // (size * 1.25)) + 1)
            wrapped = fit_lines("  ".join(names), SANS_BOLD, size, room_w, rows)
            if wrapped.complete or size <= 6.5:
                break
            size -= 0.5
        if wrapped.complete:
            return size, wrapped.lines
        for keep in range(len(names) - 1, -1, -1):
            text = "  ".join([*names[:keep], tr("more", self.lang, n=len(names) - keep)])
            cut = fit_lines(text, SANS_BOLD, size, room_w, rows)
            if cut.complete:
                return size, cut.lines
        return size, wrapped.lines

    def _axes(self) -> None:
        c = self.canv
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, 7)
        for value in (1, 2, 3):
            x, y, w, h = self._cell_rect(value, value)
            word = tr(f"rating_{value}", self.lang)
            c.drawRightString(self.AXIS - 4, y + h / 2 - 2.5, word)
            c.drawCentredString(x + w / 2, self.FOOT - 10, word)
        c.setFont(SANS_BOLD, 8)
        c.setFillColor(colour(t.TEXT))
        impact = f"{tr('impact', self.lang)} ↑"
        c.saveState()
        c.translate(7, self.FOOT + (self.height - self.FOOT) / 2 - width(impact, SANS_BOLD, 8) / 2)
        c.rotate(90)
        c.drawString(0, 0, impact)
        c.restoreState()
        effort = f"{tr('effort', self.lang)} →"
        c.drawCentredString(self.AXIS + (self.width - self.AXIS) / 2, 2, effort)
