"""The text sections: KPI tables per phase, findings grouped by severity, and the touchpoint appendix."""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape as _esc

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from journeymap.analysis import Analysis
from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.pdf_styles import table_style, Heading, Rule, bullets, para, styles
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData
from journeymap.model.values import Kpi, Touchpoint

colour = shapes.colour
STATUS = {"met": ("✓", t.KPI_OK), "missed": ("✗", "#B9770E"), "open": ("–", t.MUTED)}
SEVERITY_MARK = {"error": ("◆", t.EMOTION_BAD), "warning": ("▲", t.KPI_MISSED), "info": ("●", t.MUTED)}


def in_order(data: ProjectData) -> list[tuple[int, object, list[Touchpoint]]]:
    """(index, phase, its touchpoints by position) for every phase, in journey order."""
    result = []
    for i, phase in enumerate(data.phase_model.phases):
        tps = sorted((tp for tp in data.touchpoints if tp.phase == phase.id), key=lambda tp: tp.position)
        result.append((i, phase, tps))
    return result


def kpi_story(data: ProjectData, lang: str) -> list[Flowable]:
    """A table per phase: touchpoint, KPI, unit, target (with the better direction), actual, status."""
    st = styles()
    story: list[Flowable] = [Heading(tr("kpis", lang), st.h1, key="kpis")]
    any_kpi = False
    head = [para(tr(k, lang), st.cell_head) for k in ("touchpoints", "kpi", "unit", "target", "actual", "status")]
    head[0] = para("Touchpoint", st.cell_head)
    head[3] = para(tr("target", lang), st.cell_head_right)
    head[4] = para(tr("actual", lang), st.cell_head_right)
    for i, phase, tps in in_order(data):
        rows, marks = [head], []
        for tp in tps:
            for kpi in tp.kpis:
                rows.append(_kpi_row(tp, kpi, lang))
                marks.append(kpi.status())
        if len(rows) == 1:
            continue
        any_kpi = True
        table = Table(rows, colWidths=["31%", "23%", "10%", "12%", "10%", "14%"], repeatRows=1, hAlign="LEFT")
        style = [("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(t.CARD_BORDER)),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour("#E6E9EE")),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
        for row, status in enumerate(marks, start=1):
            style.append(("BACKGROUND", (5, row), (5, row), colour(t.mix(STATUS[status][1], 0.14))))
        table.setStyle(table_style(style))
        title = phase.name.get(lang) or phase.id
        story += [CondPageBreak(90), _phase_title(title, t.phase_colour(phase.id, i)), table]
    if any_kpi:
        story += [Spacer(1, 8), para(tr("kpi_note", lang), st.small)]
    else:
        story.append(para(tr("no_kpis", lang), st.muted))
    return story


def _phase_title(title: str, lane_colour: str) -> Paragraph:
    st = styles()
    return Paragraph(f'<font color="{lane_colour}">■</font>&nbsp;&nbsp;{_esc(title)}', st.h2)


def _kpi_row(tp: Touchpoint, kpi: Kpi, lang: str) -> list[Paragraph]:
    st = styles()
    status = kpi.status()
    mark, tone = STATUS[status]
    direction = "≥" if kpi.better == "higher" else "≤"
    target = "–" if kpi.target is None else f"{direction} {texts.number(kpi.target, lang)}"
    actual = "–" if kpi.actual is None else texts.number(kpi.actual, lang)
    return [para(tp.label, st.cell), para(kpi.name, st.cell), para(kpi.unit or "–", st.cell),
            para(target, st.cell_right), para(actual, st.cell_right),
            Paragraph(f'<font color="{tone}"><b>{mark}</b></font>&nbsp;{_esc(tr(status, lang))}', st.cell)]


def findings_story(analysis: Analysis, lang: str) -> list[Flowable]:
    """The findings in plain language, grouped by severity (most serious first)."""
    st = styles()
    story: list[Flowable] = [Heading(tr("findings", lang), st.h1, key="findings")]
    if not analysis.findings:
        return story + [para(tr("no_findings", lang), st.muted)]
    for severity in ("error", "warning", "info"):
        group = [f for f in analysis.findings if f.severity == severity]
        if not group:
            continue
        mark, tone = SEVERITY_MARK[severity]
        story.append(Paragraph(f'<font color="{tone}">{mark}</font>&nbsp;&nbsp;{_esc(tr(severity, lang))} '
                               f'<font color="{t.MUTED}">({len(group)})</font>', st.h2))
        style = ParagraphStyle(f"jm-finding-{severity}", parent=st.bullet, bulletColor=colour(tone), leftIndent=16,
                               spaceAfter=4)
        story += [Paragraph(_esc(f.message), style, bulletText=mark) for f in group]
    return story


def appendix_story(data: ProjectData, lang: str, describe: Callable[[str | None], tuple[str, str]],
                   check: Callable[[], None]) -> list[Flowable]:
    """One block per touchpoint in journey order: catalogue name and description, notes, pains, ideas, KPIs."""
    st = styles()
    story: list[Flowable] = [Heading(tr("appendix", lang), st.h1, key="appendix")]
    for i, phase, tps in in_order(data):
        if not tps:
            continue
        title = _phase_title(phase.name.get(lang) or phase.id, t.phase_colour(phase.id, i))
        for n, tp in enumerate(tps):
            if n % 100 == 99:
                check()
            block = _block(tp, lang, describe)
            story.append(KeepTogether([title, *block] if n == 0 else block))  # a phase title never ends a page
    return story


def _block(tp: Touchpoint, lang: str, describe: Callable[[str | None], tuple[str, str]]) -> list[Flowable]:
    st = styles()
    name, description = describe(tp.catalogue_id)
    facts = [name or tr("own_touchpoint", lang), tr(tp.kind, lang), tr(tp.contact, lang)]
    if tp.owner:
        facts.append(f"{tr('owner', lang)}: {tp.owner}")
    parts: list[Flowable] = [Rule(space=3), para(tp.label, st.h3), para(" · ".join(facts), st.small)]
    if description:
        parts += [Spacer(1, 2), para(description, st.small)]
    emotion = tr("not_assessed", lang) if tp.emotion is None else (
        f"{texts.signed(tp.emotion, lang, 0)} ({texts.emotion_word(tp.emotion, lang)})")
    line = f"<b>{_esc(tr('emotion', lang))}:</b> {_esc(emotion)}"
    if tp.emotion_note:
        line += f" – {_esc(tp.emotion_note)}"
    parts += [Spacer(1, 3), Paragraph(line, st.body)]
    if tp.description:
        parts.append(Paragraph(f"<b>{_esc(tr('notes', lang))}:</b> {_esc(tp.description)}", st.body))
    for key, items in (("pains", tp.pain_points), ("ideas", tp.ideas)):
        if any(x.strip() for x in items):
            parts += [Paragraph(f"<b>{_esc(tr(key, lang))}:</b>", st.body)] + bullets(items)
    if tp.kpis:
        parts.append(Paragraph(f"<b>{_esc(tr('kpis', lang).split()[0])}:</b>", st.body))
        parts += bullets([_kpi_line(k, lang) for k in tp.kpis])
    return parts + [Spacer(1, 6)]


def _kpi_line(kpi: Kpi, lang: str) -> str:
    unit = f" {kpi.unit}" if kpi.unit else ""
    target = "–" if kpi.target is None else texts.number(kpi.target, lang) + unit
    actual = "–" if kpi.actual is None else texts.number(kpi.actual, lang) + unit
    mark = STATUS[kpi.status()][0]
    return (f"{kpi.name}: {tr('target', lang)} {'≥' if kpi.better == 'higher' else '≤'} {target}, "
            f"{tr('actual', lang)} {actual} {mark} {tr(kpi.status(), lang)}")
