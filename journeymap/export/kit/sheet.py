"""The kit's PDF: pages drawn one by one on a reportlab canvas, with metadata, progress and cancel.

Every page of a kit PDF has the same size. The bundled font is embedded (a subset); the document carries title,
author, subject, creator, its language and XMP metadata, and shows its title in the viewer's title bar.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, landscape, portrait
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen.canvas import Canvas

from journeymap import __version__
from journeymap.export.fonts import SANS, ellipsize, register_fonts
from journeymap.export.kit.texts import tr
from journeymap.export.pdf_document import ExportCancelled
from journeymap.export.pdf_shapes import colour
from journeymap.export.xmp import xmp_stream
from journeymap.layout import theme as t

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "a3": A3, "a2": A2, "a1": A1, "a0": A0}
LANGUAGES = ("de", "en")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MARGIN_TEXT = 7.0  # size of the notes printed in a sheet's margin


@dataclass(frozen=True)
class KitReport:
    """What a kit export produced: `kind` is `cards`, `poster` or `personas`; `items` the cards or persona sheets
    with content (a journey poster: its touchpoints), `blank` the empty ones to write on."""

    kind: str
    pages: int
    paper: str
    lang: str
    items: int = 0
    blank: int = 0
    path: Path | None = None
    label_pt: float = 0.0  # a journey poster: the size of its card labels on paper (0: no map)


def page_size(paper: str, allowed: tuple[str, ...], wide: bool) -> tuple[float, float]:
    """The page size for `paper` (landscape when `wide`); `ValueError` for a paper not in `allowed`."""
    if paper not in allowed:
        raise ValueError(f"unknown paper {paper!r} (use {', '.join(allowed)})")
    w, h = landscape(PAPERS[paper]) if wide else portrait(PAPERS[paper])
    return float(w), float(h)


def check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (use de or en)")


class Sheets:
    """A PDF drawn page by page: `c` is the canvas of the current page; `next_page()` ends it."""

    def __init__(self, size: tuple[float, float], lang: str, title: str, subject: str, author: str = "",
                 total: int = 1, progress: Progress | None = None, cancelled: Cancelled | None = None,
                 invariant: bool = False) -> None:
        register_fonts()
        self.size, self.lang, self.title, self.subject, self.author = size, lang, title, subject, author
        self.total, self.progress, self.cancelled, self.invariant = max(1, total), progress, cancelled, invariant
        self.done = 0
        self._buffer = io.BytesIO()
        self.c = Canvas(self._buffer, pagesize=size, invariant=int(invariant), initialFontName=SANS)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setSubject(subject)
        self.c.setCreator(f"journeymap {__version__}")
        self.c.setKeywords("customer journey, AIDA(LA), workshop, journeymap")
        self.check()

    def check(self) -> None:
        """Raise `ExportCancelled` when the caller asks to stop."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("the export was cancelled")

    def next_page(self) -> None:
        """End the current page (reporting progress, checking for a cancel)."""
        self.c.showPage()
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))
        self.check()

    def footer(self, left: str, y: float, margin: float) -> None:
        """A line in the bottom margin: `left` text and "Page n of m" at the right."""
        c, (w, _) = self.c, self.size
        right = tr("page_of", self.lang, n=self.done + 1, m=self.total)
        c.saveState()
        c.setFillColor(colour(t.MUTED))
        c.setFont(SANS, MARGIN_TEXT)
        c.drawRightString(w - margin, y, right)
        room = w - 2 * margin - c.stringWidth(right, SANS, MARGIN_TEXT) - 12
        c.drawString(margin, y, ellipsize(left, SANS, MARGIN_TEXT, room))
        c.restoreState()

    def finish(self) -> bytes:
        """Close the document and return its bytes."""
        c = self.c
        c.setViewerPreference("DisplayDocTitle", "true")
        c._doc.Catalog.Lang = PDFString("de-DE" if self.lang == "de" else "en-GB")
        c._doc.Catalog.Metadata = xmp_stream(self.title, self.author, self.subject, self.lang, self.invariant)
        saved = rl_config.useA85
        rl_config.useA85 = 0  # binary (deflated) streams: smaller files
        try:
            c.save()
        finally:
            rl_config.useA85 = saved
        if self.progress is not None:
            self.progress(self.done, self.done)
        return self._buffer.getvalue()
