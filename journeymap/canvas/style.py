"""Pens, brushes and fonts of the canvas, made once from `layout.theme` and shared (never built per paint)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPen

from journeymap.layout import theme as t


@cache
def colour(hex_colour: str, alpha: float = 1.0) -> QColor:
    """A QColor from `#RRGGBB` and an opacity 0..1."""
    c = QColor(hex_colour)
    c.setAlphaF(alpha)
    return c


@cache
def pen(hex_colour: str, width: float = 1.0, alpha: float = 1.0, dashes: tuple[float, ...] = (),
        cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap) -> QPen:
    """A pen; `width` 0 is cosmetic (1 device px at any zoom); `dashes` in px, converted to Qt's pen-width units."""
    p = QPen(colour(hex_colour, alpha), width)
    p.setCapStyle(cap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashes:
        unit = width or 1.0
        p.setDashPattern([d / unit for d in dashes])
    return p


@cache
def brush(hex_colour: str, alpha: float = 1.0) -> QBrush:
    return QBrush(colour(hex_colour, alpha))


NO_PEN = QPen(Qt.PenStyle.NoPen)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


@dataclass(frozen=True)
class Fonts:
    """The canvas fonts: the platform UI font at the pixel sizes of the visual language."""

    label: QFont
    label_metrics: QFontMetricsF
    header_name: QFont
    header_sub: QFont
    link_label: QFont
    link_metrics: QFontMetricsF
    badge: QFont
    badge_metrics: QFontMetricsF
    small: QFont


def _font(base: QFont, px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(base)
    font.setPixelSize(round(px))
    font.setWeight(weight)
    return font


@cache
def fonts() -> Fonts:
    """The fonts, made on first use (a QGuiApplication must exist)."""
    base = QGuiApplication.font()
    label = _font(base, t.LABEL_SIZE, QFont.Weight.DemiBold)
    link_label = _font(base, t.LINK_LABEL_SIZE)
    badge = _font(base, 10, QFont.Weight.DemiBold)
    return Fonts(
        label=label,
        label_metrics=QFontMetricsF(label),
        header_name=_font(base, 15, QFont.Weight.Bold),
        header_sub=_font(base, 12),
        link_label=link_label,
        link_metrics=QFontMetricsF(link_label),
        badge=badge,
        badge_metrics=QFontMetricsF(badge),
        small=_font(base, 10),
    )
