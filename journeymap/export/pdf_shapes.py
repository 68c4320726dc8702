"""Small vector shapes shared by the map and the text pages: faces, arrowheads, badges, dots, hints.

All functions take PDF coordinates (points, y upward) and leave the canvas state as they found it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from journeymap.export.fonts import SANS_BOLD, width
from journeymap.layout import theme as t
from journeymap.model.values import Kpi


@cache
def colour(hex_colour: str) -> Color:
    """A reportlab colour for `#RRGGBB` (cached: the map asks for the same few colours thousands of times)."""
    return HexColor(hex_colour)


WHITE = colour("#FFFFFF")


def stamp(c: Canvas, name: str, bbox: tuple[float, float, float, float], draw: Callable[[Canvas], None],
          x: float, y: float, scale: float = 1.0) -> None:
    """Draw a shape that repeats (a face, a badge, a card's frame) as a PDF form: defined once, placed by name.

    `draw` paints the shape around the origin inside `bbox`; the form is placed at (x, y), scaled by `scale`.
    Forms keep big maps small and fast: a placement costs a few bytes instead of dozens of path operators.
    """
    if not c.hasForm(name):
        c.beginForm(name, *bbox)
        draw(c)
        c.endForm()
    c.saveState()
    c.translate(x, y)
    if scale != 1.0:
        c.scale(scale, scale)
    c.doForm(name)
    c.restoreState()


def face(c: Canvas, cx: float, cy: float, diameter: float, score: int | None) -> None:
    """An emotion face centred at (cx, cy): a circle in the emotion colour, white eyes and a mouth bent by the
    score (−2..+2). A touchpoint that is not assessed yet gets a hollow dashed circle without features."""
    name = f"jm_face_{'none' if score is None else score + 2}"
    stamp(c, name, (-9, -9, 9, 9), lambda cv: _face(cv, 0.0, 0.0, 16.0, score), cx, cy, diameter / 16.0)


def _face(c: Canvas, cx: float, cy: float, diameter: float, score: int | None) -> None:
    r = diameter / 2
    if score is None:
        c.saveState()
        c.setStrokeColor(colour(t.KPI_NEUTRAL))
        c.setLineWidth(max(0.5, r * 0.14))
        c.setDash([r * 0.35, r * 0.3])
        c.circle(cx, cy, r * 0.93, stroke=1, fill=0)
        c.restoreState()
        return
    c.saveState()
    c.setFillColor(colour(t.emotion_colour(score)))
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(WHITE)
    eye = r * 0.13
    for dx in (-0.34, 0.34):
        c.circle(cx + dx * r, cy + 0.2 * r, eye, stroke=0, fill=1)
    c.setStrokeColor(WHITE)
    c.setLineWidth(r * 0.15)
    c.setLineCap(1)
    half = r * (0.46 if abs(score) == 2 else 0.4)
    mouth_y = cy - r * (0.36 if score >= 0 else 0.5)
    bend = r * 0.3 * score  # positive: the middle of the mouth sinks (a smile)
    path = c.beginPath()
    path.moveTo(cx - half, mouth_y)
    path.curveTo(cx - half / 2, mouth_y - bend, cx + half / 2, mouth_y - bend, cx + half, mouth_y)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def arrowhead(c: Canvas, tip: tuple[float, float], towards: tuple[float, float], size: float, fill: str) -> None:
    """A filled triangular arrowhead with its tip at `tip`, pointing away from `towards`."""
    angle = math.atan2(tip[1] - towards[1], tip[0] - towards[0])
    back = (tip[0] - size * math.cos(angle), tip[1] - size * math.sin(angle))
    half = size * 0.45
    nx, ny = -math.sin(angle) * half, math.cos(angle) * half
    path = c.beginPath()
    path.moveTo(*tip)
    path.lineTo(back[0] + nx, back[1] + ny)
    path.lineTo(back[0] - nx, back[1] - ny)
    path.close()
    c.saveState()
    c.setFillColor(colour(fill))
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def kpi_state(kpis: tuple[Kpi, ...]) -> str:
    """`missed` when any KPI misses its target, `met` when all have both values and meet them, else `open`."""
    states = [k.status() for k in kpis]
    if "missed" in states:
        return "missed"
    return "met" if states and all(s == "met" for s in states) else "open"


KPI_COLOURS = {"met": t.KPI_OK, "missed": t.KPI_MISSED, "open": t.KPI_NEUTRAL}
KPI_MARKS = {"met": "✓", "missed": "!", "open": ""}


def kpi_badge_width(count: int, state: str, height: float) -> float:
    return width(_badge_text(count, state), SANS_BOLD, height * 0.62) + height * 0.9


def kpi_badge(c: Canvas, x: float, y: float, height: float, count: int, state: str) -> float:
    """A rounded badge "2 KPI ✓" at (x, y) = lower-left, coloured by `state`; returns its width."""
    w = kpi_badge_width(count, state, 14.0)
    stamp(c, f"jm_kpi_{count}_{state}", (-1, -1, w + 1, 15), lambda cv: _kpi_badge(cv, count, state), x, y,
          height / 14.0)
    return w * height / 14.0


def _kpi_badge(c: Canvas, count: int, state: str) -> None:
    x, y, height = 0.0, 0.0, 14.0
    text = _badge_text(count, state)
    size = height * 0.62
    w = width(text, SANS_BOLD, size) + height * 0.9
    c.saveState()
    c.setFillColor(colour(KPI_COLOURS[state]))
    c.roundRect(x, y, w, height, height / 2, stroke=0, fill=1)
    c.setFillColor(WHITE)
    c.setFont(SANS_BOLD, size)
    c.drawCentredString(x + w / 2, y + height * 0.29, text)
    c.restoreState()


def _badge_text(count: int, state: str) -> str:
    mark = KPI_MARKS[state]
    return f"{count} KPI" + (f" {mark}" if mark else "")


def dot(c: Canvas, cx: float, cy: float, diameter: float, fill: str, ring: str | None = "#FFFFFF") -> None:
    """A filled dot (a persona marker) centred at (cx, cy), with a thin ring so neighbouring dots stay apart."""
    name = f"jm_dot_{fill.lstrip('#')}_{(ring or 'none').lstrip('#')}"
    stamp(c, name, (-6, -6, 6, 6), lambda cv: _dot(cv, 0.0, 0.0, 10.0, fill, ring), cx, cy, diameter / 10.0)


def _dot(c: Canvas, cx: float, cy: float, diameter: float, fill: str, ring: str | None) -> None:
    c.saveState()
    c.setFillColor(colour(fill))
    if ring:
        c.setStrokeColor(colour(ring))
        c.setLineWidth(diameter * 0.12)
    c.circle(cx, cy, diameter / 2, stroke=1 if ring else 0, fill=1)
    c.restoreState()


def fit_hint(c: Canvas, x: float, y: float, size: float) -> None:
    """The phase-fit hint: a small hollow amber triangle with (x, y) its lower-left corner."""
    stamp(c, "jm_fit_hint", (-2, -2, 12, 11), lambda cv: _fit_hint(cv, 0.0, 0.0, 10.0), x, y, size / 10.0)


def _fit_hint(c: Canvas, x: float, y: float, size: float) -> None:
    path = c.beginPath()
    path.moveTo(x, y)
    path.lineTo(x + size, y)
    path.lineTo(x + size / 2, y + size * 0.88)
    path.close()
    c.saveState()
    c.setStrokeColor(colour(t.HINT_AMBER))
    c.setLineWidth(max(0.6, size * 0.14))
    c.setLineJoin(1)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def severity_mark(c: Canvas, cx: float, cy: float, size: float, severity: str) -> None:
    """A shape per severity so colour is not the only cue: ◆ critical, ▲ warning, ● note."""
    fill = {"error": t.EMOTION_BAD, "warning": t.KPI_MISSED}.get(severity, t.MUTED)
    r = size / 2
    path = c.beginPath()
    if severity == "error":
        path.moveTo(cx, cy + r)
        path.lineTo(cx + r, cy)
        path.lineTo(cx, cy - r)
        path.lineTo(cx - r, cy)
    elif severity == "warning":
        path.moveTo(cx - r, cy - r * 0.8)
        path.lineTo(cx + r, cy - r * 0.8)
        path.lineTo(cx, cy + r * 0.95)
    else:
        path.circle(cx, cy, r * 0.8)
    path.close()
    c.saveState()
    c.setFillColor(colour(fill))
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def link_sample(c: Canvas, x: float, y: float, length: float, kind: str) -> None:
    """A short link line with arrowhead for legends, styled like the map's links."""
    c.saveState()
    c.setStrokeColor(colour(t.LINK_COLOUR))
    c.setLineWidth(t.LINK_WIDTH * 0.8)
    dash = {"alternative": t.DASH_ALTERNATIVE, "loop_back": t.DASH_LOOP_BACK}.get(kind)
    if dash:
        c.setDash(list(dash))
    if kind == "loop_back":
        c.setLineCap(1)
    c.line(x, y, x + length - 4, y)
    c.restoreState()
    arrowhead(c, (x + length, y), (x, y), 5.5, t.LINK_COLOUR)
