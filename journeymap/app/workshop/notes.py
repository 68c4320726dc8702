"""The notes panel of the workshop mode: the current phase's touchpoints — emotion face, label, emotion note, pain
points, opportunities and KPIs (actual against target) — in type meant for the back of the room, on as many pages as
they need. Read-only: it shows `Touchpoint` values and never touches the model.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from journeymap.canvas.items.faces import draw_face
from journeymap.export.texts import number
from journeymap.layout import theme as t
from journeymap.model import Kpi, Touchpoint

# Pixel sizes at a 1080 px high screen (20 pt ≈ 27 px at 96 dpi): everything the room reads is at least 28 px.
LABEL_PX = 34
BODY_PX = 29
PHASE_PX = 54
SUB_PX = 30
COUNTER_PX = 28
FACE_PX = 48
LEAST_LABEL_PX = 24  # on a small projector (1280×720) too, a touchpoint's label is at least this
LEAST_BODY_PX = 20
PAD_X, PAD_TOP, PAD_BOTTOM = 48, 36, 28
BLOCK_GAP = 24
PAIN = "#B03A2E"
IDEA = "#1E6B45"
STATUS = {"met": ("✓", t.KPI_OK), "missed": ("✗", "#B9770E"), "open": ("–", t.MUTED)}


def kpi_text(kpi: Kpi, lang: str) -> tuple[str, str]:
    """A KPI as (figures, status word): `2,2 % · target ≥ 3 %`, `missed`."""
    def value(v: float | None) -> str:
        if v is None:
            return "–"
        return f"{number(v, lang)}\u00a0{kpi.unit}" if kpi.unit else number(v, lang)

    direction = "≥" if kpi.better == "higher" else "≤"
    target = ""
    if kpi.target is not None:
        target = QCoreApplication.translate("NotesPanel", "target %1").replace(
            "%1", f"{direction}\u00a0{value(kpi.target)}")
    figures = " · ".join(part for part in (value(kpi.actual), target) if part)
    status = {"met": QCoreApplication.translate("NotesPanel", "met"),
              "missed": QCoreApplication.translate("NotesPanel", "missed"), "open": ""}[kpi.status()]
    return figures, status


def note_lines(tp: Touchpoint, lang: str, opportunities: Sequence[str] = ()) -> list[tuple[str, str, str]]:
    """What the panel says about a touchpoint below its label, as (kind, lead, text) in reading order; kind is
    `note`, `pain`, `opportunity` (the texts of the opportunities that belong to it) or `kpi` (the lead of a KPI
    line is its name, the text its figures and status)."""
    lines: list[tuple[str, str, str]] = []
    if tp.emotion_note.strip():
        lines.append(("note", "", tp.emotion_note.strip()))
    pain = QCoreApplication.translate("NotesPanel", "Pain point:")
    chance = QCoreApplication.translate("NotesPanel", "Opportunity:")
    lines += [("pain", pain, p.strip()) for p in tp.pain_points if p.strip()]
    lines += [("opportunity", chance, o.strip()) for o in opportunities if o.strip()]
    for kpi in tp.kpis:
        figures, status = kpi_text(kpi, lang)
        mark = STATUS[kpi.status()][0]
        lines.append(("kpi", f"{kpi.name}:", f"{figures} {mark} {status}".strip() if status else figures))
    return lines


def _body_html(tp: Touchpoint, lang: str, opportunities: Sequence[str]) -> str:
    parts = []
    for kind, lead, text in note_lines(tp, lang, opportunities):
        if kind == "note":
            parts.append(f'<p style="color:{t.MUTED}"><i>{html.escape(text)}</i></p>')
            continue
        colour = {"pain": PAIN, "opportunity": IDEA, "kpi": t.TEXT}[kind]
        body = html.escape(text)
        if kind == "kpi":
            kpi = next(k for k in tp.kpis if f"{k.name}:" == lead)
            mark, mark_colour = STATUS[kpi.status()]
            figures, status = kpi_text(kpi, lang)
            body = html.escape(figures)
            if status:
                body += f' <span style="color:{mark_colour}"><b>{mark}</b>&nbsp;{html.escape(status)}</span>'
        parts.append(f'<p><b style="color:{colour}">{html.escape(lead)}</b> {body}</p>')
    return "".join(parts)


def _document(font: QFont, width: float, content: str, rich: bool = True) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(f"body {{ color: {t.TEXT}; }} p {{ margin-top: 0px; margin-bottom: 4px; }}")
    if rich:
        doc.setHtml(content)
    else:
        doc.setPlainText(content)
    doc.setTextWidth(width)
    return doc


def _draw(painter: QPainter, doc: QTextDocument, x: float, y: float) -> None:
    """Draw a text document at (x, y) in the map's text colour, whatever the desktop palette says."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor(t.TEXT))
    painter.save()
    painter.translate(x, y)
    doc.documentLayout().draw(painter, context)
    painter.restore()


@dataclass
class _Block:
    touchpoint: Touchpoint
    label: QTextDocument
    body: QTextDocument | None
    height: float
    face_dy: float  # the face's and the label's offsets from the block's top: centred on each other
    label_dy: float


def _font(base: QFont, px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(px)))
    font.setWeight(weight)
    return font


class NotesPanel(QWidget):
    """The panel beside the map: the phase as a heading, then one block per touchpoint, page by page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._lang = "de"
        self._phase = ("", "", "#000000")  # name, subtitle, colour
        self._counter = (0, 0)
        self._touchpoints: list[Touchpoint] = []
        self._opportunities: Mapping[str, Sequence[str]] = {}
        self._blocks: list[_Block] = []
        self._pages: list[list[int]] = [[]]
        self._page = 0
        self._header_height = 0.0
        self._scale = 1.0

    # ---------------------------------------------------------------- content
    def set_content(self, index: int, count: int, name: str, subtitle: str, colour: str,
                    touchpoints: list[Touchpoint], lang: str,
                    opportunities: Mapping[str, Sequence[str]] | None = None) -> None:
        """Show phase `index` (0-based) of `count` with its touchpoints in lane order and the texts of their
        opportunities (touchpoint id → texts); back to the first page."""
        self._counter = (index, count)
        self._phase = (name, subtitle, colour)
        self._touchpoints = list(touchpoints)
        self._opportunities = dict(opportunities or {})
        self._lang = lang
        self._page = 0
        self._relayout()

    def set_page(self, page: int) -> None:
        self._page = max(0, min(page, self.page_count() - 1))
        self.update()

    def page(self) -> int:
        return self._page

    def page_count(self) -> int:
        return len(self._pages)

    def touchpoint_ids(self, page: int | None = None) -> list[str]:
        """The touchpoints listed on a page (default: the page shown)."""
        page = self._page if page is None else page
        return [self._blocks[i].touchpoint.id for i in self._pages[page]] if self._blocks else []

    def all_touchpoint_ids(self) -> list[str]:
        """Every touchpoint of the phase, over all pages, in order."""
        return [block.touchpoint.id for block in self._blocks]

    def block_text(self, tid: str) -> str:
        """A touchpoint's block as plain text (label, then the notes), as the room reads it."""
        for block in self._blocks:
            if block.touchpoint.id == tid:
                body = block.body.toPlainText() if block.body is not None else ""
                return f"{block.label.toPlainText()}\n{body}".strip()
        raise KeyError(tid)

    def heading(self) -> tuple[str, str, str]:
        """(counter, phase name, subtitle) as shown."""
        index, count = self._counter
        counter = QCoreApplication.translate("NotesPanel", "Phase %1 of %2")
        counter = counter.replace("%1", str(index + 1)).replace("%2", str(count))
        return counter, self._phase[0], self._phase[1]

    @property
    def scale(self) -> float:
        return self._scale

    def body_pixel_size(self) -> int:
        return self._fonts()["body"].pixelSize()

    def label_pixel_size(self) -> int:
        return self._fonts()["label"].pixelSize()

    # ---------------------------------------------------------------- layout
    def _fonts(self) -> dict[str, QFont]:
        s, base = self._scale, self.font()
        return {
            "counter": _font(base, COUNTER_PX * s),
            "phase": _font(base, PHASE_PX * s, QFont.Weight.Bold),
            "sub": _font(base, SUB_PX * s),
            "label": _font(base, max(LEAST_LABEL_PX, LABEL_PX * s), QFont.Weight.DemiBold),
            "body": _font(base, max(LEAST_BODY_PX, BODY_PX * s)),
        }

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        page = self._page
        self._relayout()
        self._page = min(page, self.page_count() - 1)

    def _relayout(self) -> None:
        """Measure the heading and every block at the panel's size; pack the blocks into pages."""
        self._scale = s = max(0.5, min(3.0, self.height() / 1080.0)) if self.height() > 0 else 1.0
        f = self._fonts()
        width = max(50.0, self.width() - 2 * PAD_X * s)
        text_width = width - (FACE_PX + 18) * s
        y = PAD_TOP * s + 10 * s  # the colour bar
        y += QFontMetricsF(f["counter"]).lineSpacing() + 4 * s
        name_doc = _document(f["phase"], width, self._phase[0], rich=False)
        y += name_doc.size().height()
        if self._phase[1]:
            y += QFontMetricsF(f["sub"]).lineSpacing()
        self._header_height = y + 26 * s
        self._blocks = []
        for tp in self._touchpoints:
            label = _document(f["label"], text_width, tp.label, rich=False)
            body_html = _body_html(tp, self._lang, self._opportunities.get(tp.id, ()))
            body = _document(f["body"], text_width, body_html) if body_html else None
            line, face = QFontMetricsF(f["label"]).lineSpacing(), FACE_PX * s
            face_dy, label_dy = max(0.0, (line - face) / 2), max(0.0, (face - line) / 2)
            height = max(label_dy + label.size().height(), face_dy + face)
            if body is not None:
                height = label_dy + label.size().height() + 6 * s + body.size().height()
            self._blocks.append(_Block(tp, label, body, height, face_dy, label_dy))
        room = self.height() - self._header_height - self._footer_height() - PAD_BOTTOM * s
        pages: list[list[int]] = [[]]
        used = 0.0
        for i, block in enumerate(self._blocks):
            need = block.height + (BLOCK_GAP * s * 2 if pages[-1] else 0)
            if pages[-1] and used + need > room:
                pages.append([])
                used, need = 0.0, block.height
            pages[-1].append(i)
            used += need
        self._pages = pages
        self._page = min(self._page, len(pages) - 1)
        self.update()

    def _footer_height(self) -> float:
        return QFontMetricsF(self._fonts()["counter"]).lineSpacing() + 8 * self._scale

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        s, f = self._scale, self._fonts()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(t.CARD_FILL))
        painter.fillRect(QRectF(0, 0, 1, self.height()), QColor(t.CARD_BORDER))
        name, subtitle, colour = self._phase
        painter.fillRect(QRectF(0, 0, self.width(), 10 * s), QColor(colour))
        x = PAD_X * s
        width = self.width() - 2 * x
        counter, _, _ = self.heading()
        y = PAD_TOP * s + 10 * s
        painter.setFont(f["counter"])
        painter.setPen(QColor(t.MUTED))
        metrics = QFontMetricsF(f["counter"])
        painter.drawText(QPointF(x, y + metrics.ascent()), counter)
        y += metrics.lineSpacing() + 4 * s
        name_doc = _document(f["phase"], width, name, rich=False)
        _draw(painter, name_doc, x, y)
        y += name_doc.size().height()
        if subtitle:
            painter.setFont(f["sub"])
            painter.setPen(QColor(t.MUTED))
            sub = QFontMetricsF(f["sub"])
            painter.drawText(QPointF(x, y + sub.ascent()), sub.elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                                          width))
        top = self._header_height
        bottom = self.height() - self._footer_height() - PAD_BOTTOM * s
        painter.setClipRect(QRectF(0, top - 4 * s, self.width(), bottom - top + 8 * s))
        if not self._blocks:
            painter.setFont(f["body"])
            painter.setPen(QColor(t.MUTED))
            painter.drawText(QRectF(x, top, width, bottom - top), Qt.TextFlag.TextWordWrap,
                             QCoreApplication.translate("NotesPanel", "No touchpoints in this phase yet."))
        y = top
        for n, i in enumerate(self._pages[self._page] if self._blocks else []):
            if n:
                y += BLOCK_GAP * s
                painter.fillRect(QRectF(x, y, width, max(1.0, s)), QColor(t.DIVIDER))
                y += BLOCK_GAP * s
            y += self._paint_block(painter, self._blocks[i], x, y)
        painter.setClipping(False)
        if self.page_count() > 1:
            painter.setFont(f["counter"])
            painter.setPen(QColor(t.MUTED))
            more = self._page < self.page_count() - 1
            text = QCoreApplication.translate("NotesPanel", "Page %1 of %2")
            text = text.replace("%1", str(self._page + 1)).replace("%2", str(self.page_count()))
            painter.drawText(QRectF(x, self.height() - PAD_BOTTOM * s - metrics.lineSpacing(), width,
                                    metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text + (" ▸" if more else ""))

    def _paint_block(self, painter: QPainter, block: _Block, x: float, y: float) -> float:
        s = self._scale
        face = FACE_PX * s
        draw_face(painter, QRectF(x, y + block.face_dy, face, face), block.touchpoint.emotion)
        text_x = x + face + 18 * s
        _draw(painter, block.label, text_x, y + block.label_dy)
        if block.body is not None:
            _draw(painter, block.body, text_x, y + block.label_dy + block.label.size().height() + 6 * s)
        return block.height
