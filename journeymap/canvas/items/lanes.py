"""Phase lanes (quiet alternating backgrounds, 1 px dividers) with their headers, and the emotion band below."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items.faces import draw_face
from journeymap.canvas.items.link import visible_part
from journeymap.canvas.style import NO_PEN, brush, fonts, pen
from journeymap.canvas.text import READABLE_PX, elide
from journeymap.layout import emotion_y
from journeymap.layout import theme as t
from journeymap.layout.geometry import Lane, Rect

HEADER_PAD = 12.0
BAND_LABEL_PX = 10.0  # the emotion band's labels at 100 % (`style.fonts().small`)
HEADER_NAME_PX = 15.0  # the phase name's size at full detail (`style.fonts().header_name`)
HEADER_LEAST = 0.875  # zoomed out, a long phase name may shrink to this share of `label_px` before it is elided
COMPACT_PAD = 6.0  # the zoomed-out header's side padding


@cache
def header_font(px: int) -> tuple[QFont, QFontMetricsF]:
    """The phase name's bold font at `px` pixels, with its metrics."""
    font = QFont(fonts().header_name)
    font.setPixelSize(px)
    return font, QFontMetricsF(font)


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class LaneItem(QGraphicsItem):
    """The background of one lane; its header is a cached child item."""

    def __init__(self, lane: Lane) -> None:
        super().__init__()
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.phase_id = lane.phase_id
        self._rect = QRectF()
        self._fill = t.CARD_FILL
        self._colour = lane.colour
        self._drop_target = False
        self.header = LaneHeaderItem(self)
        self.set_lane(lane)

    def set_lane(self, lane: Lane) -> None:
        """Follow new geometry (the lanes grow with their content)."""
        rect = _qrect(lane.rect)
        fill = t.mix(lane.colour, t.LANE_TINT) if lane.index % 2 else t.CARD_FILL
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._fill = fill
        self._colour = lane.colour
        self.index = lane.index
        self.header.set_lane(lane)
        self.update()

    @property
    def drop_target(self) -> bool:
        return self._drop_target

    def set_drop_target(self, on: bool) -> None:
        """Mark the lane as where a dragged catalogue entry will land (a tint and an outline in its colour)."""
        if on != self._drop_target:
            self._drop_target = on
            self.setZValue(-99 if on else -100)  # its outline over the neighbours' dividers
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(NO_PEN)
        painter.setBrush(brush(self._fill))
        painter.drawRect(self._rect)
        if self.index > 0:
            painter.setPen(pen(t.DIVIDER, 0 if painter.worldTransform().m11() < 1 else 1.0, cap=Qt.PenCapStyle.FlatCap))
            x = self._rect.x() + 0.5
            painter.drawLine(QPointF(x, self._rect.top()), QPointF(x, self._rect.bottom()))
        if self._drop_target:
            painter.setBrush(brush(self._colour, 0.10))
            outline = QPen(pen(self._colour, 3.0))  # a copy: the cached pen is shared
            outline.setCosmetic(True)
            painter.setPen(outline)
            inset = 1.5 / max(painter.worldTransform().m11(), 0.01)
            painter.drawRect(self._rect.adjusted(inset, inset, -inset, -inset))


class LaneHeaderItem(QGraphicsItem):
    """A lane's header: the colour bar, the phase name in bold over its subtitle, the number of cards."""

    def __init__(self, parent: LaneItem) -> None:
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rect = QRectF()
        self._colour = "#000000"
        self._name = self._subtitle = ""
        self._full_name = self._full_subtitle = ""
        self._count = 0

    def set_lane(self, lane: Lane) -> None:
        rect = _qrect(lane.header)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._colour = lane.colour
        self._fit()

    def set_texts(self, name: str, subtitle: str) -> None:
        self._full_name, self._full_subtitle = name, subtitle
        self.setToolTip(f"{name}\n{subtitle}" if subtitle else name)
        self._fit()

    def set_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self._fit()

    @property
    def texts(self) -> tuple[str, str]:
        return self._full_name, self._full_subtitle

    def _fit(self) -> None:
        f = fonts()
        room = self._rect.width() - 2 * HEADER_PAD - 36
        self._name = elide(self._full_name, f.label_metrics, room)
        self._subtitle = elide(self._full_subtitle, f.link_metrics, room)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def name_size(self, lod: float) -> float:
        """The phase name's font size in scene px at zoom `lod` (larger when zoomed out, to stay readable)."""
        return float(self._compact_name(lod)[0]) if self._compact(lod) else HEADER_NAME_PX

    def _compact(self, lod: float) -> bool:
        """Zoomed out so far that the full header's name would read smaller than `label_px`."""
        return HEADER_NAME_PX * lod < self.label_px() - 1.0

    def label_px(self) -> float:
        """What the name should measure on screen (px): the scene's `label_px`, as the cards' labels."""
        return getattr(self.scene(), "label_px", READABLE_PX)

    def _compact_name(self, lod: float) -> tuple[int, str]:
        """(font px, text) of the name alone: `label_px` on screen, smaller (not below `HEADER_LEAST` of it) if the
        name is too long for the lane at that size, elided only if it is too long even then."""
        room = self._rect.width() - 2 * COMPACT_PAD
        tallest = t.HEADER_HEIGHT - t.HEADER_BAR - 12.0
        target = self.label_px()
        px = min(math.ceil(target / max(lod, 0.01)), int(tallest / 1.2))
        least = min(px, math.ceil(target * HEADER_LEAST / max(lod, 0.01)))
        while px > least and header_font(px)[1].horizontalAdvance(self._full_name) > room:
            px -= 1
        return px, elide(self._full_name, header_font(px)[1], room)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        if visible_part(painter, r).isEmpty():  # `scene.render` paints a lane's header with every piece of the lane
            return
        painter.setPen(NO_PEN)
        painter.setBrush(brush(self._colour))
        painter.drawRect(QRectF(r.x(), r.y(), r.width(), t.HEADER_BAR))
        painter.setPen(pen(t.DIVIDER, 1.0, cap=Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if self._compact(lod):  # only the name, large enough to read
            px, name = self._compact_name(lod)
            font, metrics = header_font(px)
            painter.setPen(pen(t.TEXT))
            painter.setFont(font)
            body = r.adjusted(0, t.HEADER_BAR, 0, 0)
            baseline = body.center().y() + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(r.x() + COMPACT_PAD, baseline), name)
            return
        f = fonts()
        painter.setPen(pen(t.TEXT))
        painter.setFont(f.header_name)
        painter.drawText(QPointF(r.x() + HEADER_PAD, r.y() + t.HEADER_BAR + 24), self._name)
        painter.setPen(pen(t.MUTED))
        painter.setFont(f.header_sub)
        painter.drawText(QPointF(r.x() + HEADER_PAD, r.y() + t.HEADER_BAR + 44), self._subtitle)
        if self._count:
            painter.setFont(f.small)
            painter.drawText(QRectF(r.right() - HEADER_PAD - 40, r.y() + t.HEADER_BAR + 10, 40, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(self._count))


class EmotionBandItem(QGraphicsItem):
    """The band below the lanes: five faint guide lines for −2..+2 (0 a little stronger), labelled at the left."""

    SCORES = (2, 1, 0, -1, -2)
    LINE_START = 46.0

    def __init__(self, band: Rect) -> None:
        super().__init__()
        self.setZValue(-90)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._band = band
        self._rect = _qrect(band)
        self._title = ""
        self.retranslate()

    def set_band(self, band: Rect) -> None:
        if band != self._band:
            self.prepareGeometryChange()
            self._band = band
            self._rect = _qrect(band)
            self.update()

    def retranslate(self) -> None:
        self._title = QCoreApplication.translate("Canvas", "Emotion")
        self.setToolTip(QCoreApplication.translate("Canvas", "How the customer feels at each touchpoint, "
                                                             "from −2 (very unhappy) to +2 (very happy)"))
        self.update()

    @property
    def title(self) -> str:
        return self._title

    def boundingRect(self) -> QRectF:
        return self._rect

    def label_scale(self, lod: float) -> float:
        """How much larger than at 100 % the band's labels and faces are drawn at zoom `lod`: about 0.9 of the
        scene's `label_px` on screen (11 px in the editor), as far as the guide lines leave room."""
        wanted = 0.9 * getattr(self.scene(), "label_px", READABLE_PX)
        return max(1.0, min(2.6, wanted / (BAND_LABEL_PX * max(lod, 0.01))))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        painter.setPen(NO_PEN)
        painter.setBrush(brush("#FAFBFC"))
        painter.drawRect(r)
        painter.setPen(pen(t.DIVIDER, 1.0, cap=Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(r.left(), r.top() + 0.5), QPointF(r.right(), r.top() + 0.5))
        k = self.label_scale(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()))
        font = QFont(fonts().small)
        font.setPixelSize(round(BAND_LABEL_PX * k))
        metrics = QFontMetricsF(font)
        label_w, face = 18.0 * k, min(12.0 * k, 24.0)
        line_start = max(self.LINE_START, 4 + label_w + 4 + face + 8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for score in self.SCORES:
            y = round(emotion_y(self._band, score)) + 0.5
            painter.setPen(pen("#AEB5BF" if score == 0 else "#E3E6EA", 1.0, cap=Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(r.left() + line_start, y), QPointF(r.right() - 8, y))
            painter.setPen(pen(t.MUTED))
            text = {2: "+2", 1: "+1", 0: "0", -1: "\u22121", -2: "\u22122"}[score]
            painter.drawText(QRectF(r.left() + 4, y - 8 * k, label_w, 16 * k),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            draw_face(painter, QRectF(r.left() + 4 + label_w + 4, y - face / 2, face, face), score)
        painter.setPen(pen(t.MUTED))
        painter.drawText(QPointF(r.right() - 8 - metrics.horizontalAdvance(self._title) - 4,
                                 r.top() + 3 + metrics.ascent()), self._title)
