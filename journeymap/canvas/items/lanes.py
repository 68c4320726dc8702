"""Phase lanes (quiet alternating backgrounds, 1 px dividers) with their headers, and the emotion band below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items.faces import draw_face
from journeymap.canvas.style import NO_PEN, brush, fonts, pen
from journeymap.canvas.text import elide
from journeymap.layout import emotion_y
from journeymap.layout import theme as t
from journeymap.layout.geometry import Lane, Rect

HEADER_PAD = 12.0


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
        self.index = lane.index
        self.header.set_lane(lane)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(NO_PEN)
        painter.setBrush(brush(self._fill))
        painter.drawRect(self._rect)
        if self.index > 0:
            painter.setPen(pen(t.DIVIDER, 0 if painter.worldTransform().m11() < 1 else 1.0, cap=Qt.PenCapStyle.FlatCap))
            x = self._rect.x() + 0.5
            painter.drawLine(QPointF(x, self._rect.top()), QPointF(x, self._rect.bottom()))


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

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        painter.setPen(NO_PEN)
        painter.setBrush(brush(self._colour))
        painter.drawRect(QRectF(r.x(), r.y(), r.width(), t.HEADER_BAR))
        painter.setPen(pen(t.DIVIDER, 1.0, cap=Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
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

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        painter.setPen(NO_PEN)
        painter.setBrush(brush("#FAFBFC"))
        painter.drawRect(r)
        painter.setPen(pen(t.DIVIDER, 1.0, cap=Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(r.left(), r.top() + 0.5), QPointF(r.right(), r.top() + 0.5))
        f = fonts()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for score in self.SCORES:
            y = round(emotion_y(self._band, score)) + 0.5
            painter.setPen(pen("#AEB5BF" if score == 0 else "#E3E6EA", 1.0, cap=Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(r.left() + self.LINE_START, y), QPointF(r.right() - 8, y))
            painter.setPen(pen(t.MUTED))
            painter.setFont(f.small)
            text = {2: "+2", 1: "+1", 0: "0", -1: "\u22121", -2: "\u22122"}[score]
            painter.drawText(QRectF(r.left() + 4, y - 8, 18, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            draw_face(painter, QRectF(r.left() + 26, y - 6, 12, 12), score)
        painter.setFont(f.small)
        painter.setPen(pen(t.MUTED))
        painter.drawText(QPointF(r.right() - 8 - f.badge_metrics.horizontalAdvance(self._title) - 4, r.top() + 13),
                         self._title)
