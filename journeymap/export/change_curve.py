"""The emotion of two versions of a journey, phase by phase: the as-is curve muted and dashed, the to-be curve in
the curve colour with faces, and an arrow per phase from as-is to to-be (green up, red down)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize
from journeymap.export.fonts import wrap as wrap_text
from journeymap.export.texts import number, signed
from journeymap.layout import theme as t
from journeymap.layout.geometry import smooth_path
from journeymap.model.data import ProjectData

colour = shapes.colour
AS_IS = "#9AA1AB"
BAND = "#F7F8FA"


@dataclass(frozen=True)
class PhaseMood:
    """One column: the phase, its colour, and the mean emotion and number of assessed touchpoints per version."""

    phase: str
    name: str
    fill: str
    before: tuple[float, int] | None
    after: tuple[float, int] | None


def phase_moods(old: ProjectData, new: ProjectData, lang: str) -> list[PhaseMood]:
    """The phases of both versions in to-be order (a phase only the as-is version has after its predecessor there),
    each with the mean emotion of its assessed touchpoints in either version."""
    order = list(new.phase_model.ids())
    for i, pid in enumerate(old.phase_model.ids()):
        if pid not in order:
            before = old.phase_model.ids()[:i]
            at = max((order.index(p) + 1 for p in before if p in order), default=0)
            order.insert(at, pid)
    names = {p.id: p.name.get(lang) or p.id for p in (*old.phase_model.phases, *new.phase_model.phases)}
    return [PhaseMood(pid, names[pid], t.phase_colour(pid, i), _mean(old, pid), _mean(new, pid))
            for i, pid in enumerate(order)]


def _mean(data: ProjectData, phase: str) -> tuple[float, int] | None:
    scores = [tp.emotion for tp in data.touchpoints if tp.phase == phase and tp.emotion is not None]
    return (sum(scores) / len(scores), len(scores)) if scores else None


class ChangeCurve(Flowable):
    """The two curves over the phases (see the module), with the −2..+2 scale and the phase names below."""

    HEIGHT = 250.0
    LEFT = 26.0
    NAMES = 30.0  # room for the phase names below the band

    def __init__(self, moods: list[PhaseMood], lang: str, labels: tuple[str, str]) -> None:
        super().__init__()
        self.moods, self.lang, self.labels = moods, lang, labels

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.HEIGHT

    def _y(self, score: float) -> float:
        return self.NAMES + 14 + (score + 2) / 4 * (self.HEIGHT - self.NAMES - 40)

    def draw(self) -> None:
        c = self.canv
        n = max(1, len(self.moods))
        cw = (self.width - self.LEFT) / n
        top = self.HEIGHT - 12
        for i, mood in enumerate(self.moods):
            x = self.LEFT + i * cw
            c.setFillColor(colour(t.mix(mood.fill, t.LANE_TINT, BAND) if i % 2 else BAND))
            c.rect(x, self.NAMES, cw, top - self.NAMES, stroke=0, fill=1)
            c.setFillColor(colour(mood.fill))
            c.rect(x, top - 3, cw, 3, stroke=0, fill=1)
            c.setFillColor(colour(t.TEXT))
            size = 8.0 if cw > 70 else 7.0
            for k, line in enumerate(wrap_text(mood.name, SANS_BOLD, size, cw - 6, 2, lang=self.lang)):
                c.setFont(SANS_BOLD, size)
                c.drawCentredString(x + cw / 2, self.NAMES - 11 - k * (size + 1.5), line)
        for score in range(-2, 3):
            y = self._y(score)
            c.setStrokeColor(colour("#C3C9D1" if score == 0 else "#E1E4E8"))
            c.setLineWidth(1 if score == 0 else 0.6)
            c.line(self.LEFT, y, self.width, y)
            c.setFillColor(colour(t.MUTED))
            c.setFont(SANS, 7.5)
            c.drawRightString(self.LEFT - 6, y - 2.5, f"{score:+d}".replace("-", "−") if score else "0")
        centres = [self.LEFT + (i + 0.5) * cw for i in range(n)]
        before = [(x, self._y(m.before[0])) for x, m in zip(centres, self.moods, strict=True) if m.before]
        after = [(x, self._y(m.after[0])) for x, m in zip(centres, self.moods, strict=True) if m.after]
        self._line(c, before, AS_IS, 1.6, dashed=True)
        self._line(c, after, t.CURVE_COLOUR, 2.2)
        for x, mood in zip(centres, self.moods, strict=True):
            self._phase(c, x, mood, cw)
        self._legend(c, top)

    def _line(self, c: Canvas, points: list[tuple[float, float]], stroke: str, width: float,
              dashed: bool = False) -> None:
        if len(points) < 2:
            return
        c.saveState()
        c.setStrokeColor(colour(stroke))
        c.setLineWidth(width)
        c.setLineCap(1)
        if dashed:
            c.setDash(list(t.DASH_ALTERNATIVE))
        path = c.beginPath()
        path.moveTo(*points[0])
        for _, c1, c2, p1 in smooth_path(points):
            path.curveTo(c1[0], c1[1], c2[0], c2[1], p1[0], p1[1])
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def _phase(self, c: Canvas, x: float, mood: PhaseMood, cw: float) -> None:
        """The as-is point, the arrow to the to-be face, and both means as numbers."""
        if mood.before and mood.after:
            y0, y1 = self._y(mood.before[0]), self._y(mood.after[0])
            if abs(y1 - y0) >= 7:  # beside the points, from as-is to to-be
                tint = t.EMOTION_GOOD if y1 > y0 else t.EMOTION_BAD
                c.saveState()
                c.setStrokeColor(colour(tint))
                c.setLineWidth(1.4)
                tip = y1 - 2.5 if y1 > y0 else y1 + 2.5
                c.line(x + 13, y0, x + 13, tip)
                shapes.arrowhead(c, (x + 13, y1), (x + 13, y0), 6, tint)
                c.restoreState()
        if mood.before:
            c.saveState()
            c.setStrokeColor(colour(AS_IS))
            c.setFillColor(shapes.WHITE)
            c.setLineWidth(1.4)
            c.circle(x, self._y(mood.before[0]), 4.2, stroke=1, fill=1)
            c.restoreState()
        if mood.after:
            shapes.face(c, x, self._y(mood.after[0]), 14, max(-2, min(2, round(mood.after[0]))))
        text = " → ".join(signed(m[0], self.lang) if m else "–" for m in (mood.before, mood.after))
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS, 7.5)
        c.drawCentredString(x, self.NAMES + 3, ellipsize(text, SANS, 7.5, cw - 4))

    def _legend(self, c: Canvas, top: float) -> None:
        x = self.width - 4
        c.setFont(SANS, 7.5)
        for label, stroke, dashed in ((self.labels[1], t.CURVE_COLOUR, False), (self.labels[0], AS_IS, True)):
            w = c.stringWidth(label, SANS, 7.5)
            c.setFillColor(colour(t.MUTED))
            c.drawRightString(x, top + 2, label)
            c.saveState()
            c.setStrokeColor(colour(stroke))
            c.setLineWidth(2 if not dashed else 1.6)
            if dashed:
                c.setDash(list(t.DASH_ALTERNATIVE))
            c.line(x - w - 22, top + 4.5, x - w - 4, top + 4.5)
            c.restoreState()
            x -= w + 34


def mean_text(mood: tuple[float, int] | None, lang: str) -> str:
    """`+0,5 (n = 3)` or `–`."""
    return "–" if mood is None else f"{signed(mood[0], lang)}\u00a0(n\u00a0=\u00a0{number(mood[1], lang, 0)})"
