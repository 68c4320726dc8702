"""Curves as straight lines for Qt's fast line rasteriser: a route flattened within `FLATNESS` device px of its
cubics (`flatten`), and the dashes of a pattern along it (`dashed`)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF

from journeymap.layout.geometry import Cubic

FLATNESS = 0.5  # device px: how far the straight segments a solid line is drawn with may stray from its curve


def flatten(route: Sequence[Sequence[tuple[float, float]]], scale: float) -> list[QLineF]:
    """`route` as straight segments within `FLATNESS` device px of its curves at `scale`: each cubic is halved until
    it is that flat (`_subdivide`), so a long gentle curve gets few segments and a tight bend many. Straight pieces
    in a row become one segment (flat-capped segments then meet edge to edge: no pixel is drawn twice on a straight
    run)."""
    points: list[tuple[float, float]] = [route[0][0]] if route else []
    tolerance = FLATNESS / scale
    for curve in route:
        _subdivide(curve, tolerance * tolerance, points)
    lines: list[QLineF] = []
    start = previous = points[0] if points else (0.0, 0.0)
    for point in points[1:]:
        if point == previous:
            continue
        if previous != start and _straight_on(start, previous, point):
            previous = point
            continue
        if previous != start:
            lines.append(QLineF(start[0], start[1], previous[0], previous[1]))
            start = previous
        previous = point
    if previous != start:
        lines.append(QLineF(start[0], start[1], previous[0], previous[1]))
    return lines


def _subdivide(curve: Sequence[tuple[float, float]], tolerance2: float, out: list[tuple[float, float]]) -> None:
    """Append the points (after the first) of `curve` flattened: halved (de Casteljau, at most 10 times) until flat.
    Flat: both control points lie beside the chord, within 4/3 · √`tolerance2` of it; the curve's distance from the
    chord is then at most ¾ of theirs (the weights of the control points add up to at most ¾)."""
    stack = [(*curve[0], *curve[1], *curve[2], *curve[3], 0)]
    pop, push, append = stack.pop, stack.append, out.append
    while stack:
        x0, y0, x1, y1, x2, y2, x3, y3, depth = pop()
        dx, dy = x3 - x0, y3 - y0
        length2 = dx * dx + dy * dy
        if depth >= 10:
            flat = True
        elif length2 > 1e-18:
            along1, along2 = (x1 - x0) * dx + (y1 - y0) * dy, (x2 - x0) * dx + (y2 - y0) * dy
            across1, across2 = (x1 - x0) * dy - (y1 - y0) * dx, (x2 - x0) * dy - (y2 - y0) * dx
            limit = 1.7778 * tolerance2 * length2  # (4/3)² · tolerance² · chord² against cross products squared
            flat = 0.0 <= along1 <= length2 and 0.0 <= along2 <= length2 and across1 * across1 <= limit \
                and across2 * across2 <= limit
        else:
            flat = (x1 - x0) ** 2 + (y1 - y0) ** 2 <= tolerance2 and (x2 - x0) ** 2 + (y2 - y0) ** 2 <= tolerance2
        if flat:
            append((x3, y3))
            continue
        ax, ay, bx, by = (x0 + x1) / 2, (y0 + y1) / 2, (x1 + x2) / 2, (y1 + y2) / 2
        cx, cy = (x2 + x3) / 2, (y2 + y3) / 2
        dx, dy, ex, ey = (ax + bx) / 2, (ay + by) / 2, (bx + cx) / 2, (by + cy) / 2
        mx, my = (dx + ex) / 2, (dy + ey) / 2
        push((mx, my, ex, ey, cx, cy, x3, y3, depth + 1))  # the second half, taken after
        push((x0, y0, ax, ay, dx, dy, mx, my, depth + 1))  # the first


def _straight_on(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> bool:
    """Does c continue the straight line from a through b (same direction)?"""
    abx, aby, bcx, bcy = b[0] - a[0], b[1] - a[1], c[0] - b[0], c[1] - b[1]
    return abs(abx * bcy - aby * bcx) <= 1e-9 * (abs(abx) + abs(aby)) * (abs(bcx) + abs(bcy)) and \
        abx * bcx + aby * bcy > 0


def dashed(pieces: Sequence[tuple[float, Cubic]], pattern: Sequence[float], scale: float) -> list[QLineF]:
    """The dashes of `pattern` (on, off, … in px) along each cubic of `pieces`, flattened for `scale`, as straight
    lines; each piece is dashed on from its distance `before` along the route, so the pattern carries on."""
    period = sum(pattern)
    out: list[QLineF] = []
    for before, piece in pieces:
        phase = before % period
        for line in flatten([piece], scale):
            x0, y0, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
            length = math.hypot(dx, dy)
            done = 0.0
            while done < length:
                index, left = 0, phase
                while left >= pattern[index]:
                    left -= pattern[index]
                    index = (index + 1) % len(pattern)
                step = min(pattern[index] - left, length - done)
                if index % 2 == 0:
                    a, b = done / length, (done + step) / length
                    out.append(QLineF(x0 + a * dx, y0 + a * dy, x0 + b * dx, y0 + b * dy))
                done += step
                phase = (phase + step) % period
    return out
