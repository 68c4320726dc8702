"""The app's own line icons (toolbar, findings), drawn as tiny SVGs in the catalogue icons' style.

Rendered once per name into a `QIcon` with 1× and 2× pixmaps, so nothing depends on a desktop icon theme.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeymap.canvas.icons import icon_pixmap

INK = "#2E3A48"

_PATHS: dict[str, str] = {
    "new": '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/><path d="M12 11v6M9 14h6"/>',
    "open": '<path d="M3 7V5.5A1.5 1.5 0 0 1 4.5 4H9l2 2h8.5A1.5 1.5 0 0 1 21 7.5V9"/>'
            '<path d="M3 7v11.5A1.5 1.5 0 0 0 4.5 20h13.3a1.5 1.5 0 0 0 1.4-1l2.3-7.5A1 1 0 0 0 20.5 10H7.2'
            'a1.5 1.5 0 0 0-1.4 1L3.5 19"/>',
    "save": '<path d="M5 3h11l3 3v13.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 5 19.5z"/>'
            '<path d="M8 3v5h7V3"/><rect x="8" y="13" width="8" height="8"/>',
    "undo": '<path d="M9 14L4 9l5-5"/><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11"/>',
    "redo": '<path d="M15 14l5-5-5-5"/><path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13"/>',
    "delete": '<path d="M4 7h16"/><path d="M10 3h4"/><path d="M6 7l1 13.5h10L18 7"/><path d="M10 11v6M14 11v6"/>',
    "zoom_in": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/><path d="M10.5 7.5v6M7.5 10.5h6"/>',
    "zoom_out": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/><path d="M7.5 10.5h6"/>',
    "zoom_reset": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/><path d="M9.5 8.5l1.5-1v6"/>',
    "fit": '<path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/><rect x="8" y="8" width="8" height="8" rx="1"/>',
    "add": '<path d="M12 5v14M5 12h14"/>',
    "remove": '<path d="M5 12h14"/>',
    "rename": '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>',
    "error": '<circle cx="12" cy="12" r="9" stroke="#C0392B"/><path d="M9 9l6 6M15 9l-6 6" stroke="#C0392B"/>',
    "warning": '<path d="M12 3.5L21.5 20h-19z" stroke="#C98A00"/><path d="M12 10v4.5" stroke="#C98A00"/>'
               '<circle cx="12" cy="17.2" r="0.6" fill="#C98A00" stroke="#C98A00"/>',
    "info": '<circle cx="12" cy="12" r="9" stroke="#1F6FEB"/><path d="M12 11v6" stroke="#1F6FEB"/>'
            '<circle cx="12" cy="7.8" r="0.6" fill="#1F6FEB" stroke="#1F6FEB"/>',
    "ok": '<circle cx="12" cy="12" r="9" stroke="#1E8449"/><path d="M8 12.5l3 3 5-6" stroke="#1E8449"/>',
}


def svg(name: str) -> bytes:
    """The SVG document of an app icon."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
        f'stroke="{INK}" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">{_PATHS[name]}</svg>'
    ).encode()


def render_svg(renderer: QSvgRenderer, size: int) -> QPixmap:
    """An SVG drawn into a transparent square pixmap of `size` px."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def _icon_from(renderer: QSvgRenderer) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(render_svg(renderer, size))
    return icon


@cache
def icon(name: str) -> QIcon:
    """An app icon by name (see `_PATHS`), rendered once."""
    return _icon_from(QSvgRenderer(QByteArray(svg(name))))


@cache
def catalogue_icon(name: str) -> QIcon:
    """A catalogue icon (file name in `resources/icons`) from the canvas's pixmap cache: palette and cards share it."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(icon_pixmap(name, size))
    return icon
