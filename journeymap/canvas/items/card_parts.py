"""Painting helpers for a card's bottom row: the KPI badge and the persona marks."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from journeymap.canvas.stamps import Scale, draw_stamped
from journeymap.canvas.style import NO_BRUSH, NO_PEN, brush, fonts, pen
from journeymap.layout import theme as t
from journeymap.model import Touchpoint

KpiStatus = Literal["met", "missed", "open"]
BADGE_HEIGHT = 16.0
DOT_GAP = 3.0
MAX_DOTS = 4
MARK_HEIGHT = 14.0
_BADGE_FILL = {"met": t.KPI_OK, "missed": t.KPI_MISSED, "open": "#EEF0F3"}
_BADGE_TEXT = {"met": "#FFFFFF", "missed": "#FFFFFF", "open": t.MUTED}
_MARK = 9.0  # room for the ✓ / ! mark drawn as vectors
# combined once: PySide makes a new Python enum for every `|` (a cost on every card painted)
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Badge:
    """What the KPI badge shows: the number of KPIs and whether they meet their targets."""

    text: str
    status: KpiStatus
    width: float


def kpi_badge(tp: Touchpoint) -> Badge | None:
    """The badge for a touchpoint, or None when it has no KPIs."""
    if not tp.kpis:
        return None
    states = [k.status() for k in tp.kpis]
    status: KpiStatus = "missed" if "missed" in states else "met" if all(s == "met" for s in states) else "open"
    text = f"KPI {len(tp.kpis)}"
    width = fonts().badge_metrics.horizontalAdvance(text) + 12 + (_MARK if status != "open" else 0)
    return Badge(text, status, math.ceil(width))  # whole px: its stamp is copied 1:1 at 100 %


def draw_badge(painter: QPainter, badge: Badge, x: float, y: float, scale: Scale | bool = True) -> None:
    """Draw the badge with its top-left at (x, y): a rounded pill, a ✓ (all met) or ! (missed) mark, the count.
    Painting pixels it is copied from a stamp (`canvas.stamps`; `scale` as there): its text is laid out once."""
    draw_stamped(painter, QRectF(x, y, badge.width, BADGE_HEIGHT), ("badge", badge), _badge_drawer(badge), scale)


@cache
def _badge_drawer(badge: Badge) -> Callable[[QPainter, QRectF], None]:
    return lambda painter, box: _draw_badge(painter, badge, box.x(), box.y())


def _draw_badge(painter: QPainter, badge: Badge, x: float, y: float) -> None:
    rect = QRectF(x, y, badge.width, BADGE_HEIGHT)
    painter.setPen(NO_PEN)
    painter.setBrush(brush(_BADGE_FILL[badge.status]))
    painter.drawRoundedRect(rect, 4, 4)
    ink = _BADGE_TEXT[badge.status]
    text_x = x + 6
    if badge.status != "open":
        painter.setPen(pen(ink, 1.6))
        painter.setBrush(NO_BRUSH)
        cx, cy = x + 9.5, y + BADGE_HEIGHT / 2
        if badge.status == "met":
            painter.drawPolyline([QPointF(cx - 3, cy), QPointF(cx - 1, cy + 2.5), QPointF(cx + 3, cy - 3)])
        else:
            painter.drawLine(QPointF(cx, cy - 4), QPointF(cx, cy + 1))
            painter.drawPoint(QPointF(cx, cy + 3.8))
        text_x += _MARK
    painter.setPen(pen(ink))
    painter.setFont(fonts().badge)
    painter.drawText(QRectF(text_x, y, badge.width, BADGE_HEIGHT), _LEFT_MIDDLE, badge.text)


class PersonaMark(NamedTuple):
    """A persona on a card: its colour and its initials (so it is never told by colour alone)."""

    colour: str
    initials: str


def ink_on(colour: str) -> str:
    """White or dark text, whichever reads better on `colour`."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return t.TEXT if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6 else "#FFFFFF"


def mark_width(mark: PersonaMark) -> float:
    """The pill's width in whole px (its stamp is copied 1:1 at 100 %)."""
    return max(MARK_HEIGHT, math.ceil(fonts().badge_metrics.horizontalAdvance(mark.initials) + 7))


def draw_persona_dots(painter: QPainter, marks: Sequence[PersonaMark], right: float, cy: float,
                      scale: Scale | bool = True) -> None:
    """One small pill per persona, right-aligned to `right`: its initials on its colour, as on its avatar and
    curve tag; more than `MAX_DOTS` show the first ones and `+n`."""
    if not marks:
        return
    shown = list(marks) if len(marks) <= MAX_DOTS else list(marks[: MAX_DOTS - 1])
    x = right
    if len(shown) < len(marks):
        more = f"+{len(marks) - len(shown)}"
        painter.setFont(fonts().small)
        painter.setPen(pen(t.MUTED))
        width = fonts().badge_metrics.horizontalAdvance(more) + 2
        painter.drawText(QRectF(x - width, cy - 8, width, 16), _RIGHT_MIDDLE, more)
        x -= width + DOT_GAP
    for mark in reversed(shown):
        width = mark_width(mark)
        draw_stamped(painter, QRectF(x - width, cy - MARK_HEIGHT / 2, width, MARK_HEIGHT), ("persona", mark),
                     _mark_drawer(mark), scale)
        x -= width + DOT_GAP


@cache
def _mark_drawer(mark: PersonaMark) -> Callable[[QPainter, QRectF], None]:
    """What draws a persona's pill with its initials into a box (copied from a stamp when painting pixels)."""
    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(pen("#FFFFFF", 1.0))
        painter.setBrush(brush(mark.colour))
        painter.drawRoundedRect(rect, MARK_HEIGHT / 2, MARK_HEIGHT / 2)
        painter.setFont(fonts().badge)
        painter.setPen(pen(ink_on(mark.colour)))
        painter.drawText(rect, _CENTRE, mark.initials)
    return draw
