"""SVG icons rendered once per icon and pixel size into cached pixmaps (`QSvgRenderer`)."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeymap.locate import resource_path

FALLBACK_ICON = "custom.svg"
_renderers: dict[str, QSvgRenderer] = {}
_pixmaps: dict[tuple[str, int], QPixmap] = {}


def pixel_size(logical: float, scale: float) -> int:
    """The cached size for an icon `logical` px wide drawn at `scale` device px per px (steps of 8, 8..192)."""
    return max(8, min(192, 8 * math.ceil(logical * scale / 8)))


def _renderer(name: str) -> QSvgRenderer:
    renderer = _renderers.get(name)
    if renderer is None:
        renderer = QSvgRenderer(str(resource_path("icons", name)))
        if not renderer.isValid():
            renderer = QSvgRenderer(str(resource_path("icons", FALLBACK_ICON)))
        _renderers[name] = renderer
    return renderer


def icon_pixmap(name: str, px: int) -> QPixmap:
    """The icon file `name` (in `resources/icons`) as a `px`×`px` pixmap, rendered on first request."""
    key = (name, px)
    pixmap = _pixmaps.get(key)
    if pixmap is None:
        pixmap = QPixmap(px, px)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _renderer(name).render(painter, QRectF(0, 0, px, px))
        painter.end()
        _pixmaps[key] = pixmap
    return pixmap


_sources: dict[int, QRectF] = {}  # pixel size → the whole pixmap as a source rect


def draw_icon(painter: QPainter, name: str, rect: QRectF, scale: float | None = None) -> None:
    """Draw a cached icon into `rect` (item coordinates), at a resolution that suits the painter's scale (`scale`:
    device px per item px, when the caller has it)."""
    if scale is None:
        scale = painter.worldTransform().m11() * painter.device().devicePixelRatioF()
    px = pixel_size(rect.width(), abs(scale))
    source = _sources.get(px)
    if source is None:
        source = _sources[px] = QRectF(0, 0, px, px)
    painter.drawPixmap(rect, icon_pixmap(name, px), source)


def cache_size() -> int:
    """How many icon pixmaps are cached (for tests)."""
    return len(_pixmaps)
