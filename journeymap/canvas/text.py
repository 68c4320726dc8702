"""Text fitting for cards and pills: wrap into a few lines, elide the rest (computed on change, not per paint)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption


def wrap_lines(text: str, font: QFont, metrics: QFontMetricsF, width: float, max_lines: int = 2) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width` px; the last one ends in an ellipsis if cut."""
    text = " ".join(text.split())
    if not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = []
    for a, b in zip(starts, starts[1:]):
        line = text[a:b].rstrip()
        if line == text[a:b] and line[-1:].isalnum() and text[b:b + 1].isalnum():
            line += "-"  # broken inside a word (long German compounds): show it
        lines.append(line.strip())
    rest = text[starts[-1]:].strip()
    lines.append(elide(rest, metrics, width))
    return lines


def elide(text: str, metrics: QFontMetricsF, width: float) -> str:
    """`text` cut with an ellipsis at the right so it fits `width` px."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
