"""The “Recommended touchpoints” section: the weighted needs, the best-ranked catalogue touchpoints with score,
band and reasons, the phases the journey leaves empty (with what suits them), and notes on reading the ranking.

It appears only when the journey has answers with some weight; without the catalogue it is left out too.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from journeymap.export import pdf_shapes as shapes
from journeymap.export.icons import FALLBACK_ICON, IconForms
from journeymap.export.pdf_styles import Heading, para, styles, table_style
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData

colour = shapes.colour
TOP = 10  # how many ranked touchpoints the section lists
SUITED = 3  # how many suitable touchpoints each empty phase names
ICON = 16.0


def recommendations_story(data: ProjectData, lang: str, forms: Callable[[object], IconForms] = IconForms,
                          top: int = TOP) -> list[Flowable]:
    """The section's flowables, ending in a page break; empty when no need is weighted (or no catalogue)."""
    result = _result(data)
    if result is None:
        return []
    from journeymap.catalogue import catalogue
    from journeymap.catalogue.recommender import LEVEL_LABELS, MAX_LEVEL

    st = styles()
    cat = catalogue()
    story: list[Flowable] = [Heading(tr("recommendations", lang), st.h1, key="recommendations"),
                             para(tr("rec_intro", lang), st.muted), Spacer(1, 4)]

    # the weighted needs, most important first
    levels = result.answers
    weighted = sorted((c for c in levels if levels[c] > 0), key=lambda c: -levels[c])
    rows = [[para(tr("rec_need", lang), st.cell_head), para(tr("rec_importance", lang), st.cell_head)]]
    for cid in weighted:
        level = levels[cid]
        dots = (f'<font color="{t.SELECTION}">{"●" * level}</font>'
                f'<font color="#C9CED6">{"●" * (MAX_LEVEL - level)}</font>')
        rows.append([para(cat.category(cid).name.get(lang), st.cell),
                     Paragraph(f"{dots}&nbsp;&nbsp;{escape(LEVEL_LABELS[level].get(lang))}", st.cell)])
    needs = Table(rows, colWidths=["55%", "45%"], hAlign="LEFT", repeatRows=1)
    needs.setStyle(_table_style())
    story += [para(tr("rec_needs", lang), st.h2), needs]
    rest = [cat.category(c).name.get(lang) for c in levels if levels[c] == 0]
    if rest:
        story += [Spacer(1, 4), para(tr("rec_unweighted", lang, names=", ".join(rest)), st.small)]

    # the best-ranked touchpoints
    names = {p.id: p.name.get(lang) or p.id for p in data.phase_model.phases}
    on_map = {tp.catalogue_id for tp in data.touchpoints if tp.catalogue_id}
    best = result.recommendations[:top]
    head = [para(tr("rec_rank", lang), st.cell_head), para("Touchpoint", st.cell_head),
            para(f'{tr("rec_score", lang)} · {tr("rec_band", lang)}', st.cell_head),
            para(tr("rec_reasons", lang), st.cell_head)]
    rows = [head]
    for rec in best:
        entry = rec.entry
        line = escape(tr("rec_suits", lang, phases=", ".join(_phase_name(p, names, lang) for p in entry.phases)))
        if entry.id in on_map:
            line = f"<i>{escape(tr('rec_on_map', lang))}</i> · {line}"
        text = f"<b>{escape(entry.name.get(lang))}</b><br/>{line}"
        if rec.fills_phases:
            key = "rec_fills" if len(rec.fills_phases) == 1 else "rec_fills_many"
            fills = tr(key, lang, phases=", ".join(names.get(p, p) for p in rec.fills_phases))
            text += f'<br/><font color="{t.SELECTION}"><b>{escape(fills)}</b></font>'
        band = rec.band
        reasons = "<br/>".join(escape(f"{r.name.get(lang)}\u00a0+{r.share:.0f}\u00a0%") for r in rec.reasons) or "–"
        rows.append([
            para(f"{rec.rank}.", st.cell),
            Table([[IconCell(entry.icon, forms), Paragraph(text, st.cell)]], colWidths=[ICON + 6, None],
                  style=table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")])),
            Paragraph(f'<b>{rec.score:.0f}\u00a0%</b><br/><font color="{t.BAND_COLOURS[band.id]}">■</font>&nbsp;'
                      f"{escape(band.label.get(lang))}", st.cell),
            Paragraph(reasons, st.cell),
        ])
    table = Table(rows, colWidths=["6%", "33%", "24%", "37%"], hAlign="LEFT", repeatRows=1)
    table.setStyle(_table_style())
    story += [CondPageBreak(120), para(tr("rec_top", lang, n=len(best)), st.h2), table]

    # the phases the journey leaves empty, each with the best-ranked touchpoints that suit it (none: no block)
    empty = result.empty_phases or ()
    if empty:
        block: list[Flowable] = [para(tr("rec_empty", lang), st.h2), para(tr("rec_empty_intro", lang), st.body),
                                 Spacer(1, 3)]
        index = {p.id: i for i, p in enumerate(data.phase_model.phases)}
        for phase in empty:
            suited = [r for r in result.recommendations if phase in r.entry.phases][:SUITED]
            listed = ", ".join(f"{escape(r.entry.name.get(lang))} ({r.score:.0f}\u00a0%)" for r in suited) or "–"
            mark = f'<font color="{t.phase_colour(phase, index[phase])}">■</font>'
            block.append(Paragraph(f"{mark}&nbsp;&nbsp;<b>{escape(names.get(phase, phase))}:</b> {listed}",
                                   st.bullet))
        story += [CondPageBreak(80), KeepTogether(block)]

    # how to read the ranking
    if result.notes:
        notes = [para(tr("rec_notes", lang), st.h2)] + [para(n.message.get(lang), st.small) for n in result.notes]
        story += [CondPageBreak(60), KeepTogether(notes)]
    return [*story, PageBreak()]


def _result(data: ProjectData):
    """The recommender's result for the journey's answers, or None (no weighted need, no catalogue)."""
    try:
        from journeymap.catalogue import catalogue
        from journeymap.catalogue.recommender import recommend
        from journeymap.catalogue.schema import CATEGORY_IDS

        answers = {c: level for c, level in data.answers.items() if c in CATEGORY_IDS}
        if not any(answers.values()):
            return None
        return recommend(answers, catalogue(), data)
    except Exception:
        return None


def _phase_name(phase_id: str, names: dict[str, str], lang: str) -> str:
    if phase_id in names:
        return names[phase_id]
    from journeymap.model.phases import aidala

    return next((p.name.get(lang) for p in aidala().phases if p.id == phase_id), phase_id)


def _table_style():
    return table_style([("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(t.CARD_BORDER)),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour("#E6E9EE")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 4)])


class IconCell(Flowable):
    """A catalogue icon in a table cell."""

    def __init__(self, icon: str, forms: Callable[[object], IconForms]) -> None:
        super().__init__()
        self.icon, self.forms = icon or FALLBACK_ICON, forms

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return ICON, ICON

    def draw(self) -> None:
        self.forms(self.canv).draw(self.icon, 0, -2, ICON)

