"""The landscape map pages: the whole map (fit), or an overview with a page-index grid followed by tiles."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from journeymap.export import pdf_shapes as shapes
from journeymap.export.fonts import SANS, SANS_BOLD, ellipsize, width
from journeymap.export.map_plan import LEGEND_LINES, MARGIN, MapPlan, Tile
from journeymap.export.pdf_map import MUTED_CURVE_ALPHA, MapPainter, MapScene, link_mark
from journeymap.export.texts import tr
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect

colour = shapes.colour
LOD_SCALE = t.LOD_THRESHOLD  # below this, cards show only strip, fill and icon
MARK_W = 10.0


class MapContext:
    """What all map pages of one document share: the scene, the plan, the language, one painter."""

    def __init__(self, scene: MapScene, plan: MapPlan, lang: str, check: Callable[[], None]) -> None:
        self.scene, self.plan, self.lang, self.check = scene, plan, lang, check
        self._painter: MapPainter | None = None
        self.first_tile_page = 0

    def painter(self, canvas) -> MapPainter:
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
        ctx.painter(c).marks.clear()
        c.saveState()
        c.translate(-MARGIN, -MARGIN)  # the frame fills the margins: draw in page coordinates
        plan = ctx.plan
        if self.tile_index is None:
            self._whole(plan.mode == "tile")
        else:
            self._tile(plan.tiles[self.tile_index])
        c.restoreState()

    def _title(self, text: str, detail: str = "", right: str = "") -> None:
        c, area = self.canv, self.ctx.plan.area
        y = area.y + area.h + 14
        c.setFillColor(colour(t.TEXT))
        c.setFont(SANS_BOLD, 14)
        c.drawString(area.x, y, text)
        if detail:
            c.setFont(SANS, 10)
            c.setFillColor(colour(t.MUTED))
            c.drawString(area.x + width(text, SANS_BOLD, 14) + 10, y, detail)
        if right:
            c.setFont(SANS, 9)
            c.setFillColor(colour(t.MUTED))
            c.drawRightString(area.x + area.w, y, right)

    def _whole(self, overview: bool) -> None:
        ctx, c = self.ctx, self.canv
        plan, scene = ctx.plan, ctx.scene
        scale = plan.fit_scale
        w, h = scene.width * scale, scene.height * scale
        left = plan.area.x + (plan.area.w - w) / 2
        top = plan.area.y + plan.area.h
        if overview:
            self.ctx.first_tile_page = c.getPageNumber() + 1
            note = tr("map_grid_note", ctx.lang, m=len(plan.tiles))
            self._title(tr("map", ctx.lang), tr("map_overview", ctx.lang), note)
        else:
            self._title(tr("map", ctx.lang))
        _frame(c, left, top, w, h)
        ctx.painter(c).draw_window(Rect(0, 0, scene.width, scene.height), left, top, scale, lod=scale < LOD_SCALE)
        if overview:
            self._grid(left, top, scale)
        _legend(c, ctx, plan.area.x, top - h - 14, plan.area.w)

    def _grid(self, left: float, top: float, scale: float) -> None:
        """The page-index grid: each tile's part of the map, labelled with its page number."""
        c, ctx = self.canv, self.ctx
        c.saveState()
        for i, tile in enumerate(ctx.plan.tiles):
            r = tile.core
            x, y = left + r.x * scale, top - r.bottom * scale
            c.setStrokeColor(colour(t.SELECTION))
            c.setLineWidth(1.2)
            c.setDash([5, 3])
            c.rect(x, y, r.w * scale, r.h * scale, stroke=1, fill=0)
            label = tr("page_short", ctx.lang, n=ctx.first_tile_page + i)
            size = max(5.0, min(11.0, r.h * scale * 0.42, r.w * scale * 0.2))
            pill = width(label, SANS_BOLD, size) + size * 1.2
            cx, cy = x + r.w * scale / 2, y + r.h * scale / 2
            c.setDash([])
            c.setFillColor(colour(t.SELECTION))
            c.roundRect(cx - pill / 2, cy - size * 0.9, pill, size * 1.8, size * 0.9, stroke=0, fill=1)
            c.setFillColor(shapes.WHITE)
            c.setFont(SANS_BOLD, size)
            c.drawCentredString(cx, cy - size * 0.36, label)
        c.restoreState()

    def _tile(self, tile: Tile) -> None:
        ctx, c = self.ctx, self.canv
        plan = ctx.plan
        index = self.tile_index or 0
        page = c.getPageNumber()
        self._title(tr("map", ctx.lang), tr("map_part", ctx.lang, n=index + 1, m=len(plan.tiles)),
                    _neighbours(plan, tile, page - index, ctx.lang))
        scale = plan.scale
        left, top = plan.area.x, plan.area.y + plan.area.h
        painter = ctx.painter(c)
        body_top = top
        if tile.header is not None:
            painter.draw_window(tile.header, left, top, scale)
            body_top = top - tile.header.h * scale
        painter.draw_window(tile.body, left, body_top, scale)
        w = tile.body.w * scale
        h = top - (body_top - tile.body.h * scale)
        _veil(c, tile, left, body_top, scale)
        _frame(c, left, top, w, h)
        _legend(c, ctx, plan.area.x, top - h - 14, plan.area.w)


def _neighbours(plan: MapPlan, tile: Tile, first_page: int, lang: str) -> str:
    """"← p. 3 · p. 5 → · ↓ p. 7": where the map continues."""
    where = {(tl.column, tl.row): first_page + i for i, tl in enumerate(plan.tiles)}
    parts = []
    for (dc, dr), arrow in (((0, -1), "↑"), ((-1, 0), "←"), ((1, 0), "→"), ((0, 1), "↓")):
        page = where.get((tile.column + dc, tile.row + dr))
        if page is not None:
            parts.append(f"{arrow} {tr('page_short', lang, n=page)}")
    return "   ".join(parts)


def _veil(c, tile: Tile, left: float, top: float, scale: float) -> None:
    """Lighten the overlap with the neighbouring tiles, so the eye knows it is repeated."""
    body, core = tile.body, tile.core
    strips = []
    if core.x > body.x:
        strips.append(Rect(body.x, body.y, core.x - body.x, body.h))
    if core.right < body.right:
        strips.append(Rect(core.right, body.y, body.right - core.right, body.h))
    if core.y > body.y:
        strips.append(Rect(body.x, body.y, body.w, core.y - body.y))
    if not strips:
        return
    c.saveState()
    c.setFillColor(shapes.WHITE)
    c.setFillAlpha(0.55)
    for r in strips:
        c.rect(left + (r.x - body.x) * scale, top - (r.bottom - body.y) * scale, r.w * scale, r.h * scale,
               stroke=0, fill=1)
    c.restoreState()


def _frame(c, left: float, top: float, w: float, h: float) -> None:
    c.saveState()
    c.setStrokeColor(colour(t.CARD_BORDER))
    c.setLineWidth(0.6)
    c.rect(left, top - h, w, h, stroke=1, fill=0)
    c.restoreState()


LEGEND_SIZE = 7.5
LEGEND_LINE = 12.0


def _persona_entries(c, ctx: MapContext, label: Callable) -> list[list]:
    """One entry per persona: its colour as a curve sample with a dot (curve and card dots), or as a dot alone
    when it has no curve; then the muted general curve when persona curves are drawn."""
    scene = ctx.scene
    with_curve = scene.curve_personas
    entries = []

    def curve_sample(fill: str, dashed: bool = False) -> Callable[[float, float], None]:
        def draw(px: float, mid: float) -> None:
            c.saveState()
            c.setStrokeColor(colour(fill))
            c.setLineWidth(1.2 if dashed else 1.8)
            if dashed:
                c.setDash([3, 2])
            c.line(px, mid, px + 16, mid)
            c.restoreState()
            if not dashed:
                shapes.dot(c, px + 8, mid, 6, fill)
        return draw

    for persona in scene.data.personas:
        name = label(ellipsize(persona.name, SANS, LEGEND_SIZE, 140))
        if persona.id in with_curve:
            entries.append([(20, curve_sample(persona.colour)), name])
        else:
            entries.append([(11, lambda px, mid, p=persona: shapes.dot(c, px + 4, mid, 8, p.colour)), name])
    if with_curve and scene.curve:
        muted = t.mix(t.CURVE_COLOUR, MUTED_CURVE_ALPHA)
        entries.append([(20, curve_sample(muted, dashed=True)), label(tr("legend_general", ctx.lang))])
    return entries


def _legend(c, ctx: MapContext, x: float, top: float, room: float) -> None:
    """Lines under the map (the first centred on `top`) explaining faces, links, KPI badges, strips, the fit hint,
    persona dots and numbered link labels. Entries flow into at most three lines; what does not fit ends in …"""
    lang = ctx.lang
    Part = tuple[float, Callable[[float, float], None]]
    entries: list[list[Part]] = []

    def label(s: str) -> Part:
        def draw(px: float, mid: float) -> None:
            c.setFillColor(colour(t.MUTED))
            c.setFont(SANS, LEGEND_SIZE)
            c.drawString(px, mid - 2.5, s)
        return width(s, SANS, LEGEND_SIZE), draw

    def faces(px: float, mid: float) -> None:
        for k, score in enumerate(range(-2, 3)):
            shapes.face(c, px + 4.5 + k * 11, mid, 9, score)

    def badges(px: float, mid: float) -> None:
        for state in ("met", "missed", "open"):
            px += shapes.kpi_badge(c, px, mid - 5, 10, 1, state) + 3

    def strip(fill: str) -> Part:
        def draw(px: float, mid: float) -> None:
            c.setFillColor(colour(fill))
            c.rect(px, mid - 5, 3, 10, stroke=0, fill=1)
        return 7, draw

    entries.append([(57, faces), label(f"{tr('emotion', lang)} −2 … +2")])
    entries += _persona_entries(c, ctx, label)  # right after the faces: they explain the curves in the band
    for kind, key in (("step", "legend_step"), ("alternative", "legend_alternative"), ("loop_back", "legend_loop")):
        entries.append([(27, lambda px, mid, kind=kind: shapes.link_sample(c, px, mid, 22, kind)),
                        label(tr(key, lang))])
    badge_w = sum(shapes.kpi_badge_width(1, s, 10) + 3 for s in ("met", "missed", "open"))
    entries.append([(badge_w + 2, badges), label(tr("legend_kpi", lang))])
    entries.append([strip(t.PHASE_COLOURS["attention"]), label(tr("legend_digital", lang)), (8, lambda px, mid: None),
                    strip(t.ANALOGUE_STRIP), label(tr("legend_analogue", lang))])
    entries.append([(12, lambda px, mid: shapes.fit_hint(c, px, mid - 3.5, 8)), label(tr("legend_fit", lang))])
    shown = ctx.painter(c).marks
    by_text: dict[str, list[int]] = {}
    for number, text in ctx.scene.link_key:
        if number in shown:
            by_text.setdefault(text, []).append(number)
    for text, numbers in by_text.items():  # links with the same label share one entry: ① ② Rückfrage
        marks = [(MARK_W + 2, lambda px, mid, n=n: link_mark(c, px + MARK_W / 2, mid, MARK_W, n)) for n in numbers]
        entries.append(marks + [(2, lambda px, mid: None), label(ellipsize(text, SANS, LEGEND_SIZE, 200))])
    c.saveState()
    line, px, gap = 0, x, 14.0
    for k, entry in enumerate(entries):
        w = sum(part[0] for part in entry)
        if px + w > x + room and px > x:
            line, px = line + 1, x
        last_line = line == LEGEND_LINES - 1
        if line == LEGEND_LINES or (last_line and k < len(entries) - 1 and px + w + gap + 12 > x + room
                                    and any(px + w + gap + sum(p[0] for p in e) > x + room for e in entries[k + 1:k + 2])):
            label("…")[1](min(px, x + room - 8), top - (LEGEND_LINES - 1) * LEGEND_LINE)
            break
        for part_w, draw in entry:
            draw(px, top - line * LEGEND_LINE)
            px += part_w
        px += gap
    c.restoreState()
