"""Paragraph styles and small flowables of the text pages (all in the bundled font, sizes from VISUAL.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, TableStyle

from journeymap.export.fonts import SANS, SANS_BOLD, register_fonts
from journeymap.export.pdf_shapes import colour
from journeymap.layout import theme as t

BODY_SIZE = 10.0
RULE = "#D5DAE1"


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    kicker: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    quote: ParagraphStyle
    entry: ParagraphStyle
    row: ParagraphStyle
    row_right: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared paragraph styles."""
    register_fonts()
    text, muted = colour(t.TEXT), colour(t.MUTED)
    base = ParagraphStyle("jm-body", fontName=SANS, fontSize=BODY_SIZE, leading=14.5, textColor=text,
                          bulletFontName=SANS)
    cell = ParagraphStyle("jm-cell", parent=base, fontSize=8.5, leading=11)
    return Styles(
        title=ParagraphStyle("jm-title", parent=base, fontName=SANS_BOLD, fontSize=24, leading=30, spaceAfter=6),
        kicker=ParagraphStyle("jm-kicker", parent=base, fontName=SANS_BOLD, fontSize=9, leading=12,
                              textColor=muted, spaceAfter=10),
        subtitle=ParagraphStyle("jm-subtitle", parent=base, fontSize=13, leading=18, textColor=muted),
        h1=ParagraphStyle("jm-h1", parent=base, fontName=SANS_BOLD, fontSize=16, leading=21, spaceAfter=8),
        h2=ParagraphStyle("jm-h2", parent=base, fontName=SANS_BOLD, fontSize=12, leading=16, spaceBefore=12,
                          spaceAfter=5),
        h3=ParagraphStyle("jm-h3", parent=base, fontName=SANS_BOLD, fontSize=10.5, leading=14),
        body=base,
        muted=ParagraphStyle("jm-muted", parent=base, textColor=muted),
        small=ParagraphStyle("jm-small", parent=base, fontSize=8.5, leading=11.5, textColor=muted),
        bullet=ParagraphStyle("jm-bullet", parent=base, fontSize=9.5, leading=13, leftIndent=12, bulletIndent=2,
                              bulletFontName=SANS, spaceAfter=1.5),
        cell=cell,
        cell_bold=ParagraphStyle("jm-cell-bold", parent=cell, fontName=SANS_BOLD),
        cell_right=ParagraphStyle("jm-cell-right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("jm-cell-head", parent=cell, fontName=SANS_BOLD, textColor=muted),
        cell_head_right=ParagraphStyle("jm-cell-head-right", parent=cell, fontName=SANS_BOLD, textColor=muted,
                                       alignment=TA_RIGHT),
        quote=ParagraphStyle("jm-quote", parent=base, fontSize=11, leading=16, textColor=text),
        entry=ParagraphStyle("jm-entry", parent=base, fontSize=8, leading=9.8, spaceAfter=3.5),
        row=ParagraphStyle("jm-row", parent=cell, fontSize=8, leading=9.6),
        row_right=ParagraphStyle("jm-row-right", parent=cell, fontSize=8, leading=9.6, alignment=TA_RIGHT),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style in the bundled font (reportlab's tables otherwise set Helvetica, even for paragraph cells)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: user text never becomes markup)."""
    return Paragraph(escape(text), style)


def bullets(items: list[str] | tuple[str, ...], style: ParagraphStyle | None = None,
            mark: str = "•") -> list[Paragraph]:
    """One bulleted paragraph per non-empty item."""
    style = style or styles().bullet
    return [Paragraph(escape(item), style, bulletText=mark) for item in items if item.strip()]


class Heading(Paragraph):
    """A heading that also places a PDF bookmark and an outline entry where it is drawn."""

    def __init__(self, text: str, style: ParagraphStyle, key: str | None = None, level: int = 0,
                 outline: str | None = None) -> None:
        super().__init__(escape(text), style)
        self.key, self.level, self.outline = key, level, outline or text

    def draw(self) -> None:
        if self.key:
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=False)
        super().draw()


class Bookmark(Flowable):
    """An invisible outline entry for the page it lands on (for sections whose title is drawn otherwise)."""

    def __init__(self, title: str, key: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class Rule(Flowable):
    """A thin horizontal line across the frame."""

    def __init__(self, colour_hex: str = RULE, thickness: float = 0.6, space: float = 4.0) -> None:
        super().__init__()
        self.colour_hex, self.thickness, self.space = colour_hex, thickness, space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(colour(self.colour_hex))
        self.canv.setLineWidth(self.thickness)
        y = self.space + self.thickness / 2
        self.canv.line(0, y, self.width, y)
