"""The cover page: title, company, author, date, personas, a summary paragraph and the key figures."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from journeymap.analysis import Analysis
from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.fonts import SANS, SANS_BOLD, clip, ellipsize
from journeymap.export.logo import LogoArt
from journeymap.export.pdf_styles import Bookmark, para, styles, table_style
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData

colour = shapes.colour


def mean_emotion(data: ProjectData) -> float | None:
    scores = [tp.emotion for tp in data.touchpoints if tp.emotion is not None]
    return sum(scores) / len(scores) if scores else None


def summary(data: ProjectData, analysis: Analysis, lang: str) -> str:
    """One paragraph for management: counts per phase, digital share, mean emotion, open findings."""
    de = lang == "de"
    n = len(data.touchpoints)
    names = {p.id: clip(p.name.get(lang) or p.id, 60) for p in data.phase_model.phases}
    if not n:
        return ("Die Journey enthält noch keine Touchpoints." if de else "The journey has no touchpoints yet.")
    per_phase = ", ".join(f"{s.touchpoints} in {names[s.phase]}" for s in analysis.phases if s.touchpoints)
    digital = sum(1 for tp in data.touchpoints if tp.kind == "digital")
    share = texts.percent(digital / n, lang)
    phases = len(data.phase_model.phases)
    if de:
        parts = [f"Die Journey umfasst {n} Touchpoints in {phases} Phasen ({per_phase}).",
                 f"{digital} davon ({share}) sind digital."]
    else:
        parts = [f"The journey has {n} touchpoints in {phases} phases ({per_phase}).",
                 f"{digital} of them ({share}) are digital."]
    mean = mean_emotion(data)
    if mean is not None:
        worst, lowest = min(((s, s.mean_emotion) for s in analysis.phases if s.mean_emotion is not None),
                            key=lambda pair: pair[1])
        low = f"{names[worst.phase]} ({texts.signed(lowest, lang)})"
        parts.append(
            f"Die mittlere Emotion liegt bei {texts.signed(mean, lang)} auf der Skala von −2 bis +2; am "
            f"schwächsten ist die Phase {low}." if de else
            f"The mean emotion is {texts.signed(mean, lang)} on the scale from −2 to +2; the weakest phase is {low}.")
    else:
        parts.append("Emotionen sind noch nicht bewertet." if de else "Emotions are not assessed yet.")
    parts.append(_findings_sentence(analysis, lang))
    return " ".join(parts)


def _findings_sentence(analysis: Analysis, lang: str) -> str:
    count = len(analysis.findings)
    by = {s: sum(1 for f in analysis.findings if f.severity == s) for s in ("error", "warning", "info")}
    if lang == "de":
        if not count:
            return "Die Analyse meldet keine offenen Befunde."
        words = {"error": "kritisch", "warning": ("Warnung", "Warnungen"), "info": ("Hinweis", "Hinweise")}
        detail = ", ".join(
            f"{k} {words[s] if s == 'error' else words[s][k != 1]}" for s, k in by.items() if k)
        return f"Die Analyse meldet {count} offene{'n' if count == 1 else ''} Befund{'e' if count != 1 else ''} " \
               f"({detail})."
    if not count:
        return "The analysis reports no open findings."
    words_en = {"error": ("critical", "critical"), "warning": ("warning", "warnings"), "info": ("note", "notes")}
    detail = ", ".join(f"{k} {words_en[s][k != 1]}" for s, k in by.items() if k)
    return f"The analysis reports {count} open finding{'s' if count != 1 else ''} ({detail})."


def cover_story(data: ProjectData, analysis: Analysis, lang: str, today: dt.date, logo: LogoArt | None = None,
                accent: str = t.SELECTION, frame: tuple[float, float] = (483.0, 720.0)) -> list[Flowable]:
    """The flowables of the cover page, shrunk if needed so that it is exactly one page."""
    st = styles()
    meta = data.meta
    body: list[Flowable] = []
    body.append(CoverLogo(logo) if logo is not None else Spacer(1, 36))
    kicker = ParagraphStyle("jm-kicker-accent", parent=st.kicker, textColor=colour(accent))
    body += [para(tr("kicker", lang).upper(), kicker), para(clip(meta.title, 300) or tr("untitled", lang), st.title)]
    if meta.company:
        body.append(para(clip(meta.company, 300), st.subtitle))
    body += [AccentRule(accent), Spacer(1, 14)]
    if meta.description.strip():  # what the journey is about, in the author's words: under the title, lines kept
        lines = [escape(clip(line, 600)) for line in meta.description.strip().splitlines()[:12]]
        body += [Paragraph("<br/>".join(lines), st.body), Spacer(1, 12)]
    rows = []

    def fact(key: str, value: str) -> None:
        if value.strip():
            rows.append([para(tr(key, lang), st.small), para(value, st.body)])

    fact("author", clip(meta.author, 300))
    if meta.workshop_date:
        try:
            fact("workshop_date", texts.date(dt.date.fromisoformat(meta.workshop_date), lang))
        except ValueError:
            fact("workshop_date", meta.workshop_date)
    fact("participants", clip(", ".join(line.strip() for line in meta.participants.splitlines() if line.strip()),
                              600))
    status = [tr(meta.status, lang)] if meta.status else []
    if meta.version:
        status.append(f"{tr('version', lang)} {meta.version}")
    fact("status_version", " · ".join(status))
    fact("exported", texts.date(today, lang))
    fact("personas", clip(", ".join(p.name for p in data.personas), 600))
    facts = Table(rows, colWidths=[90, None], hAlign="LEFT")
    facts.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    body += [facts, Spacer(1, 18), para(tr("summary", lang), st.h2), para(summary(data, analysis, lang), st.body),
             Spacer(1, 18), KeyFigures(data, analysis, lang), Spacer(1, 10), para(tr("per_phase", lang), st.h2),
             _phase_table(data, analysis, lang)]
    return [Bookmark(tr("cover", lang), "cover"), KeepInFrame(frame[0], frame[1], body, mode="shrink")]


class CoverLogo(Flowable):
    """The company logo at the top right of the cover."""

    HEIGHT = 52.0

    def __init__(self, logo: LogoArt) -> None:
        super().__init__()
        self.logo = logo

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.HEIGHT + 14

    def draw(self) -> None:
        self.logo.draw(self.canv, self.width - 200, 14, 200, self.HEIGHT)


class AccentRule(Flowable):
    """A short bar in the accent colour under the title."""

    def __init__(self, accent: str) -> None:
        super().__init__()
        self.accent = accent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 12

    def draw(self) -> None:
        self.canv.setFillColor(colour(self.accent))
        self.canv.rect(0, 2, 64, 4, stroke=0, fill=1)


def _phase_table(data: ProjectData, analysis: Analysis, lang: str) -> Table:
    st = styles()
    head = [para(tr("phase", lang), st.cell_head), para(tr("touchpoints", lang), st.cell_head),
            para(tr("digital_share", lang), st.cell_head), para(tr("mean_emotion", lang), st.cell_head)]
    rows = [head]
    for phase, stats in zip(data.phase_model.phases, analysis.phases, strict=False):
        share = "–" if stats.digital_share is None else texts.percent(stats.digital_share, lang)
        mood = "–" if stats.mean_emotion is None else texts.signed(stats.mean_emotion, lang)
        rows.append([para(clip(phase.name.get(lang) or phase.id, 120), st.cell_bold),
                     para(str(stats.touchpoints), st.cell), para(share, st.cell), para(mood, st.cell)])
    table = Table(rows, colWidths=["40%", "20%", "20%", "20%"], repeatRows=1, hAlign="LEFT")
    style = [("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(t.CARD_BORDER)),
             ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour("#E6E9EE")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 1), (0, -1), 10)]
    for i, phase in enumerate(data.phase_model.phases, start=1):
        style.append(("LINEBEFORE", (0, i), (0, i), 3.5, colour(t.phase_colour(phase.id, i - 1))))
    table.setStyle(table_style(style))
    return table


class KeyFigures(Flowable):
    """Four tiles: touchpoints, digital share, mean emotion (with its face), open findings."""

    HEIGHT = 66.0

    def __init__(self, data: ProjectData, analysis: Analysis, lang: str) -> None:
        super().__init__()
        n = len(data.touchpoints)
        digital = sum(1 for tp in data.touchpoints if tp.kind == "digital")
        mean = mean_emotion(data)
        self.mean = mean
        self.tiles = [
            (str(n), tr("touchpoints", lang)),
            (texts.percent(digital / n, lang) if n else "–", tr("digital_share", lang)),
            (texts.signed(mean, lang) if mean is not None else "–", tr("mean_emotion", lang)),
            (str(len(analysis.findings)), tr("open_findings", lang)),
        ]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.HEIGHT

    def draw(self) -> None:
        c = self.canv
        gap = 10.0
        w = (self.width - 3 * gap) / 4
        for i, (value, label) in enumerate(self.tiles):
            x = i * (w + gap)
            c.setFillColor(colour("#F4F6F8"))
            c.setStrokeColor(colour("#E1E5EA"))
            c.setLineWidth(0.6)
            c.roundRect(x, 0, w, self.HEIGHT, 6, stroke=1, fill=1)
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS_BOLD, 20)
            c.drawString(x + 12, 30, value)
            if i == 2 and self.mean is not None:
                vx = x + 12 + c.stringWidth(value, SANS_BOLD, 20) + 12
                shapes.face(c, vx + 8, 37, 16, max(-2, min(2, round(self.mean))))
            c.setFillColor(colour(t.MUTED))
            c.setFont(SANS, 8.5)
            c.drawString(x + 12, 12, ellipsize(label, SANS, 8.5, w - 20))
