"""Our line icons (SVG) drawn with reportlab: a small converter for exactly the subset the icons use.

Supported: `path` (M L H V C S Q T A Z, absolute and relative), `line`, `polyline`, `polygon`, `circle`, `ellipse`,
`rect` (with `rx`/`ry`) and `g`, with the presentation attributes `stroke`, `stroke-width`, `stroke-opacity`,
`stroke-dasharray`, `stroke-linecap`, `stroke-linejoin`, `fill`, `fill-opacity` and `opacity`, inherited from the
root and groups. Each icon becomes one PDF form XObject, defined once per document and reused by every card.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from journeymap.locate import resource_path

Point = tuple[float, float]
# one path segment: ("M", (x, y)) | ("L", (x, y)) | ("C", (c1, c2, end)) | ("Z", ())
Segment = tuple[str, tuple[Any, ...]]
FALLBACK_ICON = "custom.svg"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_COMMAND = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_INHERITED = ("stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
              "fill", "fill-opacity", "opacity")


@dataclass(frozen=True)
class Shape:
    """One outline with its paint: segments in SVG coordinates (y downward)."""

    segments: tuple[Segment, ...]
    stroke: str | None = "#000000"
    fill: str | None = None
    width: float = 1.0
    stroke_opacity: float = 1.0
    fill_opacity: float = 1.0
    dash: tuple[float, ...] = ()
    cap: int = 0  # 0 butt, 1 round, 2 square
    join: int = 0  # 0 miter, 1 round, 2 bevel


@dataclass(frozen=True)
class Icon:
    """A parsed icon: its view box and shapes."""

    view_box: tuple[float, float, float, float]
    shapes: tuple[Shape, ...] = field(default_factory=tuple)


@lru_cache(maxsize=256)
def load_icon(name: str) -> Icon:
    """The icon `name` (e.g. `sem.svg`) from the bundled icons; the neutral `custom.svg` when it is missing."""
    path = resource_path("icons", name)
    if not path.is_file():
        path = resource_path("icons", FALLBACK_ICON)
    return parse_svg(path.read_text("utf-8"))


def parse_svg(text: str | bytes) -> Icon:
    """Parse an SVG document of the supported subset; unknown elements are skipped."""
    root = ET.fromstring(text)
    box = [float(v) for v in _NUMBER.findall(root.get("viewBox", ""))]
    if len(box) != 4:
        box = [0.0, 0.0, _length(root.get("width"), 24.0), _length(root.get("height"), 24.0)]
    shapes: list[Shape] = []
    _walk(root, _style({}, root), shapes)
    return Icon((box[0], box[1], box[2], box[3]), tuple(shapes))


def _walk(node: ET.Element, style: dict[str, str], out: list[Shape]) -> None:
    for child in node:
        tag = child.tag.rsplit("}", 1)[-1]
        child_style = _style(style, child)
        if tag == "g":
            _walk(child, child_style, out)
            continue
        segments = _segments(tag, child)
        if segments:
            out.append(_shape(segments, child_style))


def _style(parent: dict[str, str], node: ET.Element) -> dict[str, str]:
    style = dict(parent)
    style.update({k: value for k in _INHERITED if (value := node.get(k)) is not None})
    for item in (node.get("style") or "").split(";"):
        key, _, value = item.partition(":")
        if key.strip() in _INHERITED:
            style[key.strip()] = value.strip()
    return style


def _shape(segments: tuple[Segment, ...], style: dict[str, str]) -> Shape:
    opacity = _length(style.get("opacity"), 1.0)
    caps = {"butt": 0, "round": 1, "square": 2}
    joins = {"miter": 0, "round": 1, "bevel": 2}
    dash = style.get("stroke-dasharray", "none")
    return Shape(
        segments=segments,
        stroke=_colour(style.get("stroke", "none")),
        fill=_colour(style.get("fill", "#000000")),
        width=_length(style.get("stroke-width"), 1.0),
        stroke_opacity=opacity * _length(style.get("stroke-opacity"), 1.0),
        fill_opacity=opacity * _length(style.get("fill-opacity"), 1.0),
        dash=() if dash == "none" else tuple(float(v) for v in _NUMBER.findall(dash)),
        cap=caps.get(style.get("stroke-linecap", "butt"), 0),
        join=joins.get(style.get("stroke-linejoin", "miter"), 0),
    )


def _colour(value: str) -> str | None:
    value = value.strip()
    if value in ("none", "transparent", ""):
        return None
    if value == "currentColor":
        return "#2E3A48"
    if re.fullmatch(r"#[0-9A-Fa-f]{3}", value):
        return "#" + "".join(c * 2 for c in value[1:])
    return value if re.fullmatch(r"#[0-9A-Fa-f]{6}", value) else "#000000"


def _length(value: str | None, default: float) -> float:
    match = _NUMBER.match(value.strip()) if value else None
    return float(match.group()) if match else default


def _num(node: ET.Element, name: str) -> float:
    return _length(node.get(name), 0.0)


def _segments(tag: str, node: ET.Element) -> tuple[Segment, ...]:
    if tag == "path":
        return parse_path(node.get("d", ""))
    if tag == "line":
        return (("M", (_num(node, "x1"), _num(node, "y1"))), ("L", (_num(node, "x2"), _num(node, "y2"))))
    if tag in ("polyline", "polygon"):
        values = [float(v) for v in _NUMBER.findall(node.get("points", ""))]
        points = list(zip(values[0::2], values[1::2], strict=False))
        if not points:
            return ()
        segs: list[Segment] = [("M", points[0])] + [("L", p) for p in points[1:]]
        return tuple([*segs, ("Z", ())]) if tag == "polygon" else tuple(segs)
    if tag in ("circle", "ellipse"):
        r = _num(node, "r")
        rx, ry = (r, r) if tag == "circle" else (_num(node, "rx"), _num(node, "ry"))
        return _ellipse(_num(node, "cx"), _num(node, "cy"), rx, ry)
    if tag == "rect":
        return _rect(node)
    return ()


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> tuple[Segment, ...]:
    if rx <= 0 or ry <= 0:
        return ()
    start = (cx + rx, cy)
    segs: list[Segment] = [("M", start)]
    segs += _arc(start, rx, ry, 0.0, False, True, (cx - rx, cy))
    segs += _arc((cx - rx, cy), rx, ry, 0.0, False, True, start)
    return tuple([*segs, ("Z", ())])


def _rect(node: ET.Element) -> tuple[Segment, ...]:
    x, y, w, h = _num(node, "x"), _num(node, "y"), _num(node, "width"), _num(node, "height")
    if w <= 0 or h <= 0:
        return ()
    rx = node.get("rx") or node.get("ry")
    ry = node.get("ry") or node.get("rx")
    rx_v, ry_v = min(_length(rx, 0.0), w / 2), min(_length(ry, 0.0), h / 2)
    if rx_v <= 0 or ry_v <= 0:
        return (("M", (x, y)), ("L", (x + w, y)), ("L", (x + w, y + h)), ("L", (x, y + h)), ("Z", ()))
    d = (f"M{x + rx_v} {y} H{x + w - rx_v} A{rx_v} {ry_v} 0 0 1 {x + w} {y + ry_v} V{y + h - ry_v} "
         f"A{rx_v} {ry_v} 0 0 1 {x + w - rx_v} {y + h} H{x + rx_v} A{rx_v} {ry_v} 0 0 1 {x} {y + h - ry_v} "
         f"V{y + ry_v} A{rx_v} {ry_v} 0 0 1 {x + rx_v} {y} Z")
    return parse_path(d)


def parse_path(d: str) -> tuple[Segment, ...]:
    """SVG path data as absolute M/L/C/Z segments (arcs and quadratics become cubic curves)."""
    tokens = _COMMAND.findall(d)
    segs: list[Segment] = []
    i, cmd = 0, ""
    cur = start = (0.0, 0.0)
    last_ctrl: Point | None = None  # for S/T reflection
    last_cmd = ""

    def take(n: int) -> list[float]:
        nonlocal i
        chunk = tokens[i:i + n]
        if len(chunk) < n or any(v.isalpha() for v in chunk):
            raise ValueError(f"bad path data near {' '.join(chunk)!r}")
        i += n
        return [float(v) for v in chunk]

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                segs.append(("Z", ()))
                cur, last_ctrl, last_cmd = start, None, "Z"
                continue
        elif not cmd:
            raise ValueError("path data must start with a command")
        rel = cmd.islower()
        op = cmd.upper()
        ox, oy = cur if rel else (0.0, 0.0)
        if op == "M":
            x, y = take(2)
            cur = start = (ox + x, oy + y)
            segs.append(("M", cur))
            cmd = "l" if rel else "L"  # further pairs are line-tos
            last_ctrl = None
        elif op in "LHV":
            if op == "L":
                x, y = take(2)
                cur = (ox + x, oy + y)
            elif op == "H":
                cur = (ox + take(1)[0], cur[1])
            else:
                cur = (cur[0], oy + take(1)[0])
            segs.append(("L", cur))
            last_ctrl = None
        elif op in "CS":
            if op == "C":
                x1, y1, x2, y2, x, y = take(6)
                c1 = (ox + x1, oy + y1)
            else:
                x2, y2, x, y = take(4)
                c1 = _reflect(cur, last_ctrl if last_cmd in "CS" else None)
            c2, end = (ox + x2, oy + y2), (ox + x, oy + y)
            segs.append(("C", (c1, c2, end)))
            cur, last_ctrl = end, c2
        elif op in "QT":
            if op == "Q":
                qx, qy, x, y = take(4)
                q = (ox + qx, oy + qy)
            else:
                x, y = take(2)
                q = _reflect(cur, last_ctrl if last_cmd in "QT" else None)
            end = (ox + x, oy + y)
            c1 = (cur[0] + 2 / 3 * (q[0] - cur[0]), cur[1] + 2 / 3 * (q[1] - cur[1]))
            c2 = (end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]))
            segs.append(("C", (c1, c2, end)))
            cur, last_ctrl = end, q
        elif op == "A":
            rx, ry, angle, large, sweep, x, y = take(7)
            end = (ox + x, oy + y)
            segs += _arc(cur, rx, ry, angle, bool(large), bool(sweep), end)
            cur, last_ctrl = end, None
        last_cmd = op
    return tuple(segs)


def _reflect(cur: Point, ctrl: Point | None) -> Point:
    return cur if ctrl is None else (2 * cur[0] - ctrl[0], 2 * cur[1] - ctrl[1])


def _arc(p0: Point, rx: float, ry: float, angle: float, large: bool, sweep: bool, p1: Point) -> list[Segment]:
    """An SVG elliptical arc as cubic curves of at most 90° each (SVG 1.1 implementation notes F.6.5)."""
    if p0 == p1:
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [("L", p1)]
    phi = math.radians(angle % 360)
    cos_p, sin_p = math.cos(phi), math.sin(phi)
    dx, dy = (p0[0] - p1[0]) / 2, (p0[1] - p1[1]) / 2
    x1p, y1p = cos_p * dx + sin_p * dy, -sin_p * dx + cos_p * dy
    scale = x1p**2 / rx**2 + y1p**2 / ry**2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    num = rx**2 * ry**2 - rx**2 * y1p**2 - ry**2 * x1p**2
    den = rx**2 * y1p**2 + ry**2 * x1p**2
    coef = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        coef = -coef
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx = cos_p * cxp - sin_p * cyp + (p0[0] + p1[0]) / 2
    cy = sin_p * cxp + cos_p * cyp + (p0[1] + p1[1]) / 2
    theta1 = math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx)
    delta = math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx) - theta1
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    parts = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / parts
    k = 4 / 3 * math.tan(step / 4)
    segs: list[Segment] = []

    def point(t: float) -> Point:
        x, y = rx * math.cos(t), ry * math.sin(t)
        return (cx + cos_p * x - sin_p * y, cy + sin_p * x + cos_p * y)

    def deriv(t: float) -> Point:
        x, y = -rx * math.sin(t), ry * math.cos(t)
        return (cos_p * x - sin_p * y, sin_p * x + cos_p * y)

    t = theta1
    for n in range(parts):
        t2 = t + step
        a, b = point(t), point(t2)
        da, db = deriv(t), deriv(t2)
        c1 = (a[0] + k * da[0], a[1] + k * da[1])
        c2 = (b[0] - k * db[0], b[1] - k * db[1])
        segs.append(("C", (c1, c2, p1 if n == parts - 1 else b)))
        t = t2
    return segs


class IconForms:
    """Defines each icon once per PDF as a form XObject and draws it anywhere by name."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._names: dict[str, str] = {}

    def draw(self, name: str, x: float, y: float, size: float) -> None:
        """Draw the icon `name` with its lower-left corner at (x, y) (PDF coordinates), `size` points wide."""
        form = self._names.get(name) or self._define(name)
        icon = load_icon(name)
        c = self.canvas
        c.saveState()
        c.translate(x, y)
        c.scale(size / icon.view_box[2], size / icon.view_box[3])
        c.doForm(form)
        c.restoreState()

    def _define(self, name: str) -> str:
        form = "jm_icon_" + re.sub(r"[^A-Za-z0-9_]", "_", Path(name).stem)
        c = self.canvas
        if not c.hasForm(form):  # another painter on the same canvas may have defined it already
            icon = load_icon(name)
            vx, vy, vw, vh = icon.view_box
            c.beginForm(form, 0, 0, vw, vh)
            c.translate(-vx, vh + vy)
            c.scale(1, -1)  # SVG's y runs downward
            for shape in icon.shapes:
                draw_shape(c, shape)
            c.endForm()
        self._names[name] = form
        return form


def draw_shape(c: Canvas, shape: Shape) -> None:
    """Stroke and/or fill one shape in the current coordinate system."""
    if shape.stroke is None and shape.fill is None:
        return
    path = c.beginPath()
    for op, args in shape.segments:
        if op == "M":
            path.moveTo(*args)
        elif op == "L":
            path.lineTo(*args)
        elif op == "C":
            (x1, y1), (x2, y2), (x3, y3) = args
            path.curveTo(x1, y1, x2, y2, x3, y3)
        else:
            path.close()
    c.saveState()
    if shape.fill is not None:
        c.setFillColor(HexColor(shape.fill))
        if shape.fill_opacity < 1:
            c.setFillAlpha(shape.fill_opacity)
    if shape.stroke is not None:
        c.setStrokeColor(HexColor(shape.stroke))
        c.setLineWidth(shape.width)
        c.setLineCap(shape.cap)
        c.setLineJoin(shape.join)
        if shape.dash:
            c.setDash(list(shape.dash))
        if shape.stroke_opacity < 1:
            c.setStrokeAlpha(shape.stroke_opacity)
    c.drawPath(path, stroke=int(shape.stroke is not None), fill=int(shape.fill is not None))
    c.restoreState()


def icon_file_for(entry_icon: str | None) -> str:
    """The icon file to draw for a catalogue icon name (None: the neutral icon of one's own touchpoints)."""
    return entry_icon if entry_icon and Path(entry_icon).suffix == ".svg" else FALLBACK_ICON
