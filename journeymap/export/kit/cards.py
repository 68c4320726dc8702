"""Touchpoint cards to cut out: eight per sheet (two columns, four rows) with crop marks.

On A4 a card is 90 × 64 mm; on A3 everything is √2 larger (127 × 90 mm), for walls and A0 posters. The cards sit
edge to edge, so one cut serves two cards; marks at both ends of every cut line stay on each piece until its last
cut. The margin (cut away) holds the key to the phase marks and the page number.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from journeymap.catalogue import Catalogue, catalogue
from journeymap.export.fonts import SANS, SANS_BOLD, clip, ellipsize, width
from journeymap.export.icons import IconForms
from journeymap.export.kit import card_faces as faces
from journeymap.export.kit.card_content import (
    CatalogueCard,
    JourneyCard,
    PhaseMark,
    aidala_marks,
    catalogue_cards,
    journey_cards,
)
from journeymap.export.kit.marks import crop_marks, phase_mark
from journeymap.export.kit.sheet import MARGIN_TEXT, Cancelled, KitReport, Progress, Sheets, check_language, page_size
from journeymap.export.kit.texts import tr
from journeymap.export.pdf_shapes import colour
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData

COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
CARD_PAPERS = ("a4", "a3")
MAX_BLANK = 1_000
Card = CatalogueCard | JourneyCard | None  # None: an empty card to write on


@dataclass(frozen=True)
class Grid:
    """Where the cards go on a sheet: cut lines in PDF points and the scale of the cards."""

    scale: float
    xs: tuple[float, ...]  # vertical cut lines, left to right
    ys: tuple[float, ...]  # horizontal cut lines, bottom to top

    def cell(self, index: int) -> tuple[float, float]:
        """Lower-left corner of the cell of card `index` on its page (left to right, top to bottom)."""
        row, column = divmod(index % PER_PAGE, COLUMNS)
        return self.xs[column], self.ys[ROWS - 1 - row]


def grid_for(size: tuple[float, float], paper: str) -> Grid:
    """The card grid centred on a portrait sheet."""
    scale = 1.0 if paper == "a4" else math.sqrt(2)
    w, h = faces.CELL_W * scale, faces.CELL_H * scale
    x0, y0 = (size[0] - COLUMNS * w) / 2, (size[1] - ROWS * h) / 2
    return Grid(scale, tuple(x0 + i * w for i in range(COLUMNS + 1)), tuple(y0 + i * h for i in range(ROWS + 1)))


def render_cards(lang: str = "de", paper: str = "a4", data: ProjectData | None = None, blank: int = 0,
                 progress: Progress | None = None, cancelled: Cancelled | None = None, *,
                 source: Catalogue | None = None, invariant: bool = False,
                 today: dt.date | None = None) -> tuple[bytes, KitReport]:
    """The cards as PDF bytes: every catalogue entry, or with `data` every touchpoint of that journey, followed by
    `blank` empty cards. `ValueError` for a bad option or nothing to print."""
    check_language(lang)
    size = page_size(paper, CARD_PAPERS, wide=False)
    if not 0 <= blank <= MAX_BLANK:
        raise ValueError(f"the number of empty cards must be between 0 and {MAX_BLANK}")
    source = source if source is not None else bundled_catalogue()
    cards: list[Card]
    if data is None:
        if source is None:
            raise ValueError("the touchpoint catalogue cannot be read")
        cards = list(catalogue_cards(source, lang))
        title, author = tr("cards_title", lang), ""
    else:
        cards = list(journey_cards(data, lang, source))
        name = clip(data.meta.title, 120) or tr("untitled", lang)
        title, author = tr("journey_cards_title", lang, title=name), clip(data.meta.author, 200)
    content = len(cards)
    cards += [None] * blank
    if not cards:
        raise ValueError("the journey has no touchpoints to print (add empty cards with --blank N)")
    pages = math.ceil(len(cards) / PER_PAGE)
    sheets = Sheets(size, lang, title, tr("subject_cards", lang), author, pages, progress, cancelled, invariant)
    grid = grid_for(size, paper)
    icons = IconForms(sheets.c)
    marks = _marks(data, lang)
    for start in range(0, len(cards), PER_PAGE):
        c = sheets.c
        for i, card in enumerate(cards[start:start + PER_PAGE]):
            x, y = grid.cell(i)
            c.saveState()
            c.translate(x, y)
            c.scale(grid.scale, grid.scale)
            _draw(c, card, marks, lang, icons)
            c.restoreState()
        used = min(PER_PAGE, len(cards) - start)
        rows = math.ceil(used / COLUMNS)
        crop_marks(c, grid.xs if used > 1 else grid.xs[:2], grid.ys[ROWS - rows:])
        _margin_key(c, grid, marks, lang, data is None)
        sheets.footer(f"{tr('cut_hint', lang)} · journeymap · {tr('kit', lang)} · {title}",
                      grid.ys[0] - 38, grid.xs[0])
        sheets.next_page()
    return sheets.finish(), KitReport("cards", pages, paper, lang, content, blank)


def bundled_catalogue() -> Catalogue | None:
    try:
        return catalogue()
    except Exception:
        return None


def _marks(data: ProjectData | None, lang: str) -> tuple[PhaseMark, ...]:
    """The phase marks of the sheets' key and of empty cards: the journey's phases, else AIDA(LA)'s."""
    if data is None:
        return aidala_marks(lang)
    return tuple(PhaseMark(i + 1, phase.name.get(lang) or phase.id, t.phase_colour(phase.id, i), False)
                 for i, phase in enumerate(data.phase_model.phases))


def _draw(c: Canvas, card: Card, marks: tuple[PhaseMark, ...], lang: str, icons: IconForms) -> None:
    if isinstance(card, CatalogueCard):
        faces.draw_catalogue_card(c, card, lang, icons)
    elif isinstance(card, JourneyCard):
        faces.draw_journey_card(c, card, lang, icons)
    else:
        faces.draw_blank_card(c, marks, lang)


def _margin_key(c: Canvas, grid: Grid, marks: tuple[PhaseMark, ...], lang: str, suits: bool) -> None:
    """The key to the phase marks in the top margin: "Phasen: [1] Aufmerksamkeit [2] Interesse …", in two lines
    when one is too short (names shortened to share the room only when two are not enough either)."""
    left, right = grid.xs[0], grid.xs[-1]
    y = grid.ys[-1] + 26
    label = tr("phase_key", lang)
    x0 = left + width(label, SANS_BOLD, MARGIN_TEXT) + 6
    room = right - x0
    entries = [(mark, 12 + 3 + width(mark.name, SANS, MARGIN_TEXT) + 9) for mark in marks]
    lines = [entries]
    if sum(w for _, w in entries) > room:
        half = (len(entries) + 1) // 2
        lines = [entries[:half], entries[half:]]
    c.saveState()
    c.setFillColor(colour(t.MUTED))
    c.setFont(SANS_BOLD, MARGIN_TEXT)
    c.drawString(left, y + 1 + 5 * (len(lines) - 1), label)
    for row, line in enumerate(lines):
        x, base = x0, y + 10 * (len(lines) - 1 - row)
        share = room / max(1, len(line))
        squeeze = sum(w for _, w in line) > room
        for mark, _ in line:
            name = ellipsize(mark.name, SANS, MARGIN_TEXT, share - 24) if squeeze else mark.name
            phase_mark(c, x, base - 1, 12, 9, mark.number, mark.colour, True)
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS, MARGIN_TEXT)
            c.drawString(x + 15, base + 1, name)
            x += 12 + 3 + width(name, SANS, MARGIN_TEXT) + 9
    if suits and len(lines) == 1 and x + width(tr("suits_key", lang), SANS, MARGIN_TEXT) <= right:
        c.setFillColor(colour(t.MUTED))
        c.drawString(x + 6, y + 1, tr("suits_key", lang))
    c.restoreState()
