"""The bundled font (DejaVu Sans, regular and bold), registered with reportlab once, and text fitting helpers."""

from __future__ import annotations

from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from journeymap.layout.hyphenation import Wrapped
from journeymap.layout.hyphenation import wrap as hyphenated
from journeymap.locate import resource_path

SANS = "JM-Sans"
SANS_BOLD = "JM-Sans-Bold"
FAMILY = "JM-Sans-Family"
ELLIPSIS = "…"


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
        return float(pdfmetrics.stringWidth(text, font, size))
    except KeyError:
        register_fonts()
        return float(pdfmetrics.stringWidth(text, font, size))


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
         first_room: float | None = None, lang: str = "de") -> tuple[str, ...]:
    """Break `text` into at most `max_lines` lines no wider than `room`; the last line ends in … if cut.

    `first_room` narrows the first line (e.g. beside a corner mark). Lines break between words, after hyphens and
    slashes, and inside words at their hyphenation points (`journeymap.layout.hyphenation`).
    """
    return fit_lines(text, font, size, room, max_lines, first_room, lang).lines


@lru_cache(maxsize=20_000)
def fit_lines(text: str, font: str, size: float, room: float, max_lines: int = 2,
              first_room: float | None = None, lang: str = "de") -> Wrapped:
    """Like `wrap`, but also says whether the whole text fitted (`complete`)."""
    register_fonts()
    return hyphenated(text, lambda s: pdfmetrics.stringWidth(s, font, size), room, max_lines, lang, first_room)


def clip(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` characters with a closing … (for places with little room)."""
    text = " ".join(text.split()) if len(text) > limit else text
    return text if len(text) <= limit else text[:limit - 1].rstrip() + ELLIPSIS
