"""Painting helpers for a card's bottom row: the KPI badge and the persona dots."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from journeymap.canvas.style import NO_BRUSH, NO_PEN, brush, fonts, pen
from journeymap.layout import theme as t
from journeymap.model import Touchpoint

KpiStatus = Literal["met", "missed", "open"]
BADGE_HEIGHT = 16.0
DOT = 8.0
DOT_GAP = 3.0
MAX_DOTS = 5
_BADGE_FILL = {"met": t.KPI_OK, "missed": t.KPI_MISSED, "open": "#EEF0F3"}
_BADGE_TEXT = {"met": "#FFFFFF", "missed": "#FFFFFF", "open": t.MUTED}
_MARK = 9.0  # room for the ✓ / ! mark drawn as vectors


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
    return Badge(text, status, width)


def draw_badge(painter: QPainter, badge: Badge, x: float, y: float) -> None:
    """Draw the badge with its top-left at (x, y): a rounded pill, a ✓ (all met) or ! (missed) mark, the count."""
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
    painter.drawText(QRectF(text_x, y, badge.width, BADGE_HEIGHT),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, badge.text)


def draw_persona_dots(painter: QPainter, colours: Sequence[str], right: float, cy: float) -> None:
    """One dot per persona, right-aligned to `right`; more than five show the first four and `+n`."""
    if not colours:
        return
    shown = list(colours) if len(colours) <= MAX_DOTS else list(colours[: MAX_DOTS - 1])
    x = right
    if len(shown) < len(colours):
        more = f"+{len(colours) - len(shown)}"
        painter.setFont(fonts().small)
        painter.setPen(pen(t.MUTED))
        width = fonts().badge_metrics.horizontalAdvance(more) + 2
        painter.drawText(QRectF(x - width, cy - 8, width, 16),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, more)
        x -= width + DOT_GAP
    painter.setPen(pen("#FFFFFF", 1.0))
    for c in reversed(shown):
        painter.setBrush(brush(c))
        painter.drawEllipse(QPointF(x - DOT / 2, cy), DOT / 2, DOT / 2)
        x -= DOT + DOT_GAP
