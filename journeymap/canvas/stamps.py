"""Small vector pictures drawn thousands of times (card frames, emotion faces, phase-fit hints) kept as pixmaps.

On a big map every card draws its rounded frame, a face and often a hint: antialiased paths and ellipses, which
cost more than copying the same pixels. When the painter paints pixels (a view, an image) at a plain scale, each
picture is drawn once per key and device pixel size into a pixmap and copied from there; painting vectors (SVG,
print) or under a rotation, it is drawn as vectors.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QTransform

_RASTER_DEVICES = frozenset((1, 2, 3))  # QInternal::Widget, Pixmap, Image
MAX_PX = 640  # larger than this on the device: drawn as vectors (a pixmap would cost more than it saves)
BUDGET = 4_000_000  # device px kept in all (16 MB); beyond, the stamps are dropped and made again as needed
Scale = tuple[float, float] | None
# (key, device px across, down) → the stamp and its source rect, or False: too large, drawn as vectors
_pixmaps: dict[tuple[Hashable, float, float], tuple[QPixmap, QRectF] | bool] = {}
_kept = [0]  # device px in `_pixmaps`


def stamp_scale(painter: QPainter, transform: QTransform | None = None) -> Scale:
    """Device px per item px across and down when stamps can be copied (pixels, no rotation); None: vectors.
    `transform`: the painter's world transform when the caller has it."""
    device = painter.device()
    # Qt paints widgets, pixmaps and images with its raster engine; SVG, PDF, print and pictures are vectors. (The
    # device's type is a plain int: asking the engine for its type makes a Python enum, costly per card.)
    if device is None or device.devType() not in _RASTER_DEVICES:
        return None
    if transform is None:
        transform = painter.worldTransform()
    if transform.m12() or transform.m21():
        return None
    ratio = device.devicePixelRatioF()
    return abs(transform.m11()) * ratio, abs(transform.m22()) * ratio


def draw_stamped(painter: QPainter, rect: QRectF, key: Hashable, draw: Callable[[QPainter, QRectF], None],
                 scale: Scale | bool = True) -> None:
    """`draw(painter, rect)` — the same picture for the same `key` — copied from a pixmap of the size `rect` has
    on the device, made on first use, when painting pixels at a plain scale; else (vectors, rotation) drawn
    directly. `scale`: `stamp_scale(painter)` when the caller has it (True: work it out)."""
    if scale is True:
        scale = stamp_scale(painter)
    if not scale:
        draw(painter, rect)
        return
    sx, sy = scale
    found = _pixmaps.get((key, sx, sy))
    if found is None:
        found = _pixmaps[key, sx, sy] = _stamp(painter, rect, draw, sx, sy) or False
    if isinstance(found, bool):  # too large for a stamp
        draw(painter, rect)
    else:
        painter.drawPixmap(rect, found[0], found[1])


def _stamp(painter: QPainter, rect: QRectF, draw: Callable[[QPainter, QRectF], None], sx: float,
           sy: float) -> tuple[QPixmap, QRectF] | None:
    w, h = math.ceil(rect.width() * sx - 1e-6), math.ceil(rect.height() * sy - 1e-6)
    if not 0 < w <= MAX_PX or not 0 < h <= MAX_PX:
        return None
    if _kept[0] + w * h > BUDGET:
        _pixmaps.clear()
        _kept[0] = 0
    _kept[0] += w * h
    pixmap = QPixmap(w, h)
    pixmap.fill(Qt.GlobalColor.transparent)
    inner = QPainter(pixmap)
    inner.setRenderHints(painter.renderHints() | QPainter.RenderHint.Antialiasing)
    inner.scale(w / rect.width(), h / rect.height())
    draw(inner, QRectF(0, 0, rect.width(), rect.height()))
    inner.end()
    return pixmap, QRectF(0, 0, w, h)


def cache_size() -> int:
    """How many stamps are kept (for tests)."""
    return sum(not isinstance(found, bool) for found in _pixmaps.values())
