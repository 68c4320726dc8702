"""The text sections: KPI tables per phase, findings grouped by kind, and the touchpoint appendix.

Every user text is shortened with … where a table cell has little room (a table row cannot break across pages),
and every card is referred to by its number and page, as a link: "#12 · p. 4".
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape as _esc

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from journeymap.analysis import Analysis
from journeymap.analysis.findings import Finding
from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.fonts import clip
from journeymap.export.pdf_styles import Heading, para, styles, table_style
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData
from journeymap.model.values import Kpi, Phase, Touchpoint

colour = shapes.colour
STATUS = {"met": ("✓", t.KPI_OK), "missed": ("✗", "#B9770E"), "open": ("–", t.MUTED)}
SEVERITY_MARK = {"error": ("◆", t.EMOTION_BAD), "warning": ("▲", t.KPI_MISSED), "info": ("●", t.MUTED)}
Ref = Callable[[str], str]  # touchpoint id -> link markup "#12 · p. 4"
LIST_ALL = 8  # a finding group with more items lists them as one run of references


def in_order(data: ProjectData) -> list[tuple[int, Phase, list[Touchpoint]]]:
    """(index, phase, its touchpoints by position) for every phase, in journey order."""
    by_phase: dict[str, list[Touchpoint]] = {}
    for tp in data.touchpoints:
        by_phase.setdefault(tp.phase, []).append(tp)
    return [(i, phase, sorted(by_phase.get(phase.id, []), key=lambda tp: tp.position))
            for i, phase in enumerate(data.phase_model.phases)]


def phase_title(title: str, lane_colour: str) -> Paragraph:
    return Paragraph(f'<font color="{lane_colour}">■</font>&nbsp;&nbsp;{_esc(clip(title, 120))}', styles().h2)


def has_kpis(data: ProjectData) -> bool:
    return any(tp.kpis for tp in data.touchpoints)


def kpi_story(data: ProjectData, lang: str, ref: Ref) -> list[Flowable]:
    """A table per phase: touchpoint (with its reference), KPI, unit, target with direction, actual, status."""
    st = styles()
    story: list[Flowable] = [Heading(tr("kpis", lang), st.h1, key="kpis")]
    head = [para("#", st.cell_head), para("Touchpoint", st.cell_head), para(tr("kpi", lang), st.cell_head),
            para(tr("target", lang), st.cell_head_right), para(tr("actual", lang), st.cell_head_right),
            para(tr("status", lang), st.cell_head)]
    for i, phase, tps in in_order(data):
        rows, marks = [head], []
        for tp in tps:
            for kpi in tp.kpis:
                rows.append(_kpi_row(tp, kpi, lang, ref))
                marks.append(kpi.status())
        if len(rows) == 1:
            continue
        table = Table(rows, colWidths=["12%", "32%", "20%", "12%", "10%", "14%"], repeatRows=1, hAlign="LEFT")
        style = [("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(t.CARD_BORDER)),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour("#E6E9EE")),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for row, status in enumerate(marks, start=1):
            style.append(("BACKGROUND", (5, row), (5, row), colour(t.mix(STATUS[status][1], 0.14))))
        table.setStyle(table_style(style))
        story += [CondPageBreak(90), phase_title(phase.name.get(lang) or phase.id, t.phase_colour(phase.id, i)),
                  table]
    return [*story, Spacer(1, 8), para(tr("kpi_note", lang), st.small)]


def _kpi_row(tp: Touchpoint, kpi: Kpi, lang: str, ref: Ref) -> list[Paragraph]:
    st = styles()
    status = kpi.status()
    mark, tone = STATUS[status]
    direction = "≥" if kpi.better == "higher" else "≤"
    unit = f" {clip(kpi.unit, 16)}" if kpi.unit.strip() else ""
    target = "–" if kpi.target is None else f"{direction} {texts.number(kpi.target, lang)}{unit}"
    actual = "–" if kpi.actual is None else texts.number(kpi.actual, lang) + unit
    return [Paragraph(f"<font size=7>{ref(tp.id)}</font>", st.row), para(clip(tp.label, 140), st.row),
            para(clip(kpi.name, 120), st.row), para(target, st.row_right), para(actual, st.row_right),
            Paragraph(f'<font color="{tone}"><b>{mark}</b></font>&nbsp;{_esc(tr(status, lang))}', st.row)]


def findings_story(analysis: Analysis, data: ProjectData, lang: str, ref: Ref) -> list[Flowable]:
    """The findings grouped by kind, most serious first, each group with its count and map references."""
    st = styles()
    groups: dict[str, list[Finding]] = {}
    for finding in analysis.findings:
        groups.setdefault(finding.code, []).append(finding)
    story: list[Flowable] = [Heading(tr("findings", lang), st.h1, key="findings"),
                             para(tr("findings_intro", lang, n=len(analysis.findings), k=len(groups)), st.muted)]
    known = {tp.id for tp in data.touchpoints}
    labels = {tp.id: tp.label for tp in data.touchpoints}
    for code, group in groups.items():
        mark, tone = SEVERITY_MARK[group[0].severity]
        title = tr(f"kind_{code}", lang) if texts.has(f"kind_{code}") else code.replace("_", " ")
        block: list[Flowable] = [Paragraph(
            f'<font color="{tone}">{mark}</font>&nbsp;&nbsp;{_esc(title)} <font color="{t.MUTED}">'
            f'({len(group)} · {_esc(tr(group[0].severity, lang))})</font>', st.h2)]
        if len(group) <= LIST_ALL:
            for finding in group:
                refs = ", ".join(ref(i) for i in finding.ids[:6] if i in known)
                more = f" +{len(finding.ids) - 6}" if len(finding.ids) > 6 else ""
                block.append(Paragraph(_esc(clip(finding.message, 600)) + (f" — {refs}{more}" if refs else ""),
                                       st.bullet, bulletText=mark))
        else:
            block.append(para(clip(group[0].message, 400), st.small))
            items = [f"{_esc(clip(labels[i], 40))} {ref(i)}" for finding in group for i in finding.ids[:1]
                     if i in known]
            block.append(Paragraph(" · ".join(items), st.small))
        story += [CondPageBreak(60), KeepTogether(block[:3]), *block[3:]]
    return story


def appendix_story(data: ProjectData, lang: str, describe: Callable[[str | None], tuple[str, str]],
                   check: Callable[[], None], ref: Ref, number: Callable[[str], int]) -> list[Flowable]:
    """Each touchpoint's own notes in journey order, as compact run-in paragraphs (set in two columns by the
    document); then the texts of the catalogue entries used, once each."""
    st = styles()
    story: list[Flowable] = [Heading(tr("appendix", lang), st.h1, key="appendix"),
                             para(tr("catalogue_note", lang), st.muted), Spacer(1, 4)]
    used: dict[str, str] = {}
    covered = data.opportunities_by_touchpoint()
    for i, phase, tps in in_order(data):
        if not tps:
            continue
        story += [CondPageBreak(60), phase_title(phase.name.get(lang) or phase.id, t.phase_colour(phase.id, i))]
        for n, tp in enumerate(tps):
            if n % 100 == 99:
                check()
            name, description = describe(tp.catalogue_id)
            if name and description:
                used.setdefault(name, description)
            head = f"<b>#{number(tp.id)} {_esc(clip(tp.label, 300))}</b> <font size=7>{ref(tp.id)}</font>"
            details = _details(tp, name, lang, [o.text for o in covered.get(tp.id, [])])
            story.append(Paragraph(head + "<br/>" + details, st.entry))
    if used:
        story += [CondPageBreak(80), para(tr("catalogue_section", lang), st.h2)]
        for name in sorted(used):
            story.append(Paragraph(f"<b>{_esc(name)}</b> — {_esc(used[name])}", st.entry))
    return story


def _details(tp: Touchpoint, catalogue_name: str, lang: str, opportunities: list[str]) -> str:
    """One run-in paragraph: catalogue entry, kind, contact, owner, emotion with its note, notes, pains and the
    texts of the opportunities that belong to the touchpoint."""
    facts = [catalogue_name or tr("own_touchpoint", lang), tr(tp.kind, lang), tr(tp.contact, lang)]
    if tp.owner.strip():
        facts.append(f"{tr('owner', lang)}: {clip(tp.owner, 200)}")
    parts = [f'<font color="{t.MUTED}">{_esc(", ".join(facts))}</font>']
    if tp.emotion is not None:
        line = f"{tr('emotion', lang)} {texts.signed(tp.emotion, lang, 0)} ({texts.emotion_word(tp.emotion, lang)})"
        parts.append(_esc(line + (f": {clip(tp.emotion_note, 1500)}" if tp.emotion_note.strip() else "")))
    elif tp.emotion_note.strip():
        parts.append(_esc(f"{tr('emotion', lang)}: {clip(tp.emotion_note, 1500)}"))
    if tp.description.strip():
        parts.append(f"<b>{_esc(tr('notes', lang))}:</b> {_esc(clip(tp.description, 3000))}")
    for key, items in (("pains", tp.pain_points), ("opportunities", opportunities)):
        shown = [clip(x, 600) for x in items if x.strip()][:20]
        if shown:
            parts.append(f"<b>{_esc(tr(key, lang))}:</b> " + _esc("; ".join(shown)))
    return " · ".join(parts)
