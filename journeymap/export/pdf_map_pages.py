"""The landscape map pages: the whole map (fit), or an overview with clickable parts followed by the parts (tile).

Page numbers are known before the map is drawn (cover and summary are one page each), so the summary, the
findings and the map itself can refer to a card's page and link to it: every card has a destination `card_N`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, width
from journeymap.export.map_legend import draw_legend
from journeymap.export.map_plan import MARGIN, MapPlan, Tile
from journeymap.export.pdf_map import MapScene
from journeymap.export.pdf_painter import MapPainter
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect

colour = shapes.colour
LOD_PT = 4.0  # below this label size on paper, cards show only strip, fill and icon
INDEX_W = 44.0  # the overview's column of page references


class MapContext:
    """What all map pages of one document share: scene, plan, language, painter, and where each card is."""

    def __init__(self, scene: MapScene, plan: MapPlan, lang: str, check: Callable[[], None],
                 first_page: int) -> None:
        self.scene, self.plan, self.lang, self.check = scene, plan, lang, check
        self.first_page = first_page  # the page of the fit map or of the overview
        self._painter: MapPainter | None = None
        self.card_tile = self._card_tiles()

    def _card_tiles(self) -> list[int]:
        plan = self.plan
        if plan.mode == "fit":
            return [0] * len(self.scene.cards)
        where = {(tile.column, tile.row): i for i, tile in enumerate(plan.tiles)}
        starts = sorted({tile.core.y for tile in plan.tiles})
        row_of = {y: sorted({tl.row for tl in plan.tiles if tl.core.y == y})[0] for y in starts}
        col_w = plan.tiles[0].core.w if plan.columns > 1 else float("inf")
        result = []
        for card in self.scene.cards:
            r = card.rect
            row = row_of[starts[max(0, bisect_right(starts, r.y + 1) - 1)]]
            col = int(r.x // col_w) if plan.columns > 1 else 0
            result.append(where.get((col, row), where.get((0, row), 0)))
        return result

    def tile_page(self, index: int) -> int:
        return self.first_page + (1 + index if self.plan.mode == "tile" else 0)

    def card_page(self, card: int) -> int:
        return self.tile_page(self.card_tile[card])

    @staticmethod
    def card_dest(card_number: int) -> str:
        return f"card_{card_number}"

    def painter(self, canvas: Canvas) -> MapPainter:
        if self._painter is None or self._painter.c is not canvas:
            self._painter = MapPainter(canvas, self.scene, self.check)
        return self._painter


class MapPage(Flowable):
    """One landscape map page; `tile` None draws the whole map (fit) or the overview (tile mode)."""

    def __init__(self, ctx: MapContext, tile_index: int | None, outline: tuple[str, str, int] | None) -> None:
        super().__init__()
        self.ctx, self.tile_index, self.outline = ctx, tile_index, outline

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        c, ctx = self.canv, self.ctx
        ctx.check()
        if self.outline:
            title, key, level = self.outline
            c.bookmarkPage(key)
            c.addOutlineEntry(title, key, level=level, closed=False)
        painter = ctx.painter(c)
        painter.marks.clear()
        painter.kinds.clear()
        c.saveState()
        c.translate(-MARGIN, -MARGIN)  # the frame fills the margins: draw in page coordinates
        if self.tile_index is not None:
            self._tile(ctx.plan.tiles[self.tile_index])
        elif ctx.plan.mode == "tile":
            self._overview()
        else:
            self._whole()
        c.restoreState()

    def _title(self, text: str, detail: str = "") -> float:
        c, area = self.canv, self.ctx.plan.area
        y = area.y + area.h + 10
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS_BOLD, 13)
        c.drawString(area.x, y, text)
        right = area.x + width(text, SANS_BOLD, 13) + 10
        if detail:
            c.setFont(SANS, 10)
            c.setFillColor(colour(t.MUTED))
            c.drawString(right, y, detail)
            right += width(detail, SANS, 10) + 10
        return right

    def _whole(self) -> None:
        ctx, c = self.ctx, self.canv
        plan, scene = ctx.plan, ctx.scene
        scale = plan.fit_scale
        w, h = scene.width * scale, scene.height * scale
        left = plan.area.x + (plan.area.w - w) / 2
        top = plan.area.y + plan.area.h
        self._title(tr("map", ctx.lang))
        _frame(c, left, top, w, h)
        lod = scale * scene.style.label < LOD_PT
        drawn = ctx.painter(c).draw_window(Rect(0, 0, scene.width, scene.height), left, top, scale, lod=lod)
        self._destinations(drawn, left, top, scale, Rect(0, 0, scene.width, scene.height))
        draw_legend(ctx.painter(c), plan.area.x, top - h - 12, plan.area.w, drawn)

    def _tile(self, tile: Tile) -> None:
        ctx, c = self.ctx, self.canv
        plan = ctx.plan
        index = self.tile_index or 0
        right = self._title(tr("map", ctx.lang), tr("map_part", ctx.lang, n=index + 1, m=len(plan.tiles)))
        _neighbours(c, ctx, tile, right, plan.area.y + plan.area.h + 10)
        scale = plan.scale
        left, top = plan.area.x, plan.area.y + plan.area.h
        painter = ctx.painter(c)
        body_top = top
        if tile.header is not None:
            painter.draw_window(tile.header, left, top, scale, elsewhere=lambda i: None)
            body_top = top - tile.header.h * scale
        drawn = painter.draw_window(tile.body, left, body_top, scale, elsewhere=self._elsewhere)
        self._destinations([i for i in drawn if ctx.card_tile[i] == index], left, body_top, scale, tile.body)
        w = tile.body.w * scale
        h = top - (body_top - tile.body.h * scale)
        _frame(c, left, top, w, h)
        draw_legend(painter, plan.area.x, top - h - 12, plan.area.w, drawn)

    def _elsewhere(self, card: int) -> tuple[int, str] | None:
        ctx = self.ctx
        if ctx.card_tile[card] == self.tile_index:
            return None
        return ctx.card_page(card), ctx.card_dest(ctx.scene.cards[card].number)

    def _destinations(self, cards: list[int], left: float, top: float, scale: float, window: Rect) -> None:
        """A named destination at each card this page is responsible for (links from summary and findings)."""
        c, scene = self.canv, self.ctx.scene
        for i in cards:
            r = scene.cards[i].rect
            x = left + (r.x - window.x) * scale
            y = top - (r.y - window.y) * scale
            c.bookmarkHorizontalAbsolute(self.ctx.card_dest(scene.cards[i].number), y + 20, left=max(0.0, x - 20))

    def _overview(self) -> None:
        """The whole map in small, squeezed to the page if it is tall, with a clickable band per part."""
        ctx, c = self.ctx, self.canv
        plan, scene = ctx.plan, ctx.scene
        self._title(tr("map", ctx.lang), tr("map_overview", ctx.lang) + " · " +
                    tr("map_grid_note", ctx.lang, m=len(plan.tiles)))
        area = plan.area
        names_h = 16.0  # the phase names above the squeezed map
        sx = (area.w - INDEX_W) / scene.width
        sy = min(sx, (area.h - names_h) / scene.height)
        left, top = area.x + INDEX_W, area.y + area.h - names_h
        c.saveState()
        if scene.height * sx <= area.h - names_h:  # the map fits at the page's width: draw it as it is
            c.restoreState()
            ctx.painter(c).draw_window(Rect(0, 0, scene.width, scene.height), left, top, sx,
                                       lod=sx * scene.style.label < LOD_PT)
            c.saveState()
        else:
            for lane in scene.geometry.lanes:  # lanes with their names
                r = lane.rect
                c.setFillColor(colour(t.mix(lane.colour, 0.08)))
                c.rect(left + r.x * sx, top - r.bottom * sy, r.w * sx, r.h * sy, stroke=0, fill=1)
                c.setFillColor(colour(lane.colour))
                c.rect(left + r.x * sx, top + 1, r.w * sx, 3, stroke=0, fill=1)
                phase = scene.data.phase_model.phases[lane.index]
                size = 9.0
                name = ellipsize((phase.name.get(ctx.lang) or phase.id)[:200], SANS_BOLD, size, r.w * sx - 6)
                c.setFillColor(colour(t.TEXT))
                c.setFont(SANS_BOLD, size)
                c.drawString(left + r.x * sx + 3, top + 6, name)
            for card in scene.cards:  # each card as a small block in its strip colour
                r = card.rect
                c.setFillColor(colour(card.strip))
                c.rect(left + r.x * sx, top - r.bottom * sy, r.w * sx, max(0.4, r.h * sy), stroke=0, fill=1)
        _frame(c, left, top, scene.width * sx, scene.height * sy)
        last_label = float("inf")
        for i, tile in enumerate(plan.tiles):
            r = tile.core
            x, y, w, h = left + r.x * sx, top - r.bottom * sy, r.w * sx, r.h * sy
            c.setStrokeColor(colour(t.SELECTION))
            c.setLineWidth(0.8)
            c.rect(x, y, w, h, stroke=1, fill=0)
            page = ctx.tile_page(i)
            c.linkAbsolute("", f"map_{i}", (x, y, x + w, y + h), thickness=0)
            label = tr("page_short", ctx.lang, n=page)
            mid = y + h / 2
            if tile.column == 0 and last_label - mid >= 10:
                c.setFillColor(colour(t.SELECTION))
                c.setFont(SANS_BOLD, 8)
                c.drawRightString(left - 6, mid - 3, label)
                c.linkAbsolute("", f"map_{i}", (left - INDEX_W, mid - 5, left, mid + 6), thickness=0)
                last_label = mid
        c.restoreState()


def _neighbours(c: Canvas, ctx: MapContext, tile: Tile, x: float, y: float) -> None:
    """"↑ p. 3   ↓ p. 5": where the map continues, each a link to that page."""
    plan = ctx.plan
    where = {(tl.column, tl.row): i for i, tl in enumerate(plan.tiles)}
    rows = sorted({tl.row for tl in plan.tiles})
    pos = rows.index(tile.row)
    steps: list[tuple[str, tuple[int, int] | None]] = []  # (arrow, the neighbour's column and row; None: overview)
    if pos > 0:
        steps.append(("↑", (tile.column, rows[pos - 1])))
    steps += [("←", (tile.column - 1, tile.row)), ("→", (tile.column + 1, tile.row))]
    if pos < len(rows) - 1:
        steps.append(("↓", (tile.column, rows[pos + 1])))
    steps.append(("⌂", None))
    c.setFont(SANS_BOLD, 10)
    for arrow, key in steps:
        if key is None:
            text, dest = tr("map_overview", ctx.lang), "map"
        else:
            index = where.get(key)
            if index is None:
                continue
            text, dest = f"{arrow} {tr('page_short', ctx.lang, n=ctx.tile_page(index))}", f"map_{index}"
        w = width(text, SANS_BOLD, 10) + 12
        c.setFillColor(colour(t.mix(t.SELECTION, 0.1)))
        c.roundRect(x, y - 4, w, 15, 4, stroke=0, fill=1)
        c.setFillColor(colour(t.SELECTION))
        c.drawString(x + 6, y, text)
        c.linkAbsolute("", dest, (x, y - 4, x + w, y + 11), thickness=0)
        x += w + 6


def _frame(c: Canvas, left: float, top: float, w: float, h: float) -> None:
    c.saveState()
    c.setStrokeColor(colour(t.CARD_BORDER))
    c.setLineWidth(0.6)
    c.rect(left, top - h, w, h, stroke=1, fill=0)
    c.restoreState()
