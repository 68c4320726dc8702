"""One page per persona: who they are, goals, pains, preferred channels, their path and emotion curve."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table

from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.fonts import SANS, SANS_BOLD, clip, ellipsize, width, wrap
from journeymap.export.icons import IconForms
from journeymap.export.pdf_styles import Bookmark, bullets, para, styles, table_style
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.layout.geometry import smooth_path
from journeymap.model.data import ProjectData
from journeymap.model.values import Persona, Touchpoint

colour = shapes.colour
CHIP_H = 46.0
CHIP_GAP = 5.0
MAX_CHIPS = 6


def persona_path(data: ProjectData, persona: Persona) -> list[Touchpoint]:
    """The persona's touchpoints in journey order (phase, then position in the lane)."""
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    mine = set(persona.touchpoint_ids)
    return sorted((tp for tp in data.touchpoints if tp.id in mine), key=lambda tp: (order[tp.phase], tp.position))


def persona_story(data: ProjectData, persona: Persona, lang: str, key: str, frame: tuple[float, float],
                  channel: Callable[[str], tuple[str, str]], forms: Callable[[object], IconForms]) -> list[Flowable]:
    """The flowables of one persona page, shrunk if needed so the page never overflows."""
    st = styles()
    path = persona_path(data, persona)
    body: list[Flowable] = [PersonaHeader(persona, lang), Spacer(1, 12)]
    if persona.quote.strip():
        quote = Table([[para(texts.quote(clip(persona.quote, 600), lang), st.quote)]], colWidths=[None])
        quote.setStyle(table_style([("LINEBEFORE", (0, 0), (0, 0), 3, colour(persona.colour)),
                                   ("LEFTPADDING", (0, 0), (0, 0), 10), ("TOPPADDING", (0, 0), (0, 0), 2),
                                   ("BOTTOMPADDING", (0, 0), (0, 0), 2)]))
        body += [quote, Spacer(1, 12)]
    goals = [para(tr("goals", lang), st.h3), Spacer(1, 3)] + (bullets(_short(persona.goals)) or [para("–", st.muted)])
    pains = [para(tr("pains", lang), st.h3), Spacer(1, 3)] + (bullets(_short(persona.pains)) or [para("–", st.muted)])
    columns = Table([[goals, pains]], colWidths=["50%", "50%"])
    columns.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (0, 0), 14)]))
    body += [columns, Spacer(1, 10), para(tr("channels", lang), st.h3), Spacer(1, 4),
             ChannelChips([channel(c) for c in persona.channels], lang, forms), Spacer(1, 14),
             para(tr("path", lang), st.h3), Spacer(1, 5)]
    if path:
        body += [PathColumns(data, persona, path, lang), Spacer(1, 14), para(tr("curve", lang), st.h3),
                 Spacer(1, 4), PersonaCurve(data, persona, path)]
    else:
        body.append(para(tr("no_path", lang), st.muted))
    return [Bookmark(persona.name, key, level=1), KeepInFrame(frame[0], frame[1], body, mode="shrink")]


def _short(items: tuple[str, ...]) -> list[str]:
    """At most ten items of at most 300 characters: a persona page has room for a short list."""
    shown = [clip(item, 300) for item in items if item.strip()]
    return shown[:10] + ([f"+ {len(shown) - 10}"] if len(shown) > 10 else [])


class PersonaHeader(Flowable):
    """The persona's initials in a circle of their colour, their name, role, segment and industry."""

    def __init__(self, persona: Persona, lang: str) -> None:
        super().__init__()
        self.persona, self.lang = persona, lang

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 58

    def draw(self) -> None:
        c, p = self.canv, self.persona
        c.setFillColor(colour(p.colour))
        c.circle(27, 29, 27, stroke=0, fill=1)
        initials = p.initials or "".join(w[0] for w in p.name.replace(".", " ").split()[-2:]).upper()
        c.setFillColor(shapes.WHITE)
        c.setFont(SANS_BOLD, 17)
        c.drawCentredString(27, 23, initials[:3])
        room = self.width - 72
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS_BOLD, 8.5)
        c.drawString(70, 47, tr("persona", self.lang).upper())
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS_BOLD, 16)
        c.drawString(70, 28, ellipsize(p.name[:300], SANS_BOLD, 16, room))
        line = " · ".join(x for x in (p.role[:300], tr(p.segment, self.lang), p.industry[:300]) if x)
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, 10)
        c.drawString(70, 11, ellipsize(line, SANS, 10, room))


class ChannelChips(Flowable):
    """The preferred channels as chips with their catalogue icon and name, flowing in rows."""

    H = 22.0

    def __init__(self, channels: list[tuple[str, str]], lang: str, forms: Callable[[object], IconForms]) -> None:
        super().__init__()
        self.channels, self.lang, self.forms = channels, lang, forms

    def _layout(self, room: float) -> list[tuple[float, float, float, str, str]]:
        placed, x, y = [], 0.0, 0.0
        for name, icon in self.channels:
            label = ellipsize(name, SANS, 9, room - 40)
            w = width(label, SANS, 9) + 38
            if x and x + w > room:
                x, y = 0.0, y + self.H + 6
            placed.append((x, y, w, label, icon))
            x += w + 6
        return placed

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        placed = self._layout(avail_width)
        self.height = (placed[-1][1] + self.H) if placed else 14
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        if not self.channels:
            c.setFont(SANS, 9.5)
            c.setFillColor(colour(t.MUTED))
            c.drawString(0, 3, "–")
            return
        icons = self.forms(c)
        for x, y, w, label, icon in self._layout(self.width):
            base = self.height - y - self.H
            c.setFillColor(shapes.WHITE)
            c.setStrokeColor(colour(t.CARD_BORDER))
            c.setLineWidth(0.7)
            c.roundRect(x, base, w, self.H, self.H / 2, stroke=1, fill=1)
            icons.draw(icon, x + 8, base + 4, 14)
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS, 9)
            c.drawString(x + 28, base + 7.5, label)


class PathColumns(Flowable):
    """The persona's touchpoints as numbered chips in their phase columns."""

    def __init__(self, data: ProjectData, persona: Persona, path: list[Touchpoint], lang: str) -> None:
        super().__init__()
        self.data, self.persona, self.path, self.lang = data, persona, path, lang
        ids = data.phase_model.ids()
        self.by_phase = {pid: [(n, tp) for n, tp in enumerate(path, 1) if tp.phase == pid] for pid in ids}
        self.rows = min(MAX_CHIPS, max(len(v) for v in self.by_phase.values()))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        more = any(len(v) > MAX_CHIPS for v in self.by_phase.values())
        self.height = 22 + self.rows * (CHIP_H + CHIP_GAP) + (12 if more else 0)
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        phases = self.data.phase_model.phases
        cw = self.width / len(phases)
        top = self.height
        for i, phase in enumerate(phases):
            x = i * cw
            lane = t.phase_colour(phase.id, i)
            c.setFillColor(colour(lane))
            c.rect(x + 2, top - 3, cw - 4, 3, stroke=0, fill=1)
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS_BOLD, 7.5)
            c.drawString(x + 3, top - 14, ellipsize(phase.name.get(self.lang) or phase.id, SANS_BOLD, 7.5, cw - 6))
            chips = self.by_phase[phase.id]
            for row, (n, tp) in enumerate(chips[:MAX_CHIPS]):
                self._chip(x + 2, top - 22 - (row + 1) * CHIP_H - row * CHIP_GAP, cw - 4, n, tp, lane)
            if len(chips) > MAX_CHIPS:
                c.setFillColor(colour(t.MUTED))
                c.setFont(SANS, 7)
                c.drawString(x + 4, 2, tr("more", self.lang, n=len(chips) - MAX_CHIPS))

    def _chip(self, x: float, y: float, w: float, n: int, tp: Touchpoint, lane: str) -> None:
        c = self.canv
        c.setFillColor(shapes.WHITE)
        c.setStrokeColor(colour(self.persona.colour))
        c.setLineWidth(0.9)
        c.roundRect(x, y, w, CHIP_H, 4, stroke=1, fill=1)
        c.setFillColor(colour(self.persona.colour))
        c.circle(x + 9, y + CHIP_H - 9, 6, stroke=0, fill=1)
        c.setFillColor(shapes.WHITE)
        c.setFont(SANS_BOLD, 6.5 if n < 100 else 5)
        c.drawCentredString(x + 9, y + CHIP_H - 11.3, str(n))
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS, 7)
        for k, line in enumerate(wrap(tp.label, SANS, 7, w - 21, 4)):
            c.drawString(x + 18, y + CHIP_H - 11.8 - k * 8.6, line)


class PersonaCurve(Flowable):
    """The persona's emotion along their path, in the persona's colour, with green/red tint around 0."""

    HEIGHT = 150.0
    LEFT = 24.0

    def __init__(self, data: ProjectData, persona: Persona, path: list[Touchpoint]) -> None:
        super().__init__()
        self.data, self.persona, self.path = data, persona, path

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.HEIGHT

    def _y(self, score: float) -> float:
        return 12 + (score + 2) / 4 * (self.HEIGHT - 24)

    def _points(self) -> list[tuple[float, float, int, int]]:
        phases = self.data.phase_model.ids()
        cw = self.width / len(phases)
        points = []
        for i, pid in enumerate(phases):
            group = [(n, tp) for n, tp in enumerate(self.path, 1) if tp.phase == pid]
            scored = [(n, self.persona.emotion_at(tp)) for n, tp in group]
            scored = [(n, s) for n, s in scored if s is not None]
            for k, (n, score) in enumerate(scored):
                x = i * cw + cw * (k + 1) / (len(scored) + 1)
                points.append((max(self.LEFT + 6, x), self._y(score), score, n))
        return points

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(colour("#F7F8FA"))
        c.rect(0, 0, self.width, self.HEIGHT, stroke=0, fill=1)
        for score in range(-2, 3):
            y = self._y(score)
            c.setStrokeColor(colour("#C3C9D1" if score == 0 else "#E1E4E8"))
            c.setLineWidth(1 if score == 0 else 0.6)
            c.line(self.LEFT, y, self.width, y)
            c.setFillColor(colour(t.MUTED))
            c.setFont(SANS, 7.5)
            c.drawRightString(self.LEFT - 6, y - 2.5, f"{score:+d}".replace("-", "−") if score else "0")
        points = self._points()
        if len(points) >= 2:
            xy = [(x, y) for x, y, _, _ in points]
            zero = self._y(0)
            for good, lo, hi in ((True, zero, self.HEIGHT), (False, 0.0, zero)):
                c.saveState()
                clip = c.beginPath()
                clip.rect(0, lo, self.width, hi - lo)
                c.clipPath(clip, stroke=0, fill=0)
                c.setFillColor(colour(t.mix(t.EMOTION_GOOD if good else t.EMOTION_BAD, t.CURVE_FILL_ALPHA,
                                            "#F7F8FA")))
                c.drawPath(self._path(xy, zero), stroke=0, fill=1)
                c.restoreState()
            c.setStrokeColor(colour(self.persona.colour))
            c.setLineWidth(2.2)
            c.setLineCap(1)
            c.drawPath(self._path(xy), stroke=1, fill=0)
        for x, y, score, n in points:
            shapes.face(c, x, y, 11, score)
            c.setFillColor(colour(t.MUTED))
            c.setFont(SANS_BOLD, 6.5)
            c.drawCentredString(x, y + (8 if score < 2 else -14), str(n))

    def _path(self, xy: list[tuple[float, float]], close_at: float | None = None):
        path = self.canv.beginPath()
        path.moveTo(*xy[0])
        for _, c1, c2, p1 in smooth_path(xy):
            path.curveTo(c1[0], c1[1], c2[0], c2[1], p1[0], p1[1])
        if close_at is not None:
            path.lineTo(xy[-1][0], close_at)
            path.lineTo(xy[0][0], close_at)
            path.close()
        return path
