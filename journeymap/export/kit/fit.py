"""Fitting text into a fixed box: wrap with hyphenation, shrink within limits, then shorten with a mark (…).

Cards, poster headers and persona fields have boxes that never grow, so every text goes through here. A block of
`n` lines at size `s` with baseline distance `lead` is `s * HEIGHT + (n - 1) * lead` high (ascent and descent of
DejaVu Sans); the first baseline sits `s * ASCENT` below the top of the box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from journeymap.export.fonts import fit_lines, width

ASCENT = 0.80  # first baseline below the top of the box, in font sizes
HEIGHT = 1.04  # one line from the top of the box to below its descenders, in font sizes
STEP = 0.5  # shrink in steps of half a point
MAX_CHARS = 1_200  # a text longer than this is shortened anyway; no need to measure all of it


@dataclass(frozen=True)
class Block:
    """Lines of one text at one size; `complete` is False when the text was shortened (last line ends in …)."""

    lines: tuple[str, ...]
    size: float
    lead: float
    complete: bool

    @property
    def height(self) -> float:
        return block_height(len(self.lines), self.size, self.lead)


@dataclass(frozen=True)
class ListBlock:
    """Items of a list, each as its lines, at one size; `hidden` items did not fit and are counted in `more`."""

    items: tuple[tuple[str, ...], ...]
    size: float
    lead: float
    gap: float
    hidden: int
    more: str  # the closing "+ 3 more" line, "" when every item is shown
    complete: bool

    @property
    def height(self) -> float:
        lines = sum(len(item) for item in self.items) + (1 if self.more else 0)
        parts = len(self.items) + (1 if self.more else 0)
        return block_height(lines, self.size, self.lead) + max(0, parts - 1) * self.gap if lines else 0.0


def block_height(lines: int, size: float, lead: float) -> float:
    """The height of `lines` lines at `size` with baselines `lead` apart (0 for no lines)."""
    return size * HEIGHT + (lines - 1) * lead if lines > 0 else 0.0


def lines_in(room_h: float, size: float, lead: float) -> int:
    """How many lines of `size` fit in a box `room_h` high."""
    return 0 if room_h < size * HEIGHT else int((room_h - size * HEIGHT) // lead) + 1


def sizes(largest: float, smallest: float) -> list[float]:
    """Font sizes from `largest` down to `smallest` in `STEP`s."""
    out, size = [], largest
    while size > smallest + 1e-6:
        out.append(round(size, 2))
        size -= STEP
    return [*out, smallest]


def fit_block(text: str, font: str, room_w: float, room_h: float, largest: float, smallest: float,
              lang: str = "de", lead: float = 1.2, max_lines: int | None = None,
              unbroken_down_to: float | None = None) -> Block:
    """`text` in the box `room_w` × `room_h`: the largest size from `largest` down to `smallest` at which it fits
    whole (broken between words or at hyphenation points); else at `smallest`, shortened with … .

    With `unbroken_down_to`, sizes down to that one are tried first without breaking any word (for names and
    titles, which read better a little smaller than hyphenated)."""
    text = " ".join(text[:MAX_CHARS].split())
    if not text:
        return Block((), largest, largest * lead, True)
    if unbroken_down_to is not None:
        for size in sizes(largest, max(smallest, unbroken_down_to)):
            n = lines_in(room_h, size, size * lead) if max_lines is None else min(
                max_lines, lines_in(room_h, size, size * lead))
            wrapped = fit_lines(text, font, size, room_w, n, lang=lang) if n else None
            if wrapped is not None and wrapped.complete and unbroken(wrapped.lines, text):
                return Block(wrapped.lines, size, size * lead, len(text) < MAX_CHARS)
    last = Block((), smallest, smallest * lead, False)
    for size in sizes(largest, smallest):
        n = lines_in(room_h, size, size * lead)
        if max_lines is not None:
            n = min(n, max_lines)
        if n < 1:
            continue
        wrapped = fit_lines(text, font, size, room_w, n, lang=lang)
        last = Block(wrapped.lines, size, size * lead, wrapped.complete and len(text) < MAX_CHARS)
        if last.complete:
            return last
    return last


def unbroken(lines: tuple[str, ...], text: str) -> bool:
    """True when no line ends inside a word (a hyphen of hyphenation); a hyphen of the text itself is fine."""
    for line, following in pairwise(lines):
        if line.endswith("-") and f"{line.split()[-1]}{following.split()[0]}" not in text:
            return False
    return True


def fit_list(items: Sequence[str], font: str, room_w: float, room_h: float, largest: float, smallest: float,
             more: Callable[[int], str], lang: str = "de", lead: float = 1.18, gap: float = 0.3,
             item_lines: int = 3) -> ListBlock:
    """A list of short texts (pain points, ideas, goals) in a box: all of them whole at the largest size that allows
    it; else at `smallest`, each item in at most `item_lines` lines (shortened with …), as many items as fit,
    and a closing line `more(n)` for the `n` left out."""
    texts = [" ".join(item[:MAX_CHARS].split()) for item in items]
    texts = [text for text in texts if text]
    if not texts:
        return ListBlock((), largest, largest * lead, largest * gap, 0, "", True)
    for size in sizes(largest, smallest)[:-1]:
        block = _whole(texts, font, room_w, room_h, size, lead, gap, lang)
        if block is not None:
            return block
    return _greedy(texts, font, room_w, room_h, smallest, lead, gap, lang, more, item_lines)


def _whole(texts: list[str], font: str, room_w: float, room_h: float, size: float, lead: float, gap: float,
           lang: str) -> ListBlock | None:
    n = lines_in(room_h, size, size * lead)
    wrapped = []
    for text in texts:
        lines = fit_lines(text, font, size, room_w, max(1, n), lang=lang)
        if not lines.complete:
            return None
        wrapped.append(lines.lines)
    block = ListBlock(tuple(wrapped), size, size * lead, size * gap, 0, "", True)
    return block if block.height <= room_h + 0.01 else None


def _greedy(texts: list[str], font: str, room_w: float, room_h: float, size: float, lead: float, gap: float,
            lang: str, more: Callable[[int], str], item_lines: int) -> ListBlock:
    lead_pt, gap_pt = size * lead, size * gap
    shown: list[tuple[str, ...]] = []
    complete = True
    for i, text in enumerate(texts):
        reserve = (gap_pt + lead_pt) if i < len(texts) - 1 else 0.0  # room for a closing "+ n more" line
        if shown:  # each further line adds `lead`, each further item `gap`
            used = ListBlock(tuple(shown), size, lead_pt, gap_pt, 0, "", True).height
            n = int((room_h - used - gap_pt - reserve + 0.01) // lead_pt)
        else:
            n = lines_in(room_h - reserve, size, lead_pt)
        n = min(item_lines, n)
        if n < 1:
            break
        wrapped = fit_lines(text, font, size, room_w, n, lang=lang)
        shown.append(wrapped.lines)
        complete = complete and wrapped.complete
    hidden = len(texts) - len(shown)
    line = more(hidden) if hidden else ""
    if line and width(line, font, size) > room_w:
        line = f"+{hidden}"
    return ListBlock(tuple(shown), size, lead_pt, gap_pt, hidden, line, complete and not hidden)


def fit_run(names: Sequence[str], font: str, room_w: float, room_h: float, largest: float, smallest: float,
            more: Callable[[int], str], lang: str = "de", separator: str = " · ", lead: float = 1.2) -> Block:
    """Names in a run ("Visualisierung · Glaubwürdigkeit"): all of them at the largest size that allows it, else
    as many as fit at `smallest`, followed by `more(n)` for the rest (a name is never cut in the middle)."""
    names = [name for name in names if name]
    block = fit_block(separator.join(names), font, room_w, room_h, largest, smallest, lang, lead)
    if block.complete or not names:
        return block
    for keep in range(len(names) - 1, -1, -1):
        text = separator.join([*names[:keep], more(len(names) - keep)])
        block = fit_block(text, font, room_w, room_h, smallest, smallest, lang, lead)
        if block.complete:
            return Block(block.lines, block.size, block.lead, False)
    return block
