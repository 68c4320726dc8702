"""Small drawings the kit's sheets share: phase marks, caps labels, tick boxes, lines to write on, crop marks.

All functions take PDF coordinates (points, y upward) and leave the canvas state as they found it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from journeymap.export.fonts import SANS_BOLD, ellipsize, width
from journeymap.export.pdf_shapes import WHITE, colour
from journeymap.layout import theme as t

CAPS_SPACING = 0.06  # extra letter spacing of caps labels, in font sizes
LINE = "#C9CED6"  # lines to write on
CROP_LENGTH = 14.0  # crop marks: about 5 mm long
CROP_OFFSET = 4.0  # and kept this far from the cut corner
CROP_WIDTH = 0.4
GUIDE = "#B8BEC7"  # the dotted cut guides between cards


def caps_width(text: str, size: float) -> float:
    """The width of a caps label (see `caps`)."""
    text = text.upper()
    return width(text, SANS_BOLD, size) + CAPS_SPACING * size * max(0, len(text) - 1)


def caps(c: Canvas, x: float, y: float, text: str, size: float, fill: str = t.MUTED, room: float | None = None,
         right: bool = False) -> float:
    """A small label in bold capitals with a little letter spacing, baseline at `y`; returns its width."""
    text = text.upper()
    if room is not None and caps_width(text, size) > room:
        text = ellipsize(text, SANS_BOLD, size, max(0.0, room - CAPS_SPACING * size * len(text)))
    w = caps_width(text, size)
    c.saveState()
    c.setFillColor(colour(fill))
    label = c.beginText(x - w if right else x, y)
    label.setFont(SANS_BOLD, size)
    label.setCharSpace(CAPS_SPACING * size)
    label.textOut(text)
    c.drawText(label)
    c.restoreState()
    return w


def light(fill: str) -> bool:
    """Is `fill` so light that white text on it would be hard to read (e.g. the yellow of a seventh phase)?"""
    r, g, b = (int(fill[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.7


def phase_mark(c: Canvas, x: float, y: float, w: float, h: float, number: int, fill: str, filled: bool) -> None:
    """A phase's mark: a rounded box with the phase number, filled in the lane colour (white number) when
    `filled`, else outlined in a light grey with a grey number. Shape and number carry the meaning too."""
    c.saveState()
    if filled:
        c.setFillColor(colour(fill))
        c.roundRect(x, y, w, h, h * 0.3, stroke=0, fill=1)
        c.setFillColor(colour(t.TEXT) if light(fill) else WHITE)
    else:
        c.setStrokeColor(colour(LINE))
        c.setLineWidth(0.8)
        c.setDash([1.6, 1.4])
        c.roundRect(x + 0.4, y + 0.4, w - 0.8, h - 0.8, h * 0.3, stroke=1, fill=0)
        c.setFillColor(colour(t.KPI_NEUTRAL))
    size = h * 0.66
    c.setFont(SANS_BOLD, size)
    c.drawCentredString(x + w / 2, y + (h - size * 0.72) / 2, str(number))
    c.restoreState()


def open_phase_mark(c: Canvas, x: float, y: float, w: float, h: float, number: int, fill: str) -> None:
    """A phase mark to tick by hand: outlined in the lane colour with the number in it."""
    c.saveState()
    c.setStrokeColor(colour(fill))
    c.setLineWidth(1.0)
    c.roundRect(x + 0.5, y + 0.5, w - 1, h - 1, h * 0.3, stroke=1, fill=0)
    c.setFillColor(colour(fill))
    size = h * 0.62
    c.setFont(SANS_BOLD, size)
    c.drawCentredString(x + w / 2, y + (h - size * 0.72) / 2, str(number))
    c.restoreState()


def tick_box(c: Canvas, x: float, y: float, size: float, ticked: bool = False) -> None:
    """A square to tick, lower-left corner at (x, y); `ticked` draws the tick."""
    c.saveState()
    c.setStrokeColor(colour(t.MUTED))
    c.setLineWidth(0.8)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if ticked:
        c.setStrokeColor(colour(t.TEXT))
        c.setLineWidth(size * 0.16)
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(x + size * 0.2, y + size * 0.52)
        path.lineTo(x + size * 0.42, y + size * 0.25)
        path.lineTo(x + size * 0.82, y + size * 0.8)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def write_lines(c: Canvas, x: float, top: float, w: float, count: int, spacing: float) -> None:
    """`count` light lines to write on, the first `spacing` below `top`."""
    c.saveState()
    c.setStrokeColor(colour(LINE))
    c.setLineWidth(0.6)
    for i in range(1, count + 1):
        c.line(x, top - i * spacing, x + w, top - i * spacing)
    c.restoreState()


def crop_marks(c: Canvas, xs: Sequence[float], ys: Sequence[float]) -> None:
    """Crop marks outside the grid of cut lines `xs` × `ys` (PDF points): at both ends of every cut line, so each
    piece keeps the marks of its remaining cuts; and faint dotted guides along the cuts inside the grid."""
    left, right, bottom, top = xs[0], xs[-1], ys[0], ys[-1]
    c.saveState()
    c.setStrokeColor(colour(t.TEXT))
    c.setLineWidth(CROP_WIDTH)
    for x in xs:
        c.line(x, top + CROP_OFFSET, x, top + CROP_OFFSET + CROP_LENGTH)
        c.line(x, bottom - CROP_OFFSET, x, bottom - CROP_OFFSET - CROP_LENGTH)
    for y in ys:
        c.line(left - CROP_OFFSET, y, left - CROP_OFFSET - CROP_LENGTH, y)
        c.line(right + CROP_OFFSET, y, right + CROP_OFFSET + CROP_LENGTH, y)
    c.setStrokeColor(colour(GUIDE))
    c.setLineWidth(0.5)
    c.setLineCap(1)
    c.setDash([0.1, 2.4])
    for x in xs[1:-1]:
        c.line(x, bottom, x, top)
    for y in ys[1:-1]:
        c.line(left, y, right, y)
    c.restoreState()
