"""The change report: two versions of a journey side by side, as-is → to-be. A first page with the key figures
of both and their emotion curves, then phase by phase what is new, what goes and what changed (field by field),
then links, personas, phases and the journey's properties. Same paper, fonts, header and footer as the report of
`pdf_document`; built in memory and written atomically (`journeymap diff OLD NEW -o REPORT.pdf`)."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import landscape
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from journeymap import __version__
from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.change_curve import ChangeCurve, PhaseMood, mean_text, phase_moods
from journeymap.export.change_texts import describe, word
from journeymap.export.fonts import clip, register_fonts
from journeymap.export.map_plan import PAPERS
from journeymap.export.pdf_document import _Brand, _canvas_class, _Document  # the report's pages, reused
from journeymap.export.pdf_styles import Heading, para, styles, table_style
from journeymap.fileformat import write_atomic
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData
from journeymap.model.diff import Changes, ItemChange, JourneyDiff, diff_journeys

colour = shapes.colour
CHUNK = 25
Row = tuple[str, str, list[str], str]  # mark (+ − Δ), label, details, colour of the mark
_W: dict[str, tuple[str, str]] = {  # key: (English, German)
    "kicker": ("Change report · as-is → to-be", "Änderungsbericht · Ist → Soll"),
    "subject": ("What changed between two versions of a customer journey",
                "Was sich zwischen zwei Fassungen einer Customer Journey geändert hat"),
    "as_is": ("As-is", "Ist"), "to_be": ("To-be", "Soll"),
    "figures": ("Key figures", "Kennzahlen"), "new": ("new", "neu"), "gone": ("removed", "entfällt"),
    "changed": ("changed", "geändert"), "curve": ("Emotion per phase", "Emotion je Phase"),
    "curve_note": ("Mean emotion of the assessed touchpoints of each phase, from −2 to +2; the arrow shows the "
                   "change from as-is to to-be.",
                   "Mittlere Emotion der bewerteten Touchpoints je Phase, von −2 bis +2; der Pfeil zeigt die "
                   "Änderung von Ist zu Soll."),
    "by_phase": ("Phase by phase", "Phase für Phase"), "unchanged": ("{n} unchanged", "{n} unverändert"),
    "nothing": ("No change in this phase.", "Keine Änderung in dieser Phase."),
    "no_change": ("The two versions say the same.", "Die beiden Fassungen sagen dasselbe."),
    "other": ("Links, personas, opportunities and properties",
              "Verbindungen, Personas, Chancen und Eigenschaften"),
    "links": ("Links", "Verbindungen"), "personas": ("Personas", "Personas"), "phases": ("Phases", "Phasen"),
    "opportunities": ("Opportunities", "Chancen"),
    "properties": ("Properties of the journey", "Eigenschaften der Journey"),
    "touchpoints": ("Touchpoints", "Touchpoints"), "mean": ("Mean emotion", "Mittlere Emotion"),
    "digital": ("Digital share", "Digitalanteil"), "removed_phase": ("(removed)", "(entfällt)"),
    "added_phase": ("(new)", "(neu)"), "moved_in": ("moved here from {phase}", "hierher verschoben aus {phase}"),
    "emotion_line": ("Emotion {before} → {after}", "Emotion {before} → {after}"),
    "count_line": ("{before} → {after} touchpoints", "{before} → {after} Touchpoints"),
}


def w(key: str, lang: str, **values: object) -> str:
    english, german = _W[key]
    return (german if lang == "de" else english).format(**values)


def export_change_report(old: ProjectData, new: ProjectData, out_path: str | os.PathLike[str], lang: str = "de",
                         paper: str = "a4", names: tuple[str, str] = ("", ""), *, today: dt.date | None = None,
                         invariant: bool = False) -> tuple[Path, int]:
    """Write the change report from `old` (as-is) to `new` (to-be); returns the file and its page count.
    `names` are shown for the two versions (e.g. their file names). Raises `SaveError` when it cannot be written."""
    content, pages = render_change_report(old, new, lang, paper, names, today=today, invariant=invariant)
    return write_atomic(content, out_path, backup=False), pages


def render_change_report(old: ProjectData, new: ProjectData, lang: str = "de", paper: str = "a4",
                         names: tuple[str, str] = ("", ""), *, today: dt.date | None = None,
                         invariant: bool = False) -> tuple[bytes, int]:
    """The change report as bytes, and its number of pages."""
    if paper not in PAPERS or paper == "poster":
        raise ValueError(f"unknown paper {paper!r} for the change report (use a4, a3, a2 or a1)")
    register_fonts()
    today = today or dt.date.today()
    diff = diff_journeys(old, new)
    title = clip(new.meta.title or old.meta.title, 200) or texts.tr("untitled", lang)
    pages = [0]
    buffer = io.BytesIO()
    doc = _Document(buffer, paper, landscape(PAPERS[paper]), f"{title} · {w('kicker', lang)} · "
                    f"{texts.date(today, lang)}", lambda: pages.__setitem__(0, pages[0] + 1), "text",
                    _Brand(new.meta.accent or t.SELECTION, None, clip(new.meta.company, 120)),
                    title=f"{title} – {w('kicker', lang)}", author=clip(new.meta.author, 200),
                    subject=w("subject", lang), creator=f"journeymap {__version__}",
                    keywords="customer journey, change report, journeymap", lang=lang, invariant=int(invariant))
    story = _first_page(diff, lang, title, names) + _phases_story(diff, lang) + _other_story(diff, lang)
    doc.build(story, canvasmaker=_canvas_class(lang, title, new.meta.author, invariant))
    return buffer.getvalue(), pages[0]


# ---------------------------------------------------------------- first page
def _first_page(diff: JourneyDiff, lang: str, title: str, names: tuple[str, str]) -> list[Flowable]:
    st = styles()
    old, new = diff.old, diff.new
    story: list[Flowable] = [para(w("kicker", lang).upper(), st.kicker),
                             Heading(title, st.title, "change_report", outline=title)]
    versions = []
    for key, data, name in (("as_is", old, names[0]), ("to_be", new, names[1])):
        label = " · ".join(part for part in (clip(name, 80), clip(data.meta.version, 64),
                                             data.meta.modified[:10]) if part)
        versions.append(f"<b>{escape(w(key, lang))}</b>: {escape(label or '–')}")
    story += [Paragraph("   ".join(versions), st.subtitle), Spacer(1, 16),
              Heading(w("figures", lang), st.h2, "figures"), _figures(diff, lang), Spacer(1, 14),
              Heading(w("curve", lang), st.h2, "curve"),
              ChangeCurve(phase_moods(old, new, lang), lang, (w("as_is", lang), w("to_be", lang))),
              Spacer(1, 4), para(w("curve_note", lang), st.small)]
    if not diff:
        story += [Spacer(1, 12), para(w("no_change", lang), st.body)]
    return story


def _figures(diff: JourneyDiff, lang: str) -> Table:
    st = styles()
    old, new = diff.old, diff.new
    head = ["", w("as_is", lang), w("to_be", lang), w("new", lang), w("gone", lang), w("changed", lang)]
    rows: list[list[object]] = [[para(h, st.cell_head_right if i else st.cell_head) for i, h in enumerate(head)]]
    for key, changes, before, after in (("touchpoints", diff.touchpoints, len(old.touchpoints), len(new.touchpoints)),
                                        ("links", diff.links, len(old.links), len(new.links)),
                                        ("personas", diff.personas, len(old.personas), len(new.personas)),
                                        ("opportunities", diff.opportunities, len(old.opportunities),
                                         len(new.opportunities))):
        cells = [before, after, len(changes.added), len(changes.removed), len(changes.changed)]
        rows.append([para(w(key, lang), st.cell_bold), *(para(texts.number(v, lang, 0), st.cell_right)
                                                         for v in cells)])
    for key, value in (("mean", _mean), ("digital", _digital)):
        shown = [value(old, lang), value(new, lang), "", "", ""]
        rows.append([para(w(key, lang), st.cell_bold), *(para(v, st.cell_right) for v in shown)])
    table = Table(rows, colWidths=["30%", "14%", "14%", "14%", "14%", "14%"], hAlign="LEFT")
    table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(t.CARD_BORDER)),
                                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour("#E6E9EE")),
                                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _mean(data: ProjectData, lang: str) -> str:
    scores = [tp.emotion for tp in data.touchpoints if tp.emotion is not None]
    return texts.signed(sum(scores) / len(scores), lang) if scores else "–"


def _digital(data: ProjectData, lang: str) -> str:
    n = len(data.touchpoints)
    return texts.percent(sum(tp.kind == "digital" for tp in data.touchpoints) / n, lang) if n else "–"


# ---------------------------------------------------------------- phase by phase
def _phases_story(diff: JourneyDiff, lang: str) -> list[Flowable]:
    st = styles()
    old_tp = {tp.id: tp for tp in diff.old.touchpoints}
    new_tp = {tp.id: tp for tp in diff.new.touchpoints}
    resolve = _resolver(diff, lang)
    story: list[Flowable] = [CondPageBreak(260), Spacer(1, 10), Heading(w("by_phase", lang), st.h1, "phases")]
    for mood in phase_moods(diff.old, diff.new, lang):
        added = [i for i in diff.touchpoints.added if new_tp[i].phase == mood.phase]
        removed = [i for i in diff.touchpoints.removed if old_tp[i].phase == mood.phase]
        changed = [c for c in diff.touchpoints.changed if new_tp[c.id].phase == mood.phase]
        before = sum(tp.phase == mood.phase for tp in old_tp.values())
        after = sum(tp.phase == mood.phase for tp in new_tp.values())
        rows: list[Row] = [("+", new_tp[i].label, [], t.EMOTION_GOOD) for i in added]
        rows += [("−", old_tp[i].label, [], t.EMOTION_BAD) for i in removed]
        rows += [("Δ", c.label, [_moved(c, resolve, lang) if f.field == "phase" else describe(f, lang, resolve)
                                 for f in c.fields], t.HINT_AMBER) for c in changed]
        unchanged = after - len(added) - len(changed)
        body = _rows(rows, lang, unchanged) if rows else [para(w("nothing", lang), st.muted)]
        story += [CondPageBreak(110), _phase_head(mood, diff, lang, before, after), Spacer(1, 4), *body,
                  Spacer(1, 12)]  # the head never alone at the foot of a page; a long list goes on overleaf
    return story


def _moved(change: ItemChange, resolve: Callable[[str], str], lang: str) -> str:
    phase = change.field("phase")
    return w("moved_in", lang, phase=resolve(str(phase.old))) if phase else ""


def _phase_head(mood: PhaseMood, diff: JourneyDiff, lang: str, before: int, after: int) -> Table:
    st = styles()
    name = mood.name
    if mood.phase in diff.phases.removed:
        name += " " + w("removed_phase", lang)
    elif mood.phase in diff.phases.added:
        name += " " + w("added_phase", lang)
    facts = (w("count_line", lang, before=before, after=after) + " · "
             + w("emotion_line", lang, before=mean_text(mood.before, lang), after=mean_text(mood.after, lang)))
    table = Table([[para(clip(name, 120), st.h3), para(facts, st.small)]], colWidths=["45%", "55%"])
    table.setStyle(table_style([("LINEBEFORE", (0, 0), (0, 0), 4, colour(mood.fill)),
                                ("BACKGROUND", (0, 0), (-1, 0), colour(t.mix(mood.fill, 0.08))),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 10),
                                ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _rows(rows: list[Row], lang: str, unchanged: int) -> list[Flowable]:
    """The marked rows (+ new, − gone, Δ changed with its fields), in tables of at most `CHUNK` rows (a table that
    runs over many pages is measured again at every page break)."""
    st = styles()
    result: list[Flowable] = []
    for start in range(0, len(rows), CHUNK):
        cells = []
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colour("#E6E9EE"))]
        for i, (mark, label, details, tint) in enumerate(rows[start:start + CHUNK]):
            text = f"<b>{escape(clip(label, 160))}</b>"
            if details:
                text += "<br/>" + "<br/>".join(escape(clip(d, 400)) for d in details if d)
            cells.append([para(mark, st.cell_bold), Paragraph(text, st.cell)])
            style.append(("TEXTCOLOR", (0, i), (0, i), colour(tint)))
        table = Table(cells, colWidths=[16, None], hAlign="LEFT", splitByRow=1)
        table.setStyle(table_style(style))
        result.append(table)
    if unchanged > 0:
        result.append(para(w("unchanged", lang, n=unchanged), st.small))
    return result


# ---------------------------------------------------------------- the rest
def _other_story(diff: JourneyDiff, lang: str) -> list[Flowable]:
    st = styles()
    resolve = _resolver(diff, lang)
    parts: list[Flowable] = []
    for key, changes in (("links", diff.links), ("personas", diff.personas), ("opportunities", diff.opportunities),
                         ("phases", diff.phases)):
        if changes or (key == "phases" and diff.phase_order):
            block = [para(w(key, lang), st.h2), *_changes(changes, lang, resolve)]
            if key == "phases" and diff.phase_order:
                block.append(para(word("order_changed", lang), st.body))
            parts += _kept_with_heading(block)
    if diff.meta or diff.answers:
        block = [para(w("properties", lang), st.h2)]
        block += [para(describe(f, lang, resolve), st.bullet) for f in (*diff.meta, *diff.answers)]
        parts += _kept_with_heading(block)
    if not parts:
        return []
    return [CondPageBreak(200), Spacer(1, 6), Heading(w("other", lang), st.h1, "other"), *parts]


def _kept_with_heading(block: list[Flowable]) -> list[Flowable]:
    """A heading and the start of what follows on one page (a long list goes on overleaf)."""
    return [CondPageBreak(90), *block]


def _changes(changes: Changes, lang: str, resolve: Callable[[str], str]) -> list[Flowable]:
    rows: list[Row] = [("+", changes.label(i), [], t.EMOTION_GOOD) for i in changes.added]
    rows += [("−", changes.label(i), [], t.EMOTION_BAD) for i in changes.removed]
    rows += [("Δ", c.label, [describe(f, lang, resolve) for f in c.fields], t.HINT_AMBER) for c in changes.changed]
    return _rows(rows, lang, 0)


def _resolver(diff: JourneyDiff, lang: str) -> Callable[[str], str]:
    """Ids in descriptions as names: touchpoints by label, links as 'from → to', phases by name."""
    names: dict[str, str] = {}
    for data in (diff.old, diff.new):
        names.update({p.id: p.name.get(lang) or p.id for p in data.phase_model.phases})
        labels = {tp.id: tp.label for tp in data.touchpoints}
        names.update({link.id: f"{labels[link.source]} → {labels[link.target]}" for link in data.links})
        names.update(labels)
    return lambda item: clip(names.get(item, item), 80)


__all__ = ["export_change_report", "render_change_report"]
