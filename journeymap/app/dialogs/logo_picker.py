"""The company logo of Journey ▸ Properties: a small preview, "Choose…" (a PNG or SVG file from disk, at most
256 KB) and "Remove". A file that is too big or not a picture is refused with one sentence naming it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from journeymap.layout import theme as t
from journeymap.model.limits import MAX_LOGO_BYTES
from journeymap.model.values import Logo

PREVIEW = QSize(160, 64)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def logo_pixmap(logo: Logo, size: QSize = PREVIEW) -> QPixmap:
    """The logo drawn to fit `size` (aspect kept, centred); an empty pixmap when it cannot be drawn."""
    data = logo.data()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if logo.media_type == "image/svg+xml":
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return QPixmap()
        natural = renderer.defaultSize() if not renderer.defaultSize().isEmpty() else size
        target = _fit(natural.width(), natural.height(), size)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, target)
        painter.end()
        return QPixmap.fromImage(image)
    picture = QImage.fromData(data)
    if picture.isNull():
        return QPixmap()
    target = _fit(picture.width(), picture.height(), size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, picture)
    painter.end()
    return QPixmap.fromImage(image)


def _fit(width: int, height: int, box: QSize) -> QRectF:
    scale = min(box.width() / max(width, 1), box.height() / max(height, 1))
    w, h = width * scale, height * scale
    return QRectF((box.width() - w) / 2, (box.height() - h) / 2, w, h)


def read_logo(path: Path) -> tuple[Logo | None, str]:
    """A logo from a PNG or SVG file, or (None, the reason in one sentence naming the file)."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            return None, _too_big(name, size)
        with path.open("rb") as handle:
            data = handle.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        reason = QCoreApplication.translate("LogoPicker", "“%1” cannot be read: %2.")
        return None, reason.replace("%1", name).replace("%2", exc.strerror or str(exc))
    if len(data) > MAX_LOGO_BYTES:
        return None, _too_big(name, len(data))
    if data.startswith(PNG_MAGIC) and not QImage.fromData(data).isNull():
        return Logo.from_bytes("image/png", data), ""
    if b"<svg" in data[:4096] and QSvgRenderer(QByteArray(data)).isValid():
        return Logo.from_bytes("image/svg+xml", data), ""
    if not data:
        return None, QCoreApplication.translate("LogoPicker", "“%1” is empty.").replace("%1", name)
    return None, QCoreApplication.translate("LogoPicker", "“%1” is not a PNG or SVG picture.").replace("%1", name)


def _too_big(name: str, size: int) -> str:
    text = QCoreApplication.translate("LogoPicker", "“%1” has %2 KB; a logo may have at most %3 KB.")
    return text.replace("%1", name).replace("%2", str(-(-size // 1024))).replace("%3", str(MAX_LOGO_BYTES // 1024))


class LogoPicker(QWidget):
    """Preview, Choose… and Remove for the journey's logo; `changed` after either."""

    changed = Signal()

    def __init__(self, logo: Logo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo = logo
        self.preview = QLabel(self)
        self.preview.setObjectName("logo_preview")
        self.preview.setFixedSize(PREVIEW + QSize(8, 8))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet(f"QLabel {{ border: 1px solid {t.CARD_BORDER}; background: #FFFFFF;"
                                   f" color: {t.MUTED}; }}")
        self.choose = QPushButton(self)
        self.choose.setObjectName("logo_choose")
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(self)
        self.remove.setObjectName("logo_remove")
        self.remove.clicked.connect(self.clear)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        self.retranslate()

    def choose_file(self) -> bool:
        """Ask for a PNG or SVG file; a fitting one becomes the logo, any other is refused with a message."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the company logo"), "",
                                              self.tr("Logos (*.png *.svg)") + ";;" + self.tr("All files (*)"))
        if not path:
            return False
        logo, reason = read_logo(Path(path))
        if logo is None:
            QMessageBox.warning(self, self.tr("Logo not used"), reason)
            return False
        self.logo = logo
        self._show()
        self.changed.emit()
        return True

    def clear(self) -> None:
        self.logo = None
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        pixmap = logo_pixmap(self.logo) if self.logo is not None else QPixmap()
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo") if self.logo is None else self.tr("Cannot be shown"))
        else:
            self.preview.setPixmap(pixmap)
        self.remove.setEnabled(self.logo is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.choose.setToolTip(self.tr("A PNG or SVG file of at most %1 KB").replace(
            "%1", str(MAX_LOGO_BYTES // 1024)))
        self.remove.setText(self.tr("Remove"))
        self.preview.setAccessibleName(self.tr("Logo preview"))
        self._show()
