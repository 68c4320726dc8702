"""The page picture of the workshop kit's preview: a rendered page scaled to fit, on a grey desk with a shadow,
dimmed while a new preview is being drawn."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class PagePicture(QWidget):
    """Shows one page (`set_image`); `set_busy(True)` dims it until the next picture arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kit_preview_page")
        self.image = QImage()
        self._scaled = QImage()  # the image at the size last drawn (smoothly scaled once, not on every paint)
        self.busy = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 280)

    def sizeHint(self) -> QSize:
        return QSize(420, 480)

    def set_image(self, image: QImage) -> None:
        self.image, self._scaled, self.busy = image, QImage(), False
        self.update()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.update()

    def page_rect(self) -> QRect:
        """Where the page is drawn: as large as fits with a margin, its proportions kept."""
        if self.image.isNull():
            return QRect()
        room = self.rect().adjusted(12, 12, -12, -12)
        size = self.image.size().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRect(room.x() + (room.width() - size.width()) // 2, room.y() + (room.height() - size.height()) // 2,
                     size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Mid).lighter(135))
        target = self.page_rect()
        if not target.isNull():
            painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 45))
            painter.setOpacity(0.35 if self.busy else 1.0)
            ratio = self.devicePixelRatioF()
            pixels = QSize(round(target.width() * ratio), round(target.height() * ratio))
            if self._scaled.size() != pixels:
                self._scaled = self.image.scaled(pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(QRectF(target), self._scaled)
            painter.setOpacity(1.0)
            painter.setPen(QColor(0, 0, 0, 70))
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()
