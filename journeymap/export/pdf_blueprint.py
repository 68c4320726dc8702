"""The "Service blueprint" section: landscape pages of touchpoint columns under their phase headers, the blueprint
rows below them with the line of interaction, the line of visibility and the line of internal interaction drawn
and labelled, every row named at the left of every page (see `blueprint_plan` for how it is tiled)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from journeymap.export import pdf_shapes as shapes
from journeymap.export.blueprint_plan import (
    BULLET_W,
    GAP,
    HEADER_H,
    LABEL_W,
    LEAD,
    LINE_H,
    OWNER_H,
    PAD,
    BlueprintPlan,
    Cell,
    Page,
)
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, fit_lines, width
from journeymap.export.map_plan import MARGIN
from journeymap.export.texts import tr
from journeymap.layout import blueprint as bp
from journeymap.layout import theme as t

colour = shapes.colour
ROW_FILL = {"evidence": "#FFFFFF", "customer": t.mix(t.SELECTION, 0.04), "frontstage": "#FFFFFF",
            "backstage": t.mix(t.MUTED, 0.05), "support": t.mix(t.MUTED, 0.10)}
BULLET = {"evidence": t.MUTED, "frontstage": t.SELECTION, "backstage": t.CURVE_COLOUR, "support": t.MUTED}
LINE_STYLE: dict[str, tuple[str, float, tuple[float, ...]]] = {  # colour, width, dash
    "interaction": (t.TEXT, 1.1, ()), "visibility": (t.SELECTION, 1.4, (5.0, 3.0)),
    "internal": (t.MUTED, 1.1, (1.5, 2.5))}
GRID = "#DDE1E7"
CardLink = Callable[[int], str | None]  # card number -> destination on the map, or None


def blueprint_story(plan: BlueprintPlan, lang: str, card_link: CardLink, check: Callable[[], None]) -> list[Any]:
    """One flowable per page (with page breaks between them), the first with the section's outline entry."""
    story: list[Any] = []
    for i in range(len(plan.pages)):
        if i:
            story.append(PageBreak())
        story.append(BlueprintPage(plan, i, lang, card_link, check))
    return story


class BlueprintPage(Flowable):
    """One landscape page of the blueprint."""

    def __init__(self, plan: BlueprintPlan, index: int, lang: str, card_link: CardLink,
                 check: Callable[[], None]) -> None:
        super().__init__()
        self.plan, self.index, self.lang, self.card_link, self.check = plan, index, lang, card_link, check

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        self.check()
        c, plan, page = self.canv, self.plan, self.plan.pages[self.index]
        pages = len(plan.pages)
        if self.index == 0:
            c.bookmarkPage("blueprint")
            c.addOutlineEntry(tr("section_blueprint", self.lang), "blueprint", level=0, closed=False)
        if pages > 1:
            c.bookmarkPage(f"blueprint_{self.index}")
            c.addOutlineEntry(tr("map_part", self.lang, n=self.index + 1, m=pages), f"blueprint_{self.index}",
                              level=1, closed=False)
        c.saveState()
        c.translate(-MARGIN, -MARGIN)  # the frame fills the margins: draw in page coordinates
        self._title(page, pages)
        top = plan.area.y + plan.area.h
        self._phases(page, top)
        y = top - HEADER_H
        lines: list[tuple[bp.LineKey, float]] = []
        for row in bp.ROWS:
            height = page.rows[row]
            self._row(page, row, y, height)
            y -= height
            line = bp.LINE_BELOW.get(row)
            if line is not None:
                lines.append((line, y - LINE_H / 2))
                y -= LINE_H
        self._columns(page, top, y)
        for line, at in lines:  # last: nothing is drawn across their labels
            self._line(page, line, at)
        c.restoreState()

    # ---------------------------------------------------------------- parts
    def _title(self, page: Page, pages: int) -> None:
        c, area = self.canv, self.plan.area
        y = area.y + area.h + 10
        title = tr("section_blueprint", self.lang)
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS_BOLD, 13)
        c.drawString(area.x, y, title)
        details = []
        if pages > 1:
            details.append(tr("map_part", self.lang, n=self.index + 1, m=pages))
        shown = bp.touchpoint_columns(page.columns)
        if shown:
            first, last = shown[0].number, shown[-1].number
            details.append(f"#{first}–#{last}" if first != last else f"#{first}")
        if self.plan.filled_only:
            details.append(tr("blueprint_filled_only", self.lang, n=len(bp.touchpoint_columns(self.plan.columns)),
                              m=self.plan.total))
        c.setFont(SANS, 9.5)
        c.setFillColor(colour(t.MUTED))
        x = area.x + width(title, SANS_BOLD, 13) + 10
        c.drawString(x, y, ellipsize(" · ".join(details), SANS, 9.5, area.x + area.w - x))

    def _phases(self, page: Page, top: float) -> None:
        c, left = self.canv, self.plan.area.x + LABEL_W
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, 6.5)
        for i, line in enumerate(fit_lines(tr("blueprint_numbers", self.lang), SANS, 6.5, LABEL_W - 2 * PAD,
                                           2, lang=self.lang).lines):
            c.drawString(self.plan.area.x + PAD, top - 9 - i * 7.8, line)
        data = self.plan.data
        for span in bp.phase_spans(data, page.columns):
            x = left + page.xs[span.first]
            w = sum(page.widths[span.first:span.first + span.count])
            fill = t.phase_colour(span.phase.id, span.phase_index)
            c.setFillColor(colour(t.mix(fill, 0.12)))
            c.rect(x, top - HEADER_H, w, HEADER_H, stroke=0, fill=1)
            c.setFillColor(colour(fill))
            c.rect(x, top - 3, w, 3, stroke=0, fill=1)
            name = span.phase.name.get(self.lang) or span.phase.id
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS_BOLD, 8.5)
            c.drawString(x + PAD, top - 14.5, ellipsize(" ".join(name.split()), SANS_BOLD, 8.5, w - 2 * PAD))

    def _row(self, page: Page, row: bp.RowKey, y: float, height: float) -> None:
        c, area = self.canv, self.plan.area
        left = area.x + LABEL_W
        c.setFillColor(colour(t.mix(t.TEXT, 0.05)))
        c.rect(area.x, y - height, LABEL_W, height, stroke=0, fill=1)
        c.setFillColor(colour(ROW_FILL[row]))
        c.rect(left, y - height, sum(page.widths), height, stroke=0, fill=1)
        self._row_label(row, y, height)
        for i, cell in enumerate(page.cells[row]):
            x = left + page.xs[i]
            if row == "customer":
                self._customer(page.columns[i], cell, x, y, page.widths[i], height)
            else:
                self._cell(row, cell, x, y, page.widths[i])
        c.setStrokeColor(colour(GRID))
        c.setLineWidth(0.5)
        c.line(area.x, y - height, left + sum(page.widths), y - height)

    def _row_label(self, row: bp.RowKey, y: float, height: float) -> None:
        c, x = self.canv, self.plan.area.x + PAD
        room = LABEL_W - 2 * PAD
        name = fit_lines(tr(f"row_{row}", self.lang), SANS_BOLD, 8, room, 2, lang=self.lang).lines
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS_BOLD, 8)
        baseline = y - PAD - 7
        for line in name:
            c.drawString(x, baseline, line)
            baseline -= 9.5
        hint_lines = max(0, int((height - (y - baseline) - 2) // 7.6) + 1)
        hint = fit_lines(tr(f"row_hint_{row}", self.lang), SANS, 6.3, room, min(4, hint_lines), lang=self.lang)
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, 6.3)
        for line in hint.lines:
            c.drawString(x, baseline + 1, line)
            baseline -= 7.6

    def _customer(self, col: bp.Column, cell: Cell, x: float, y: float, w: float, height: float) -> None:
        c = self.canv
        tp = col.touchpoint
        if tp is None:
            self._gap(cell, x, y, w, height)
            return
        strip = t.phase_colour(tp.phase, col.phase_index) if tp.kind == "digital" else t.ANALOGUE_STRIP
        box = (x + 3, y - height + 3, w - 6, height - 6)
        c.setFillColor(shapes.WHITE)
        c.setStrokeColor(colour(t.CARD_BORDER))
        c.setLineWidth(0.6)
        c.roundRect(*box, 3, stroke=1, fill=1)
        c.setFillColor(colour(strip))
        c.rect(box[0], box[1] + 1, 2.5, box[3] - 2, stroke=0, fill=1)
        number = f"#{col.number}"
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS_BOLD, 6.5)
        c.drawString(x + PAD + 3, y - PAD - 8, number)
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS_BOLD, cell.size)
        baseline = y - PAD - 8 - cell.size * LEAD - 1
        for line in cell.items[1]:
            c.drawString(x + PAD + 3, baseline, line)
            baseline -= cell.size * LEAD
        dest = self.card_link(col.number)
        if dest is not None:
            c.linkAbsolute("", dest, (box[0], box[1], box[0] + box[2], box[1] + box[3]), thickness=0)

    def _gap(self, cell: Cell, x: float, y: float, w: float, height: float) -> None:
        """A phase without touchpoints: a dashed outline where a card would be, saying so in grey."""
        c = self.canv
        c.saveState()
        c.setStrokeColor(colour(t.MUTED))
        c.setLineWidth(0.6)
        c.setDash([2.5, 2.0], 0)
        c.roundRect(x + 3, y - height + 3, w - 6, height - 6, 3, stroke=1, fill=0)
        c.restoreState()
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, cell.size)
        baseline = y - PAD - 8
        for line in cell.items[1]:
            c.drawString(x + PAD + 3, baseline, line)
            baseline -= cell.size * LEAD

    def _cell(self, row: bp.RowKey, cell: Cell, x: float, y: float, w: float) -> None:
        c, size = self.canv, cell.size
        lead = size * LEAD
        baseline = y - PAD - size * 0.8
        for lines in cell.items:
            c.setFillColor(colour(BULLET[row]))
            c.setFont(SANS_BOLD, size)
            c.drawString(x + PAD, baseline, "•")
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS, size)
            for line in lines:
                c.drawString(x + PAD + BULLET_W, baseline, line)
                baseline -= lead
            baseline -= GAP
        if cell.hidden:
            c.setFillColor(colour(t.MUTED))
            c.setFont(SANS, size)
            c.drawString(x + PAD + BULLET_W, baseline, ellipsize(tr("more", self.lang, n=cell.hidden), SANS, size,
                                                                w - 2 * PAD - BULLET_W))
            baseline -= lead + GAP
        if cell.owner:
            tag_h = size * OWNER_H - 2
            tag_w = width(cell.owner, SANS_BOLD, size) + 6
            bottom = baseline + size * 0.8 - tag_h + (0 if cell.items or cell.hidden else -1)
            c.setFillColor(colour(t.mix(t.MUTED, 0.16)))
            c.roundRect(x + PAD, bottom, tag_w, tag_h, 2.5, stroke=0, fill=1)
            c.setFillColor(colour(t.TEXT))
            c.setFont(SANS_BOLD, size)
            c.drawString(x + PAD + 3, bottom + (tag_h - size * 0.72) / 2, cell.owner)

    def _line(self, page: Page, line: bp.LineKey, y: float) -> None:
        c, area = self.canv, self.plan.area
        hue, thickness, dash = LINE_STYLE[line]
        label = tr(f"line_{line}", self.lang)
        label_w = width(label, SANS_BOLD, 6.8) + 8
        right = area.x + LABEL_W + sum(page.widths)
        c.saveState()
        c.setStrokeColor(colour(hue))
        c.setLineWidth(thickness)
        if dash:
            c.setDash(list(dash), 0)
        c.line(area.x + label_w, y, right, y)
        c.restoreState()
        c.setFillColor(shapes.WHITE)
        c.rect(area.x + 1, y - 4, label_w - 4, 8, stroke=0, fill=1)
        c.setFillColor(colour(hue))
        c.setFont(SANS_BOLD, 6.8)
        c.drawString(area.x + 2, y - 2.4, label)

    def _columns(self, page: Page, top: float, bottom: float) -> None:
        """The lines between columns (stronger between phases) and the frame around the grid."""
        c, left = self.canv, self.plan.area.x + LABEL_W
        starts = {s.first for s in bp.phase_spans(self.plan.data, page.columns)}
        c.saveState()
        for i in range(1, len(page.columns)):
            x = left + page.xs[i]
            c.setStrokeColor(colour(t.CARD_BORDER if i in starts else GRID))
            c.setLineWidth(0.8 if i in starts else 0.4)
            c.line(x, top - HEADER_H, x, bottom)
        c.setStrokeColor(colour(t.CARD_BORDER))
        c.setLineWidth(0.6)
        c.rect(self.plan.area.x, bottom, LABEL_W + sum(page.widths), top - bottom, stroke=1, fill=0)
        c.line(left, top, left, bottom)
        c.restoreState()

