"""A journey's whole map on one poster (A2, A1 or A0, landscape), drawn by the report's map painter.

The lanes fill the poster's width where the map's height allows it; a tall map is scaled down to fit as a whole.
Spare height goes to the emotion band, as on a fitted report page. The legend is the report's, enlarged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from journeymap.export import pdf_shapes as shapes
from journeymap.export.catalogue_info import CatalogueInfo
from journeymap.export.fonts import SANS, SANS_BOLD, clip, ellipsize, width
from journeymap.export.kit.poster import DESIGN_W
from journeymap.export.kit.texts import tr
from journeymap.export.map_legend import draw_legend
from journeymap.export.map_plan import LEGEND_LINE, LEGEND_LINES, MapPlan, Tile, card_style
from journeymap.export.pdf_map import MapScene
from journeymap.export.pdf_map_pages import LOD_PT, MapContext
from journeymap.export.print_layout import K_MAX, CardStyle, PrintLayout
from journeymap.export.texts import date
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect
from journeymap.model.data import ProjectData

colour = shapes.colour
MARGIN: float = 14 * mm  # at A1; scaled with the paper like everything else around the map
TITLE_H: float = 30 * mm
LEGEND_SCALE = 1.8  # the report's legend, enlarged for reading at a wall (at A1)
LABEL_PT = 18.0  # card labels grow up to this size (at A1) when the lanes are narrow and the poster has height


def draw_map_poster(c: Canvas, size: tuple[float, float], data: ProjectData, lang: str,
                    check: Callable[[], None] = lambda: None) -> float:
    """The journey's title, its whole map and the legend on the current page of `c` (a page of `size`); returns
    the size of the card labels on paper, in points (a very tall map gets very small print)."""
    k = size[0] / DESIGN_W  # the paper against A1
    margin = MARGIN * k
    legend_scale = LEGEND_SCALE * k
    legend_h = (LEGEND_LINE * LEGEND_LINES + 8) * legend_scale
    area = Rect(margin, margin + legend_h, size[0] - 2 * margin, size[1] - 2 * margin - TITLE_H * k - legend_h)
    scene = _scene(data, lang, area, k)
    check()
    scale = min(area.w / scene.width, area.h / scene.height)
    w, h = scene.width * scale, scene.height * scale
    left, top = area.x + (area.w - w) / 2, area.y + area.h
    _title(c, data, lang, margin, size, k)
    plan = MapPlan("fit", size, area, scale, scale, (Tile(0, 0, Rect(0, 0, scene.width, scene.height), None,
                                                          Rect(0, 0, scene.width, scene.height)),), 1, 1)
    ctx = MapContext(scene, plan, lang, check, first_page=1)
    painter = ctx.painter(c)
    drawn = painter.draw_window(Rect(0, 0, scene.width, scene.height), left, top, scale,
                                lod=scale * scene.style.label < LOD_PT)
    c.saveState()
    c.setStrokeColor(colour(t.CARD_BORDER))
    c.setLineWidth(0.8 * k)
    c.rect(left, top - h, w, h, stroke=1, fill=0)
    c.translate(left, top - h - 10 * k - 4 * legend_scale)
    c.scale(legend_scale, legend_scale)
    draw_legend(c, ctx, 0, 0, w / legend_scale, drawn)
    c.restoreState()
    return float(scale * scene.style.label)


def _scene(data: ProjectData, lang: str, area: Rect, paper_scale: float) -> MapScene:
    """The map with cards sized for the poster: the lanes fill its width; narrow lanes on a poster with height to
    spare get larger card contents (labels up to `LABEL_PT` at A1), then the emotion band takes the rest."""
    info = CatalogueInfo(lang)
    lanes = len(data.phase_model.phases)
    across = area.w / (lanes * t.LANE_WIDTH)
    style: CardStyle = card_style(across)
    k = min(K_MAX, LABEL_PT * paper_scale / (t.LABEL_SIZE * across))
    while k > style.k + 0.01:  # the largest enlargement whose map still fits the poster's height
        if PrintLayout(data, CardStyle(k)).geometry.height * across <= area.h:
            style = CardStyle(k)
            break
        k -= 0.1
    scene = MapScene(data, lang, info.icon, info.fits, style)
    scale = min(area.w / scene.width, area.h / scene.height)
    spare = area.h / scale - scene.height
    if spare > 20:
        style = replace(style, band=style.band + min(spare - 10, 1.5 * style.band))
        scene = MapScene(data, lang, info.icon, info.fits, style)
    return scene


def _title(c: Canvas, data: ProjectData, lang: str, margin: float, size: tuple[float, float], k: float) -> None:
    """The journey's title, company and workshop date above the map; the kit's name at the right."""
    top = size[1] - margin
    title = clip(data.meta.title, 200) or tr("untitled", lang)
    tag = f"journeymap · {tr('kit', lang)}"
    tag_w = width(tag, SANS_BOLD, 16 * k)
    room = size[0] - 2 * margin - tag_w - 20 * k
    c.saveState()
    c.setFillColor(colour(t.TEXT))
    c.setFont(SANS_BOLD, 40 * k)
    c.drawString(margin, top - 36 * k, ellipsize(title, SANS_BOLD, 40 * k, room))
    details = [clip(data.meta.company, 200)]
    if data.meta.workshop_date:
        from datetime import date as day

        details.append(date(day.fromisoformat(data.meta.workshop_date), lang))
    detail = " · ".join(d for d in details if d)
    if detail:
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, 18 * k)
        c.drawString(margin, top - 62 * k, ellipsize(detail, SANS, 18 * k, room))
    c.setFillColor(colour(t.MUTED))
    c.setFont(SANS_BOLD, 16 * k)
    c.drawRightString(size[0] - margin, top - 30 * k, tag)
    c.restoreState()
