"""Text fitting for cards and pills: wrap into a few lines, elide the rest (computed on change, not per paint),
and the level of detail of a card's label: how large it is drawn at a zoom so that it stays readable."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

from journeymap.layout import hyphenation
from journeymap.layout import theme as t


def wrap_lines(text: str, font: QFont, metrics: QFontMetricsF, width: float, max_lines: int = 2,
               lang: str = "de") -> list[str]:
    """`text` broken into at most `max_lines` lines of `width` px, hyphenated in `lang` like the PDF
    (`layout.hyphenation`); the last line ends in an ellipsis if the text is cut. `font` is the one `metrics`
    measures."""
    return list(hyphenation.wrap(text, metrics.horizontalAdvance, width, max_lines, lang).lines)


def elide(text: str, metrics: QFontMetricsF, width: float) -> str:
    """`text` cut with an ellipsis at the right so it fits `width` px."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


# ---------------------------------------------------------------- level of detail of a card's label
READABLE_PX = 12.0  # what a card label aims at on screen in the editor (px); never less than 11 where it can
SIMPLE_BELOW = 0.3  # below this zoom a card is only fill, strip and icon (text would be a few px)
LABEL_LINE_STEP = 1.15  # line distance of the enlarged label, in ems (at most the font's own line spacing)
FULL, COMPACT, SIMPLE = "full", "compact", "simple"


def card_detail(lod: float, label_px: float = READABLE_PX) -> str:
    """How a card draws at zoom `lod`: `full` (icon, label, bottom row) while its 13 px label reads at about
    `label_px` on screen, else `compact` (only a larger label), and `simple` far zoomed out."""
    if lod < SIMPLE_BELOW:
        return SIMPLE
    return FULL if t.LABEL_SIZE * lod >= label_px - 1.0 else COMPACT


@cache
def label_font(px: int) -> tuple[QFont, QFontMetricsF]:
    """The card label's font at `px` pixels (scene units) with its metrics."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(px)
    font.setWeight(QFont.Weight.DemiBold)
    return font, QFontMetricsF(font)


def line_step(metrics: QFontMetricsF, px: int) -> float:
    return min(metrics.lineSpacing(), LABEL_LINE_STEP * px)


@cache
def largest_label_px(room: float, lines: int = 2) -> int:
    """The largest label font (px) of which `lines` lines fit into `room` px of height."""
    px = 8
    while True:
        _, metrics = label_font(px + 1)
        if line_step(metrics, px + 1) * (lines - 1) + metrics.ascent() + metrics.descent() > room:
            return px
        px += 1


def compact_label_px(lod: float, room: float, label_px: float = READABLE_PX) -> int:
    """The label size (scene px) of a compact card at zoom `lod`: `label_px` on screen, within a card of `room`
    px of height for two lines, and never smaller than the full card's label."""
    wanted = math.ceil(label_px / max(lod, 0.01) - 1e-6)
    return max(round(t.LABEL_SIZE) + 1, min(wanted, largest_label_px(room)))
