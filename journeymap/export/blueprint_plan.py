"""How the service blueprint goes onto landscape pages: columns per page, and every cell's text fitted.

Like the map, the blueprint is tiled: a page holds as many touchpoint columns as its width allows, always with all
rows and their labels at the left, so each page reads on its own; a new page starts rather at a phase boundary when
the page is well filled. Row heights follow the tallest cell of the row on that page; when the rows would not fit
the page's height the text shrinks (7.5 pt down to 6 pt), and only then do the tallest cells shorten, closing with
"+ n more"; height to spare goes to the four blueprint rows alike, so every page is a full grid (with room to write
in by hand). A touchpoint without any blueprint row gets a narrow column, and so does a phase without touchpoints
(its gap says so). A very long journey (more than `ALL_COLUMNS` touchpoints) shows only the touchpoints whose
blueprint is filled in, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import landscape

from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, fit_lines
from journeymap.export.map_plan import MARGIN, PAPERS
from journeymap.export.texts import tr
from journeymap.layout import blueprint as bp
from journeymap.layout.geometry import Rect
from journeymap.model.data import ProjectData
from journeymap.model.values import BlueprintRow

TITLE_H = 24.0  # the page's title line
FOOTER_H = 22.0  # the footer below the grid
LABEL_W = 96.0  # the row labels at the left of every page
FILLED_W = 132.0  # a column with blueprint rows
EMPTY_W = 72.0  # a column without (just the customer's action)
HEADER_H = 22.0  # the phase headers
LINE_H = 12.0  # the room a labelled line takes between two rows
PAD = 4.0
BULLET_W = 7.0
LARGEST, SMALLEST = 7.5, 6.0
LEAD = 1.2
GAP = 2.0  # between two texts of a cell
OWNER_H = 1.9  # the owner tag's height in font sizes
CUSTOMER_LINES = 6
MIN_ROW = 18.0
ALL_COLUMNS = 60
FULL_ENOUGH = 0.55  # a page at least this full starts a phase that does not fit on a new page


@dataclass(frozen=True)
class Cell:
    """One cell's fitted text: the lines of each text, the owner (shortened to fit), texts left out, the size."""

    items: tuple[tuple[str, ...], ...]
    owner: str
    hidden: int
    size: float

    @property
    def height(self) -> float:
        lines = sum(len(item) for item in self.items) + (1 if self.hidden else 0)
        if not lines and not self.owner:
            return 0.0
        text = self.size * 1.04 + (lines - 1) * self.size * LEAD + (len(self.items) - 1) * GAP if lines else 0.0
        owner = self.size * OWNER_H + (GAP if lines else 0.0) if self.owner else 0.0
        return 2 * PAD + text + owner


@dataclass(frozen=True)
class Page:
    """One blueprint page: its columns with their x offsets and widths, and each row's height and cells."""

    columns: tuple[bp.Column, ...]
    xs: tuple[float, ...]  # each column's left edge, from the grid's left edge (after the labels)
    widths: tuple[float, ...]
    rows: dict[bp.RowKey, float]  # row key -> height
    cells: dict[bp.RowKey, tuple[Cell, ...]]  # row key -> a cell per column
    size: float


class BlueprintPlan:
    """The pages of the blueprint of `data` on `paper` (landscape; a poster report uses A3)."""

    def __init__(self, data: ProjectData, paper: str, lang: str) -> None:
        self.data, self.lang = data, lang
        self.page_size = landscape(PAPERS[paper])
        w, h = self.page_size
        self.area = Rect(MARGIN, MARGIN + FOOTER_H, w - 2 * MARGIN, h - 2 * MARGIN - FOOTER_H - TITLE_H)
        everything = bp.touchpoint_columns(bp.columns(data))
        self.filled_only = len(everything) > ALL_COLUMNS and any(c.is_empty for c in everything)
        self.total = len(everything)
        self.columns = bp.columns(data, only_filled=self.filled_only)
        self.pages = [self._page(chunk) for chunk in self._chunks()]

    # ---------------------------------------------------------------- columns per page
    def _chunks(self) -> list[list[bp.Column]]:
        room = self.area.w - LABEL_W
        chunks: list[list[bp.Column]] = [[]]
        used = 0.0
        spans = {s.first: s for s in bp.phase_spans(self.data, self.columns)}
        for i, col in enumerate(self.columns):
            w = self.width(col)
            span = spans.get(i)
            if span is not None and chunks[-1] and used >= room * FULL_ENOUGH:
                phase_w = sum(self.width(c) for c in self.columns[i:i + span.count])
                if used + phase_w > room >= phase_w:  # the whole phase fits a new page but not this one
                    chunks.append([])
                    used = 0.0
            if chunks[-1] and used + w > room:
                chunks.append([])
                used = 0.0
            chunks[-1].append(col)
            used += w
        return [chunk for chunk in chunks if chunk]

    @staticmethod
    def width(col: bp.Column) -> float:
        return EMPTY_W if col.is_empty else FILLED_W

    # ---------------------------------------------------------------- rows and cells
    def _page(self, cols: list[bp.Column]) -> Page:
        widths = tuple(self.width(c) for c in cols)
        xs = tuple(sum(widths[:i]) for i in range(len(widths)))
        room = self.area.h - HEADER_H - LINE_H * len(bp.LINES)
        for size in _sizes():
            cells = {row: tuple(self._cell(c, row, w, size, None) for c, w in zip(cols, widths, strict=True))
                     for row in bp.ROWS}
            rows = {row: max([row_minimum(row, self.lang), *(cell.height for cell in cells[row])]) for row in bp.ROWS}
            spare = room - sum(rows.values())
            if spare >= 0:
                for row in bp.EDITABLE_ROWS:
                    rows[row] += spare / len(bp.EDITABLE_ROWS)
                return Page(tuple(cols), xs, widths, rows, cells, size)
        caps = _share(rows, room)  # at the smallest size: every row gets a fair share of the height
        cells = {row: tuple(self._cell(c, row, w, SMALLEST, caps[row]) for c, w in zip(cols, widths, strict=True))
                 for row in bp.ROWS}
        rows = {row: min(caps[row], max([row_minimum(row, self.lang), *(cell.height for cell in cells[row])]))
                for row in bp.ROWS}
        return Page(tuple(cols), xs, widths, rows, cells, SMALLEST)

    def _cell(self, col: bp.Column, row: bp.RowKey, w: float, size: float, cap: float | None) -> Cell:
        room = w - 2 * PAD
        tp = col.touchpoint
        if tp is None:  # a phase without touchpoints: its customer row says so, the others stay empty
            if row != "customer":
                return Cell((), "", 0, size)
            note = fit_lines(tr("blueprint_gap", self.lang), SANS, size, room - 4, CUSTOMER_LINES, lang=self.lang)
            return Cell(((), note.lines), "", 0, size)
        if row == "customer":
            wrapped = fit_lines(" ".join(tp.label.split()), SANS_BOLD, size + 0.5, room - 4,
                                CUSTOMER_LINES, lang=self.data.meta.language)
            number_line = (str(col.number),)  # the number sits on its own first line
            return Cell((number_line, wrapped.lines), "", 0, size + 0.5)
        content: BlueprintRow = getattr(tp.blueprint, row)
        owner = ellipsize(" ".join(content.owner.split()), SANS_BOLD, size, room - 8) if content.owner.strip() else ""
        texts = [" ".join(text.split()) for text in content.texts]
        lang = self.data.meta.language
        items: list[tuple[str, ...]] = []
        for n, text in enumerate(texts):
            full = fit_lines(text, SANS, size, room - BULLET_W, 40, lang=lang).lines
            rest = len(texts) - n - 1
            if cap is None or Cell((*items, full), owner, 1 if rest else 0, size).height <= cap:
                items.append(full)
                continue
            lines = 0  # the text does not fit whole: as many of its lines as fit, closing with …
            while lines < len(full) and Cell((*items, ("x",) * (lines + 1)), owner, 1 if rest else 0,
                                             size).height <= cap:
                lines += 1
            if lines:
                items.append(fit_lines(text, SANS, size, room - BULLET_W, lines, lang=lang).lines)
            return Cell(tuple(items), owner, rest + (0 if lines else 1), size)
        return Cell(tuple(items), owner, 0, size)


def row_minimum(row: bp.RowKey, lang: str) -> float:
    """The least height of a row: its name (up to two lines) and two lines of its hint at the left."""
    name = fit_lines(tr(f"row_{row}", lang), SANS_BOLD, 8, LABEL_W - 2 * PAD, 2, lang=lang).lines
    return 2 * PAD + 9.5 * len(name) + 2 * 7.6


def _sizes() -> list[float]:
    out, size = [], LARGEST
    while size >= SMALLEST - 1e-6:
        out.append(round(size, 2))
        size -= 0.5
    return out


def _share(natural: dict[bp.RowKey, float], room: float) -> dict[bp.RowKey, float]:
    """Row heights within `room`: rows that need less than an equal share keep theirs, the rest share the remainder
    equally (water-filling)."""
    caps: dict[bp.RowKey, float] = {}
    left, rows = room, sorted(natural, key=lambda r: natural[r])
    while rows:
        fair = left / len(rows)
        row = rows[0]
        if natural[row] <= fair:
            caps[row] = natural[row]
            left -= natural[row]
            rows.pop(0)
        else:
            for r in rows:
                caps[r] = max(MIN_ROW, fair)
            break
    return caps
