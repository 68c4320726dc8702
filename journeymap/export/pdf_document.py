"""The management PDF: pages in order, outline, metadata, footer with page n of m, progress and cancel.

`export_pdf` is the Qt-free entry point for the editor and the CLI. The PDF is built in memory and written with
`write_atomic`, so a cancelled or failed export never leaves a file (or half a file) behind.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import landscape, portrait
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from journeymap import __version__
from journeymap.analysis import analyse
from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.blueprint_plan import BlueprintPlan
from journeymap.export.catalogue_info import CatalogueInfo
from journeymap.export.fonts import SANS, clip, ellipsize, register_fonts
from journeymap.export.logo import LogoArt, load_logo
from journeymap.export.map_plan import MARGIN, MODES, PAPERS, MapPlan, card_style, fits_one_page, lane_scale, plan_map
from journeymap.export.pdf_blueprint import blueprint_story
from journeymap.export.pdf_map import MapScene
from journeymap.export.pdf_map_pages import MapContext, MapPage
from journeymap.export.pdf_opportunities import opportunities_story, opportunity_ref
from journeymap.export.pdf_pages import cover_story
from journeymap.export.pdf_persona import persona_story
from journeymap.export.pdf_recommendations import recommendations_story
from journeymap.export.pdf_styles import Bookmark
from journeymap.export.pdf_summary import has_summary, summary_story
from journeymap.export.pdf_tables import appendix_story, findings_story, has_kpis, kpi_story
from journeymap.export.print_layout import CardStyle
from journeymap.export.texts import tr
from journeymap.export.xmp import xmp_stream
from journeymap.fileformat import write_atomic
from journeymap.layout import theme as t
from journeymap.layout.blueprint import has_blueprint
from journeymap.model.data import ProjectData

Progress = Callable[[int, int], None]
TEXT_MARGIN = 48.0
FOOTER_SIZE = 7.5
COLUMN_GAP = 18.0
LANGUAGES = ("de", "en")
SECTIONS = ("cover", "summary", "map", "blueprint", "opportunities", "personas", "kpis", "findings", "recommendations",
            "appendix")


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class PdfReport:
    """What an export produced."""

    pages: int
    mode: str  # "fit" or "tile" (auto resolved)
    paper: str
    lang: str
    path: Path | None = None


def export_pdf(data: ProjectData, out_path: str | os.PathLike[str], paper: str = "a4", lang: str = "de",
               mode: str = "auto", progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               *, today: dt.date | None = None, invariant: bool = False,
               sections: Iterable[str] | None = None) -> PdfReport:
    """Write the management PDF of `data` to `out_path` (atomically; nothing is left behind on failure).

    `paper` is `a4`, `a3`, `a2`, `a1` or `poster`, `lang` `de` or `en`, `mode` `auto`, `fit` or `tile`;
    `sections` the parts to include (default all of `SECTIONS`; parts with nothing to say are left out anyway).
    `progress(done, total)` is
    called after every page (`total` is an estimate that may grow; the last call has done == total).
    `cancelled()` returning True stops the export with `ExportCancelled`. Raises `SaveError` when the file
    cannot be written and `ValueError` for a bad option.
    """
    content, report = render_pdf(data, paper, lang, mode, progress, cancelled, today=today, invariant=invariant,
                                 sections=sections)
    target = write_atomic(content, out_path, backup=False)
    return PdfReport(report.pages, report.mode, paper, lang, target)


def render_pdf(data: ProjectData, paper: str = "a4", lang: str = "de", mode: str = "auto",
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               *, today: dt.date | None = None, invariant: bool = False,
               sections: Iterable[str] | None = None) -> tuple[bytes, PdfReport]:
    """The PDF as bytes, and what it holds (see `export_pdf`)."""
    chosen = check_options(paper, lang, mode, sections)
    register_fonts()
    today = today or dt.date.today()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("the export was cancelled")

    check()
    info = CatalogueInfo(lang)
    analysis = analyse(data, lang)
    scene, plan = _plan(data, lang, info, paper, mode)
    check()
    include = {s: s in chosen for s in SECTIONS}
    include["summary"] = include["summary"] and has_summary(data, analysis)
    include["personas"] = include["personas"] and bool(data.personas)
    include["kpis"] = include["kpis"] and has_kpis(data)
    include["findings"] = include["findings"] and bool(analysis.findings)
    include["appendix"] = include["appendix"] and bool(data.touchpoints)
    include["blueprint"] = include["blueprint"] and has_blueprint(data)
    include["opportunities"] = include["opportunities"] and bool(data.opportunities)
    blueprint = BlueprintPlan(data, paper, lang) if include["blueprint"] else None
    ctx = MapContext(scene, plan, lang, check, first_page=1 + include["cover"] + include["summary"])
    title = clip(data.meta.title, 200) or tr("untitled", lang)
    accent = data.meta.accent or t.SELECTION
    logo = load_logo(data.meta.logo)
    buffer = io.BytesIO()
    pages_done = [0]
    estimate = _estimate(data, plan, len(analysis.findings), include) + (len(blueprint.pages) if blueprint else 0)

    def page_done() -> None:
        pages_done[0] += 1
        if progress is not None:
            progress(pages_done[0], max(estimate, pages_done[0] + 1))
        check()

    first = next((template for key, template in (("cover", "cover"), ("summary", "text"), ("map", "map"),
                                                  ("blueprint", "wide")) if include[key]), "text")
    doc = _Document(buffer, paper, plan.page_size, f"{title} · {texts.date(today, lang)}", page_done, first,
                    _Brand(accent, logo, clip(data.meta.company, 120)),
                    title=title, author=clip(data.meta.author, 200), subject=tr("subject", lang),
                    creator=f"journeymap {__version__}", keywords="customer journey, AIDA(LA), journeymap",
                    lang=lang, invariant=int(invariant), initialFontName=SANS)
    frame = doc.text_frame_size
    by_number = scene.number

    def ref(tid: str) -> str:
        number = by_number.get(tid)
        if number is None:
            return ""
        if not include["map"]:
            return f"#{number}"
        page = ctx.card_page(number - 1)
        return (f'<a href="#{ctx.card_dest(number)}" color="{t.SELECTION}">'
                f'{escape(tr("ref", lang, number=number, page=page))}</a>')

    story: list[Flowable] = []

    def next_page(template: str) -> None:
        if story:
            story.extend([NextPageTemplate(template), PageBreak()])

    if include["cover"]:
        story += cover_story(data, analysis, lang, today, logo, accent, frame)
    if include["summary"]:
        next_page("text")
        names = opportunity_ref(data, lang) if include["opportunities"] else {}
        story += summary_story(data, analysis, lang, ref, frame, accent, names)
    if include["map"]:
        next_page("map")
        story += _map_story(ctx, lang)
    if blueprint is not None:
        next_page("wide")
        story += blueprint_story(blueprint, lang, lambda n: ctx.card_dest(n) if include["map"] else None, check)
    if include["opportunities"]:
        next_page("text")
        story += opportunities_story(data, lang, ref, frame)
    if include["personas"]:
        next_page("text")
        story.append(Bookmark(tr("personas", lang), "personas"))
        for i, persona in enumerate(data.personas):
            if i:
                story.append(PageBreak())
            story += persona_story(data, persona, lang, f"persona_{i}", frame, info.channel, info.icon_forms)
    if include["recommendations"]:
        rec = recommendations_story(data, lang, info.icon_forms)  # only with answers; ends with a page break
        if rec:
            next_page("text")
            story += rec[:-1]
    if include["kpis"]:
        next_page("text")
        story += kpi_story(data, lang, ref)
    if include["findings"]:
        if include["kpis"]:  # a short findings section follows the KPIs on their last page
            story += [CondPageBreak(220), Spacer(1, 18)]
        else:
            next_page("text")
        story += findings_story(analysis, data, lang, ref)
    if include["appendix"]:
        next_page("columns")
        story += appendix_story(data, lang, info.describe, check, ref, lambda tid: by_number[tid])
    if not story:
        raise ValueError("the journey has nothing to show in the chosen sections (" + ", ".join(chosen) + ")")
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary (deflated) streams: smaller files, and ASCII85 in pure Python is slow
    try:
        doc.build(story, canvasmaker=_canvas_class(lang, title, data.meta.author, invariant))
    finally:
        rl_config.useA85 = saved_a85
    total = pages_done[0]
    if progress is not None:
        progress(total, total)
    return buffer.getvalue(), PdfReport(total, plan.mode, paper, lang)


def check_options(paper: str, lang: str, mode: str, sections: Iterable[str] | None) -> tuple[str, ...]:
    """The chosen sections; `ValueError` for an unknown paper, language, mode or section."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r} (use {', '.join(PAPERS)})")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (use de or en)")
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r} (use auto, fit or tile)")
    chosen = SECTIONS if sections is None else tuple(sections)
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        raise ValueError(f"unknown section {unknown[0]!r} (use {', '.join(SECTIONS)})")
    if not chosen:
        raise ValueError("no section to export (choose at least one of " + ", ".join(SECTIONS) + ")")
    return chosen


def _plan(data: ProjectData, lang: str, info: CatalogueInfo, paper: str, mode: str) -> tuple[MapScene, MapPlan]:
    """The map scene with cards sized for the paper, and how it goes onto pages."""
    n_lanes = len(data.phase_model.phases)
    scale, _ = lane_scale(paper, n_lanes)
    scene = MapScene(data, lang, info.icon, info.fits, card_style(scale))
    if mode == "fit" and paper != "poster" and not fits_one_page(paper, n_lanes, scene.height):
        scene = MapScene(data, lang, info.icon, info.fits, CardStyle(1.0))  # small print: cards as on screen
    plan = plan_map(scene.width, scene.height, [card.rect for card in scene.cards], n_lanes, paper, mode,
                    scene.style.header_h)
    spare = plan.area.h / plan.scale - scene.height
    if plan.mode == "fit" and paper != "poster" and spare > 20:  # use the page's height: a taller emotion band
        style = replace(scene.style, band=scene.style.band + min(spare - 10, 1.5 * scene.style.band))
        scene = MapScene(data, lang, info.icon, info.fits, style)
        plan = plan_map(scene.width, scene.height, [card.rect for card in scene.cards], n_lanes, paper, "fit",
                        scene.style.header_h)
    return scene, plan


def _map_story(ctx: MapContext, lang: str) -> list[Flowable]:
    plan = ctx.plan
    story: list[Flowable] = [MapPage(ctx, None, (tr("map", lang), "map", 0))]
    for i in range(len(plan.tiles) if plan.mode == "tile" else 0):
        outline = (tr("map_part", lang, n=i + 1, m=len(plan.tiles)), f"map_{i}", 1)
        story += [PageBreak(), MapPage(ctx, i, outline)]
    return story


def _estimate(data: ProjectData, plan: MapPlan, findings: int, include: dict[str, bool]) -> int:
    """A rough page count for the progress bar (the real count is known only at the end)."""
    kpis = sum(len(tp.kpis) for tp in data.touchpoints)
    return (include["cover"] + include["summary"] + plan.pages * include["map"]
            + len(data.personas) * include["personas"] + math.ceil(kpis / 40) * include["kpis"]
            + math.ceil(findings / 60) * include["findings"]
            + math.ceil(len(data.touchpoints) / 18) * include["appendix"])


@dataclass(frozen=True)
class _Brand:
    accent: str
    logo: LogoArt | None
    company: str


class _Document(BaseDocTemplate):
    """Three page templates: cover and text pages (portrait) and map pages (landscape, or the poster's size)."""

    def __init__(self, buffer: io.BytesIO, paper: str, map_size: tuple[float, float], footer: str,
                 page_done: Callable[[], None], first: str, brand: _Brand, **meta: object) -> None:
        size = portrait(PAPERS[paper])
        super().__init__(buffer, pagesize=size, leftMargin=TEXT_MARGIN, rightMargin=TEXT_MARGIN,
                         topMargin=TEXT_MARGIN, bottomMargin=TEXT_MARGIN + 6, **meta)
        self.footer, self.page_done, self.brand = footer, page_done, brand
        text_frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, 0, 0, 0, 0, id="text")
        map_frame = Frame(MARGIN, MARGIN, map_size[0] - 2 * MARGIN, map_size[1] - 2 * MARGIN, 0, 0, 0, 0,
                          id="map")
        wide = landscape(PAPERS[paper])  # the blueprint's pages (a poster's report: A3)
        wide_frame = Frame(MARGIN, MARGIN, wide[0] - 2 * MARGIN, wide[1] - 2 * MARGIN, 0, 0, 0, 0, id="wide")
        self.text_frame_size = (self.width, self.height - 2)
        half = (self.width - COLUMN_GAP) / 2
        columns = [Frame(self.leftMargin + i * (half + COLUMN_GAP), self.bottomMargin, half, self.height, 0, 0, 0, 0,
                         id=f"column{i}") for i in range(2)]
        templates = {
            "cover": PageTemplate("cover", [text_frame], onPage=self._cover_page, pagesize=size,
                                  autoNextPageTemplate="text"),
            "text": PageTemplate("text", [text_frame], onPage=self._text_page, pagesize=size),
            "map": PageTemplate("map", [map_frame], onPage=self._map_page, pagesize=map_size),
            "wide": PageTemplate("wide", [wide_frame], onPage=self._map_page, pagesize=wide),
            "columns": PageTemplate("columns", columns, onPage=self._text_page, pagesize=size),
        }
        self.addPageTemplates([templates[first]] + [v for k, v in templates.items() if k != first])

    def afterPage(self) -> None:
        self.page_done()

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()
        width, height = canvas._pagesize
        phases = list(t.PHASE_COLOURS.values())
        band = width / len(phases)
        for i, fill in enumerate(phases):  # the six phase colours as a quiet band across the top
            canvas.setFillColor(shapes.colour(fill))
            canvas.rect(i * band, height - 10, band + 0.5, 10, stroke=0, fill=1)
        canvas.setFillColor(shapes.colour(self.brand.accent))
        canvas.rect(0, height - 14, width, 4, stroke=0, fill=1)
        self._footer(canvas, TEXT_MARGIN)

    def _text_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()
        self._header(canvas, TEXT_MARGIN)
        self._footer(canvas, TEXT_MARGIN)

    def _map_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()
        width, height = canvas._pagesize
        canvas.setFillColor(shapes.colour(self.brand.accent))
        canvas.rect(0, height - 4, width, 4, stroke=0, fill=1)
        if self.brand.logo is not None:
            self.brand.logo.draw(canvas, width - MARGIN - 90, 6, 90, 16)
        self._footer(canvas, MARGIN, y=12, right=100 if self.brand.logo is not None else 0)

    def _header(self, canvas: Canvas, margin: float) -> None:
        """The accent line at the top of a text page, the company at its left and the logo at its right."""
        width, height = canvas._pagesize
        y = height - 34
        canvas.saveState()
        canvas.setFillColor(shapes.colour(self.brand.accent))
        canvas.rect(margin, y, width - 2 * margin, 1.6, stroke=0, fill=1)
        room = width - 2 * margin
        if self.brand.logo is not None:
            w, _ = self.brand.logo.draw(canvas, width - margin - 110, y + 4, 110, 18)
            room -= w + 10
        if self.brand.company:
            canvas.setFillColor(shapes.colour(t.MUTED))
            canvas.setFont(SANS, FOOTER_SIZE)
            canvas.drawString(margin, y + 5, ellipsize(self.brand.company, SANS, FOOTER_SIZE, room))
        canvas.restoreState()

    def _footer(self, canvas: Canvas, margin: float, y: float = 28, right: float = 0) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setStrokeColor(shapes.colour("#E1E5EA"))
        canvas.setLineWidth(0.5)
        canvas.line(margin, y + 10, width - margin - right, y + 10)
        canvas.setFillColor(shapes.colour(t.MUTED))
        canvas.setFont(SANS, FOOTER_SIZE)
        canvas.drawString(margin, y, ellipsize(self.footer, SANS, FOOTER_SIZE, width - 2 * margin - 90 - right))
        canvas.translate(width - margin - right, y)
        canvas.doForm(f"jm_page_{canvas.getPageNumber()}")  # "page n of m", defined once m is known
        canvas.restoreState()


def _canvas_class(lang: str, title: str, author: str, invariant: bool) -> type[Canvas]:
    class _Canvas(Canvas):
        """A canvas in the bundled font whose page-number forms are filled in when the page count is known, with
        the title shown in the viewer's title bar, the document language and XMP metadata."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["initialFontName"] = SANS
            super().__init__(*args, **kwargs)

        def save(self) -> None:
            total = self.getPageNumber() - 1
            for n in range(1, total + 1):
                self.beginForm(f"jm_page_{n}", -300, -3, 0, 10)
                self.setFont(SANS, FOOTER_SIZE)
                self.setFillColor(shapes.colour(t.MUTED))
                self.drawRightString(0, 0, tr("page_of", lang, n=n) + str(total))
                self.endForm()
            self.setViewerPreference("DisplayDocTitle", "true")
            self._doc.Catalog.Lang = PDFString("de-DE" if lang == "de" else "en-GB")
            self._doc.Catalog.Metadata = xmp_stream(title, author, tr("subject", lang), lang, invariant)
            super().save()

    return _Canvas
