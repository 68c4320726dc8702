"""“At a glance”: one page right after the cover that says what to fix first.

The quick wins, the emotional lows with their opportunities, the missed KPIs, the most frequent pain points, the
empty phases and the open loop, each with its owner and a clickable reference to the card on the map ("#12 · p. 4").
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from journeymap.analysis import Analysis
from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.fonts import clip
from journeymap.export.pdf_styles import Heading, para, styles, table_style
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData
from journeymap.model.opportunities import quick_wins
from journeymap.model.values import Kpi, Touchpoint

colour = shapes.colour
TOP = 5  # items per block
Ref = Callable[[str], str]  # touchpoint id -> "<a href=…>#12 · p. 4</a>" markup
Row = tuple[str, str, str]  # what (markup), owner, references
Block = tuple[str, list[Row]]  # a titled list of rows


def has_summary(data: ProjectData, analysis: Analysis) -> bool:
    """Is there anything to put on the page? (An empty journey has none.)"""
    return bool(data.touchpoints)


def summary_story(data: ProjectData, analysis: Analysis, lang: str, ref: Ref, frame: tuple[float, float],
                  accent: str, names: dict[str, str] | None = None) -> list[Flowable]:
    """The flowables of the summary page, shrunk if needed so that it is exactly one page. `names`: the
    opportunities' numbers in the report ("C3"), when it has an opportunities section."""
    st = styles()
    body: list[Flowable] = [
        Heading(tr("glance", lang), st.h1, key="summary", outline=tr("glance_outline", lang)),
        para(tr("glance_intro", lang), st.muted), Spacer(1, 6)]
    blocks = [_quick_wins(data, lang, ref, names or {}), _lows(data, lang, ref), _kpis(data, lang, ref),
              _pains(data, lang, ref), _empty(data, analysis, lang), _loop(data, analysis, lang, ref)]
    shown = [b for b in blocks if b]
    if not shown:
        body.append(para(tr("glance_nothing", lang), st.body))
    for title, rows in shown:
        body += [Paragraph(f'<font color="{accent}">■</font>&nbsp;&nbsp;{escape(title)}', st.h2), _table(rows)]
    return [KeepInFrame(frame[0], frame[1], body, mode="shrink")]


def _table(rows: list[tuple[str, str, str]]) -> Table:
    st = styles()
    cells = [[Paragraph(what, st.cell), Paragraph(owner, st.cell), Paragraph(where, st.cell_right)]
             for what, owner, where in rows]
    table = Table(cells, colWidths=["60%", "24%", "16%"], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colour("#E6E9EE")),
                                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return table


def _owner(tp: Touchpoint, lang: str) -> str:
    if tp.owner.strip():
        return escape(clip(tp.owner, 60))
    return f'<font color="{t.KPI_MISSED}">{escape(tr("no_owner", lang))}</font>'


def _quick_wins(data: ProjectData, lang: str, ref: Ref, names: dict[str, str]) -> Block | None:
    """The quick wins not done yet: worth it and little effort, highest impact first."""
    wins = quick_wins(data.opportunities)
    if not wins:
        return None
    rows: list[Row] = []
    for opp in wins[:TOP]:
        number = f"<b>{names[opp.id]}</b> " if opp.id in names else ""
        what = (f"{number}{escape(clip(opp.text, 160))} <font color=\"{t.MUTED}\">"
                f"({escape(tr('status_' + opp.status, lang))})</font>")
        owner = escape(clip(opp.owner, 60)) if opp.owner.strip() else \
            f'<font color="{t.KPI_MISSED}">{escape(tr("no_owner", lang))}</font>'
        refs = ", ".join(ref(tid) for tid in opp.touchpoint_ids[:3]) or escape(tr("whole_journey", lang))
        if len(opp.touchpoint_ids) > 3:
            refs += f" +{len(opp.touchpoint_ids) - 3}"
        rows.append((what, owner, refs))
    return _more(tr("glance_quick_wins", lang, n=len(wins)), rows, len(wins), lang)


def _lows(data: ProjectData, lang: str, ref: Ref) -> Block | None:
    covered = data.opportunities_by_touchpoint()
    scored = [(tp.emotion, tp) for tp in data.touchpoints if tp.emotion is not None and tp.emotion <= -1]
    scored.sort(key=lambda pair: (pair[0], pair[1].id in covered))  # the worst without an opportunity first
    if not scored:
        return None
    rows: list[Row] = []
    for emotion, tp in scored[:TOP]:
        found = covered.get(tp.id, [])
        answer = (f"{escape(tr('opportunity', lang))}: {escape(clip(found[0].text, 160))} "
                  f"({escape(tr('status_' + found[0].status, lang))})" if found else
                  f'<font color="{t.KPI_MISSED}">{escape(tr("no_opportunity", lang))}</font>')
        what = (f"<b>{escape(clip(tp.label, 120))}</b> ({texts.signed(emotion, lang, 0)}, "
                f"{escape(texts.emotion_word(emotion, lang))})<br/>{answer}")
        rows.append((what, _owner(tp, lang), ref(tp.id)))
    return _more(tr("glance_lows", lang, n=len(scored)), rows, len(scored), lang)


def _miss(kpi: Kpi) -> float:
    """How far a KPI misses, relative to its target (for ranking)."""
    gap = abs((kpi.actual or 0) - (kpi.target or 0))
    return gap / max(abs(kpi.target or 0), 1e-9)


def _kpis(data: ProjectData, lang: str, ref: Ref) -> Block | None:
    missed = sorted(((tp, k) for tp in data.touchpoints for k in tp.kpis if k.status() == "missed"),
                    key=lambda pair: -_miss(pair[1]))
    if not missed:
        return None
    rows: list[Row] = []
    for tp, kpi in missed[:TOP]:
        unit = f" {clip(kpi.unit, 20)}" if kpi.unit else ""
        sign = "≥" if kpi.better == "higher" else "≤"
        what = (f"<b>{escape(clip(kpi.name, 80))}</b> {escape(tr('at', lang))} {escape(clip(tp.label, 80))}: "
                f"{escape(tr('actual', lang))} {texts.number(kpi.actual or 0, lang)}{escape(unit)}, "
                f"{escape(tr('target', lang))} {sign} {texts.number(kpi.target or 0, lang)}{escape(unit)}")
        rows.append((what, _owner(tp, lang), ref(tp.id)))
    return _more(tr("glance_kpis", lang, n=len(missed)), rows, len(missed), lang)


def _pains(data: ProjectData, lang: str, ref: Ref) -> Block | None:
    where: dict[str, list[Touchpoint]] = {}
    names: dict[str, str] = {}
    for tp in data.touchpoints:
        for pain in tp.pain_points:
            key = " ".join(pain.split()).casefold()
            if key:
                names.setdefault(key, " ".join(pain.split()))
                where.setdefault(key, []).append(tp)
    if not where:
        return None
    ranked = sorted(where, key=lambda k: -len(where[k]))
    rows: list[Row] = []
    for key in ranked[:TOP]:
        tps = where[key]
        owners = sorted({tp.owner.strip() for tp in tps if tp.owner.strip()})
        owner = escape(clip(", ".join(owners), 60)) if owners else _owner(tps[0], lang)
        refs = ", ".join(ref(tp.id) for tp in tps[:3]) + (f" +{len(tps) - 3}" if len(tps) > 3 else "")
        what = f"<b>{escape(clip(names[key], 140))}</b> ({tr('times', lang, n=len(tps))})"
        rows.append((what, owner, refs))
    return _more(tr("glance_pains", lang, n=len(where)), rows, len(where), lang)


def _empty(data: ProjectData, analysis: Analysis, lang: str) -> Block | None:
    empty = [s.phase for s in analysis.phases if s.touchpoints == 0]
    if not empty:
        return None
    names = {p.id: p.name.get(lang) or p.id for p in data.phase_model.phases}
    rows = [(f"<b>{escape(clip(names[pid], 80))}</b>: {escape(tr('glance_empty_hint', lang))}", "–", "–")
            for pid in empty]
    return tr("glance_empty", lang, n=len(empty)), rows


def _loop(data: ProjectData, analysis: Analysis, lang: str, ref: Ref) -> Block | None:
    found = [f for f in analysis.findings if f.code == "loop_open"]
    if not found:
        return None
    ids = [i for i in found[0].ids if i in {tp.id for tp in data.touchpoints}]
    refs = ", ".join(ref(i) for i in ids[:3]) + (f" +{len(ids) - 3}" if len(ids) > 3 else "")
    return tr("glance_loop", lang), [(escape(found[0].message), "–", refs or "–")]


def _more(title: str, rows: list[Row], total: int, lang: str) -> Block:
    if total > len(rows):
        more = escape(tr("glance_more", lang, n=total - len(rows)))
        rows = [*rows, (f'<font color="{t.MUTED}">{more}</font>', "", "")]
    return title, rows
