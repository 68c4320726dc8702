"""The management PDF: pages in order, outline, metadata, footer with page n of m, progress and cancel.

`export_pdf` is the Qt-free entry point for the editor and the CLI. The PDF is built in memory and written with
`write_atomic`, so a cancelled or failed export never leaves a file (or half a file) behind.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import landscape, portrait
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Spacer)

from journeymap import __version__
from journeymap.analysis import analyse
from journeymap.export import pdf_shapes as shapes
from journeymap.export import texts
from journeymap.export.catalogue_info import CatalogueInfo
from journeymap.export.fonts import SANS, ellipsize, register_fonts
from journeymap.export.map_plan import MARGIN, MODES, PAPERS, MapPlan, plan_map
from journeymap.export.pdf_map import MapScene
from journeymap.export.pdf_map_pages import MapContext, MapPage
from journeymap.export.pdf_pages import cover_story
from journeymap.export.pdf_persona import persona_story
from journeymap.export.pdf_recommendations import recommendations_story
from journeymap.export.pdf_styles import Bookmark
from journeymap.export.pdf_tables import appendix_story, findings_story, kpi_story
from journeymap.export.texts import tr
from journeymap.fileformat import write_atomic
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData

Progress = Callable[[int, int], None]
TEXT_MARGIN = 56.0
FOOTER_SIZE = 7.5
LANGUAGES = ("de", "en")


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


def export_pdf(data: ProjectData, out_path: str | os.PathLike, paper: str = "a4", lang: str = "de",
               mode: str = "auto", progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               *, today: dt.date | None = None, invariant: bool = False) -> PdfReport:
    """Write the management PDF of `data` to `out_path` (atomically; nothing is left behind on failure).

    `paper` is `a4` or `a3`, `lang` `de` or `en`, `mode` `auto`, `fit` or `tile`. `progress(done, total)` is
    called after every page (`total` is an estimate that may grow; the last call has done == total).
    `cancelled()` returning True stops the export with `ExportCancelled`. Raises `SaveError` when the file
    cannot be written and `ValueError` for a bad option.
    """
    content, report = render_pdf(data, paper, lang, mode, progress, cancelled, today=today, invariant=invariant)
    target = write_atomic(content, out_path, backup=False)
    return PdfReport(report.pages, report.mode, paper, lang, target)


def render_pdf(data: ProjectData, paper: str = "a4", lang: str = "de", mode: str = "auto",
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               *, today: dt.date | None = None, invariant: bool = False) -> tuple[bytes, PdfReport]:
    """The PDF as bytes, and what it holds (see `export_pdf`)."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r} (use a4 or a3)")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (use de or en)")
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r} (use auto, fit or tile)")
    register_fonts()
    today = today or dt.date.today()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("the export was cancelled")

    check()
    info = CatalogueInfo(lang)
    analysis = analyse(data, lang)
    scene = MapScene(data, lang, info.icon, info.fits)
    plan = plan_map(scene.width, scene.height, [card.rect for card in scene.cards], len(scene.geometry.lanes),
                    paper, mode)
    check()
    buffer = io.BytesIO()
    title = data.meta.title or tr("untitled", lang)
    footer = f"{title} · {texts.date(today, lang)}"
    estimate = _estimate(data, plan, len(analysis.findings))
    pages_done = [0]

    def page_done() -> None:
        pages_done[0] += 1
        if progress is not None:
            progress(pages_done[0], max(estimate, pages_done[0] + 1))
        check()

    doc = _Document(buffer, paper, footer, page_done, title=title, author=data.meta.author,
                    subject=tr("subject", lang), creator=f"journeymap {__version__}",
                    keywords="customer journey, AIDA(LA), journeymap", lang=lang, invariant=int(invariant),
                    initialFontName=SANS)
    story = cover_story(data, analysis, lang, today)
    story += [NextPageTemplate("map"), PageBreak()] + _map_story(MapContext(scene, plan, lang, check), lang)
    story += [NextPageTemplate("text"), PageBreak()]
    frame = doc.text_frame_size
    for i, persona in enumerate(data.personas):
        if i == 0:
            story.append(Bookmark(tr("personas", lang), "personas"))
        story += persona_story(data, persona, lang, f"persona_{i}", frame, info.channel, info.icon_forms)
        story.append(PageBreak())
    story += recommendations_story(data, lang, info.icon_forms)  # only with answers; ends with a page break
    story += kpi_story(data, lang) + [CondPageBreak(140), Spacer(1, 24)] + findings_story(analysis, lang)
    if data.touchpoints:
        story += [PageBreak()] + appendix_story(data, lang, info.describe, check)
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary (deflated) streams: smaller files, and ASCII85 in pure Python is slow
    try:
        doc.build(story, canvasmaker=_canvas_class(lang))
    finally:
        rl_config.useA85 = saved_a85
    total = pages_done[0]
    if progress is not None:
        progress(total, total)
    return buffer.getvalue(), PdfReport(total, plan.mode, paper, lang)


def _map_story(ctx: MapContext, lang: str) -> list:
    plan = ctx.plan
    story: list = [MapPage(ctx, None, (tr("map", lang), "map", 0))]
    for i in range(len(plan.tiles) if plan.mode == "tile" else 0):
        outline = (tr("map_part", lang, n=i + 1, m=len(plan.tiles)), f"map_{i}", 1)
        story += [PageBreak(), MapPage(ctx, i, outline)]
    return story


def _estimate(data: ProjectData, plan: MapPlan, findings: int) -> int:
    """A rough page count for the progress bar (the real count is known only at the end)."""
    kpis = sum(len(tp.kpis) for tp in data.touchpoints)
    return (1 + plan.pages + len(data.personas) + max(1, math.ceil(kpis / 40)) + max(1, math.ceil(findings / 25))
            + math.ceil(len(data.touchpoints) / 5))


class _Document(BaseDocTemplate):
    """Three page templates: cover and text pages (portrait) and map pages (landscape)."""

    def __init__(self, buffer: io.BytesIO, paper: str, footer: str, page_done: Callable[[], None],
                 **meta: object) -> None:
        size = portrait(PAPERS[paper])
        super().__init__(buffer, pagesize=size, leftMargin=TEXT_MARGIN, rightMargin=TEXT_MARGIN,
                         topMargin=TEXT_MARGIN, bottomMargin=TEXT_MARGIN + 6, **meta)
        self.footer, self.page_done = footer, page_done
        text_frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, 0, 0, 0, 0, id="text")
        wide = landscape(PAPERS[paper])
        map_frame = Frame(MARGIN, MARGIN, wide[0] - 2 * MARGIN, wide[1] - 2 * MARGIN, 0, 0, 0, 0, id="map")
        self.text_frame_size = (self.width, self.height - 2)
        self.addPageTemplates([
            PageTemplate("cover", [text_frame], onPage=self._cover_page, pagesize=size, autoNextPageTemplate="text"),
            PageTemplate("text", [text_frame], onPage=self._text_page, pagesize=size),
            PageTemplate("map", [map_frame], onPage=self._map_page, pagesize=wide),
        ])

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
        self._footer(canvas, TEXT_MARGIN)

    def _text_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._footer(canvas, TEXT_MARGIN)

    def _map_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._footer(canvas, MARGIN, y=16)

    def _footer(self, canvas: Canvas, margin: float, y: float = 28) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setStrokeColor(shapes.colour("#E1E5EA"))
        canvas.setLineWidth(0.5)
        canvas.line(margin, y + 10, width - margin, y + 10)
        canvas.setFillColor(shapes.colour(t.MUTED))
        canvas.setFont(SANS, FOOTER_SIZE)
        canvas.drawString(margin, y, ellipsize(self.footer, SANS, FOOTER_SIZE, width - 2 * margin - 90))
        canvas.translate(width - margin, y)
        canvas.doForm(f"jm_page_{canvas.getPageNumber()}")  # "page n of m", defined once m is known
        canvas.restoreState()


def _canvas_class(lang: str) -> type[Canvas]:
    class _Canvas(Canvas):
        """A canvas in the bundled font whose page-number forms are filled in when the page count is known."""

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
            super().save()

    return _Canvas
