"""The bundled font (DejaVu Sans, regular and bold), registered with reportlab once, and text fitting helpers."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeymap.locate import resource_path

SANS = "JM-Sans"
SANS_BOLD = "JM-Sans-Bold"
FAMILY = "JM-Sans-Family"
ELLIPSIS = "…"
_BREAK_AFTER = re.compile(r"(?<=[\s/-])")  # a line may break after a space, a slash or a hyphen


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled regular and bold faces (once per process); returns their reportlab names."""
    pdfmetrics.registerFont(TTFont(SANS, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    # the family lets <b> in paragraphs pick the bold face; italics fall back to the upright faces
    pdfmetrics.registerFontFamily(FAMILY, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    return SANS, SANS_BOLD


def width(text: str, font: str, size: float) -> float:
    """The width of `text` in points (registers the bundled font on first use)."""
    try:
        return pdfmetrics.stringWidth(text, font, size)
    except KeyError:
        register_fonts()
        return pdfmetrics.stringWidth(text, font, size)


def ellipsize(text: str, font: str, size: float, room: float) -> str:
    """`text` if it fits in `room`, else as much of it as fits followed by an ellipsis."""
    if width(text, font, size) <= room:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits together with the ellipsis
        mid = (low + high + 1) // 2
        if width(text[:mid].rstrip() + ELLIPSIS, font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


@lru_cache(maxsize=20_000)
def wrap(text: str, font: str, size: float, room: float, max_lines: int = 2,
         first_room: float | None = None) -> tuple[str, ...]:
    """Break `text` into at most `max_lines` lines no wider than `room`; the last line ends in … if cut.

    `first_room` narrows the first line (e.g. beside a corner mark). Lines break after spaces, hyphens and
    slashes; a word longer than a line is split between letters.
    """
    text = " ".join(text.split())
    if not text:
        return ()
    lines: list[str] = []
    current = ""
    tokens = [t for t in _BREAK_AFTER.split(text) if t]
    i = 0
    while i < len(tokens):
        candidate = current + tokens[i]
        line_room = first_room if first_room is not None and not lines else room
        if width(candidate.rstrip(), font, size) <= line_room:
            current = candidate
            i += 1
            continue
        if len(lines) == max_lines - 1:  # the last line allowed: the rest goes on it, shortened
            rest = current + "".join(tokens[i:])
            lines.append(ellipsize(rest.strip(), font, size, line_room))
            return tuple(lines)
        if current:  # the line is full: close it, the token starts the next one
            line, current = current, ""
        else:  # a single token wider than the line: split it between letters, with a hyphen
            cut = _longest_prefix(tokens[i], font, size, line_room - width("-", font, size))
            cut = max(1, min(cut, len(tokens[i].rstrip(" -/")) - 3))  # leave at least three letters
            line, tokens[i] = tokens[i][:cut] + "-", tokens[i][cut:]
        lines.append(line.rstrip())
    if current.strip():
        lines.append(current.rstrip())
    return tuple(lines)


def _longest_prefix(token: str, font: str, size: float, room: float) -> int:
    low, high = 1, len(token)
    while low < high:
        mid = (low + high + 1) // 2
        if width(token[:mid], font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return low
