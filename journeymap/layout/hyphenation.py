"""Line breaking with hyphenation for card labels, shared by the PDF and the canvas. Qt-free.

Words are hyphenated with pyphen (the LibreOffice/Hunspell patterns for German and English), so a long German
compound breaks where a reader expects it ("Sendungs-verfolgung", not "Sendungsverfolg-ung"). The caller
measures text: `wrap` takes a `width(text) -> float` function, so reportlab's font metrics and Qt's
`QFontMetricsF.horizontalAdvance` both work.

    lines, complete = wrap("Betriebsbesichtigung: Sauberkeit", width, room=90, max_lines=3, lang="de")
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pyphen

from journeymap.layout import hyphen_cache

ELLIPSIS = "…"
LANGUAGES = {"de": "de_DE", "en": "en_GB"}
MIN_PART = 3  # letters kept on each side of a break that is not a hyphenation point
_TOKEN = re.compile(r"\S+\s*")
_BREAK_AFTER = re.compile(r"(?<=[/–—-])(?=\w)")  # also break after a hyphen, slash or dash inside a word


@dataclass(frozen=True)
class Wrapped:
    """The lines of a wrapped text; `complete` is False when the text did not fit and the last line ends in …"""

    lines: tuple[str, ...]
    complete: bool


@lru_cache(maxsize=4)
def _dictionary(lang: str) -> pyphen.Pyphen:
    return hyphen_cache.dictionary(LANGUAGES.get(lang, LANGUAGES["en"]))


@lru_cache(maxsize=50_000)
def break_points(word: str, lang: str = "de") -> tuple[int, ...]:
    """Where `word` may be hyphenated (indices into it), from the language's patterns; () for short words."""
    if len(word) < 2 * MIN_PART or len(word) > 200:  # very long "words" (codes, URLs) are split by width only
        return ()
    core = word.rstrip(".,;:!?)»“”\"'")
    lead = len(core) - len(core.lstrip("(«„“\"'"))
    core = core[lead:]
    if not core.isalpha() and not core.replace("-", "").isalpha():
        return ()
    if "-" not in core:
        return tuple(lead + p for p in _dictionary(lang).positions(core))
    # A compound with hyphens ("Feierabend-Tour") breaks after each hyphen and inside each part by its own
    # patterns: the patterns read across a hyphen give wrong points ("Feieraben-d").
    points: list[int] = []
    start = 0
    for part in core.split("-"):
        points += (start + p for p in _dictionary(lang).positions(part) if len(part) >= 2 * MIN_PART)
        start += len(part) + 1
        if len(part) >= 2 and len(core) - start >= 2:
            points.append(start)  # after the hyphen ("E-Mail" stays whole)
    return tuple(lead + p for p in points if 0 < p < len(core))


def hyphenate(word: str, lang: str = "de") -> list[str]:
    """The syllable parts of `word` ("Sendungsverfolgung" → ["Sen", "dungs", "ver", "fol", "gung"])."""
    points = (0, *break_points(word, lang), len(word))
    return [word[a:b] for a, b in itertools.pairwise(points)]


def wrap(text: str, width: Callable[[str], float], room: float, max_lines: int, lang: str = "de",
         first_room: float | None = None) -> Wrapped:
    """Break `text` into at most `max_lines` lines no wider than `room` (`first_room` for the first line).

    Lines break between words, after a hyphen or slash, and inside a word at a hyphenation point (adding a
    hyphen); a word without a usable point is split where it must. When the text needs more lines, the last line
    ends in … and `complete` is False.
    """
    text = " ".join(text.split())
    if not text or max_lines < 1:
        return Wrapped((), not text)
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        tokens += [t for t in _BREAK_AFTER.split(token) if t]
    lines: list[str] = []
    current = ""
    i = 0
    while i < len(tokens):
        line_room = first_room if first_room is not None and not lines else room
        candidate = current + tokens[i]
        if width(candidate.rstrip()) <= line_room:
            current, i = candidate, i + 1
            continue
        if len(lines) == max_lines - 1:  # the last line: it takes the rest, shortened
            return Wrapped((*lines, ellipsize(current + "".join(tokens[i:]), width, line_room)), False)
        head, tail = _split_word(tokens[i], current, width, line_room, lang)
        if head:
            lines.append((current + head).rstrip())
            tokens[i] = tail
        elif current:
            lines.append(current.rstrip())
        else:  # not even a few letters fit: put one character per line rather than loop forever
            lines.append(tokens[i][:1])
            tokens[i] = tokens[i][1:]
            if not tokens[i]:
                i += 1
        current = ""
    if current.strip():
        if len(lines) >= max_lines:
            return Wrapped((*lines[:max_lines - 1], ellipsize(lines[max_lines - 1] + " " + current, width,
                                                                room)), False)
        lines.append(current.rstrip())
    return Wrapped(tuple(lines), True)


def _split_word(token: str, current: str, width: Callable[[str], float], room: float,
                lang: str) -> tuple[str, str]:
    """The longest head of `token` (with a hyphen) that still fits after `current`, and the rest.

    Hyphenation points come first; a token that has to start a line and has no usable point is split between
    letters (keeping at least three on each side where possible). ("", token) when nothing fits.
    """
    word = token.rstrip()
    for point in reversed(break_points(word, lang)):
        head = word[:point] + ("" if word[point - 1] in "-/–—" else "-")
        if width((current + head).rstrip()) <= room:
            return head, token[point:]
    if current:
        return "", token
    low, high = 1, len(word) - 1
    while low < high:  # the longest prefix that fits together with a hyphen
        mid = (low + high + 1) // 2
        if width(word[:mid] + "-") <= room:
            low = mid
        else:
            high = mid - 1
    if high < 1 or width(word[:low] + "-") > room:
        return "", token
    cut = low if len(word) - low >= MIN_PART or low <= MIN_PART else max(MIN_PART, len(word) - MIN_PART)
    cut = min(cut, low)
    return word[:cut] + "-", token[cut:]


def ellipsize(text: str, width: Callable[[str], float], room: float) -> str:
    """`text` if it fits in `room`, else its longest head that fits followed by …"""
    text = text.strip()
    if width(text) <= room:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if width(text[:mid].rstrip() + ELLIPSIS) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS
