"""PNG and SVG pictures of the map, drawn from the canvas's scene: what the canvas shows, on white, without the
selection, the link handle or the drop marker.

The editor draws its open scene (`export_png`, `export_svg`: File ▸ Export); `journeymap export FILE -o OUT.png`
draws a journey without a window (`export_picture`: a scene built offscreen from the file's data, on Qt's
`offscreen` platform). Both are rendered into memory first and then written with `write_atomic`, so a failed export
never leaves half a file behind; errors are `SaveError`s with one line for the user. Huge maps get a PNG below
`MAX_SIDE` and `MAX_PIXELS` at a smaller scale (`fitting_scale`); an SVG has no such limit.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QImageWriter, QPainter, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from journeymap import __version__
from journeymap.fileformat import SaveError, write_atomic
from journeymap.fileformat.messages import Term

if TYPE_CHECKING:
    from journeymap.catalogue import Catalogue
    from journeymap.model import ProjectData

MARGIN = 16.0  # white room around the map (scene units)
PNG_SCALE = 2.0  # pixels per scene unit: sharp on high-density screens and in slides
MAX_SIDE = 32_000  # px; beyond this many viewers give up
MAX_PIXELS = 80_000_000  # 320 MB of image memory at most
BAND = 2048  # pixel rows drawn at a time (`render_image`)
BACKGROUND = QColor("#FFFFFF")
INCH_PER_METRE = 39.37007874
SUFFIXES = (".png", ".svg")


def picture_rect(scene) -> QRectF:
    """The part of the scene a picture shows: the map (as tall as its cards need, not as far as the view
    stretches its lanes) and a small margin."""
    natural = QRectF(0, 0, scene.map_rect().width(), scene.natural_map_height())
    return natural.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def fitting_scale(rect: QRectF, scale: float) -> float:
    """`scale`, made smaller where the picture would exceed `MAX_SIDE` or `MAX_PIXELS`."""
    width, height = max(rect.width(), 1.0), max(rect.height(), 1.0)
    return min(scale, MAX_SIDE / max(width, height), math.sqrt(MAX_PIXELS / (width * height)))


@contextmanager
def clean_scene(scene) -> Iterator[None]:
    """While drawn for a picture: no selection, no link handle or drop marker, a white background, the lanes
    as tall as the cards need, and no item caches (a cached item would be drawn as a bitmap; an SVG must get shapes
    and texts).

    The scene's signals are blocked meanwhile, so the inspector and the selection never notice; everything is
    put back afterwards.
    """
    scene.flush_updates()
    selected = scene.selectedItems()
    markers = [item for item in (getattr(scene, "handle", None), getattr(scene, "ghost", None))
               if item is not None and item.isVisible()]
    background = scene.backgroundBrush()
    no_cache = QGraphicsItem.CacheMode.NoCache
    cached = [(item, item.cacheMode()) for item in scene.items() if item.cacheMode() != no_cache]
    blocker = QSignalBlocker(scene)
    try:
        for item, _mode in cached:
            item.setCacheMode(no_cache)
        for item in selected:
            item.setSelected(False)
        for item in markers:
            item.hide()
        scene.setBackgroundBrush(BACKGROUND)
        with scene.natural_size():  # lanes as tall as the cards need (signals blocked: the view does not refit)
            yield
    finally:
        scene.setBackgroundBrush(background)
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in markers:
            item.show()
        for item in selected:
            item.setSelected(True)
        blocker.unblock()


class PictureCancelled(Exception):
    """The user cancelled a picture while it was drawn (`render_image`'s `progress` said so)."""


def render_image(scene, scale: float = PNG_SCALE, progress: Callable[[int, int], bool] | None = None) -> QImage:
    """The map as an image of its size × `scale` (less for huge maps, see `fitting_scale`), drawn in bands of
    `BAND` pixel rows; after each, `progress(rows done, rows)` may say False to stop (`PictureCancelled`)."""
    source = picture_rect(scene)
    scale = fitting_scale(source, scale)
    # (less a rounding error: a map scaled to exactly MAX_SIDE must not come out one pixel wider)
    size = QSize(max(1, math.ceil(source.width() * scale - 1e-6)), max(1, math.ceil(source.height() * scale - 1e-6)))
    source.setSize(size.toSizeF() / scale)  # whole pixels: no stretching
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise SaveError.coded("picture_too_big")
    image.fill(BACKGROUND)
    dots = round(96 * scale * INCH_PER_METRE)  # printed at the screen's size: 96 dpi × scale
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    with clean_scene(scene):
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        try:
            for top in range(0, size.height(), BAND):
                rows = min(BAND, size.height() - top)
                scene.render(painter, QRectF(0, top, size.width(), rows),
                             QRectF(source.x(), source.y() + top / scale, source.width(), rows / scale),
                             Qt.AspectRatioMode.IgnoreAspectRatio)
                if progress is not None and not progress(top + rows, size.height()):
                    raise PictureCancelled
        finally:
            painter.end()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def render_png(scene, scale: float = PNG_SCALE) -> tuple[bytes, QSize]:
    """The PNG file's bytes and the picture's size in pixels."""
    image = render_image(scene, scale)
    return encode_png(image), image.size()


def encode_png(image: QImage) -> bytes:
    """`image` as the bytes of a PNG file (Qt lets go of Python's lock meanwhile: a worker thread may do it)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # (`image.save(buffer, "PNG")` does the same, but its format must be a str, and PySide6 6.11 types it as bytes)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise SaveError.coded("png_encoding")
    buffer.close()
    return bytes(data.data())


def paint_items(scene, painter: QPainter, source: QRectF) -> None:
    """Paint the scene's items inside `source` bottom to top, each in its own painter state, without clipping.

    What `QGraphicsScene.render` does, for the SVG generator: `render` clips to the target first, and the SVG engine
    (Qt 6.11) does not go back to that clip when an item restores its painter after clipping itself (the emotion
    curve tints above and below 0 that way), so everything drawn after it would be cut away.
    """
    base = QTransform.fromTranslate(-source.x(), -source.y()) * painter.transform()
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    for item in scene.items(source, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder):
        opacity = item.effectiveOpacity()
        if not item.isVisible() or item.flags() & no_contents or opacity <= 0.0:
            continue
        option = QStyleOptionGraphicsItem()
        bounds = item.boundingRect()
        option.rect = bounds.toAlignedRect()
        option.exposedRect = bounds
        option.state = QStyle.StateFlag.State_Enabled if item.isEnabled() else QStyle.StateFlag.State_None
        painter.save()
        painter.setTransform(item.sceneTransform() * base)
        painter.setOpacity(opacity)
        item.paint(painter, option, None)
        painter.restore()


def render_svg(scene, title: str = "", description: str = "") -> bytes:
    """The map as an SVG 1.1 document (vector shapes, texts as `<text>`), 1 SVG unit = 1 scene unit."""
    source = picture_rect(scene)
    width, height = math.ceil(source.width()), math.ceil(source.height())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # SVG 1.1 keeps clipping (tiny 1.2 drops it)
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(title)
    generator.setDescription(description or f"journeymap {__version__}")
    with clean_scene(scene):
        painter = QPainter()
        if not painter.begin(generator):
            raise SaveError.coded("svg_drawing")
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, width, height), BACKGROUND)
        paint_items(scene, painter, QRectF(source.x(), source.y(), width, height))
        painter.end()
    buffer.close()
    return _portable_fonts(_pixel_size(bytes(data.data()), width, height))


def _pixel_size(svg: bytes, width: int, height: int) -> bytes:
    """Width and height of the root in pixels instead of the generator's millimetres (some renderers refuse mm)."""
    head, sep, rest = svg.partition(b"viewBox=")
    start = head.rfind(b"<svg")
    if not sep or start < 0:
        return svg
    root = re.sub(rb'width="[^"]*"\s+height="[^"]*"', f'width="{width}" height="{height}"'.encode(),
                  head[start:], count=1)
    return head[:start] + root + sep + rest


GENERIC_ALIASES = {"sans serif", "sansserif", "helvetica", "system-ui"}


def _portable_fonts(svg: bytes) -> bytes:
    """Font families a browser knows: Qt writes its own alias ("Sans Serif") or a private one (".AppleSystemUIFont");
    name the font it really used, then the CSS generic `sans-serif`."""
    cache: dict[bytes, bytes] = {}

    def family(match: re.Match) -> bytes:
        raw = match.group(1)
        if raw not in cache:
            asked = raw.decode("utf-8", "replace")
            names: list[str] = []
            for name in (QFontInfo(QFont(asked)).family(), asked):
                if name and not name.startswith(".") and name.casefold() not in GENERIC_ALIASES and name not in names:
                    names.append(name.replace("'", "").replace('"', ""))
            value = ", ".join([f"'{n}'" if " " in n else n for n in names] + ["sans-serif"])
            cache[raw] = html.escape(value, quote=False).encode("utf-8")
        return b'font-family="' + cache[raw] + b'"'
    return re.sub(rb'font-family="([^"]*)"', family, svg)


def export_png(scene, path: str | os.PathLike, scale: float = PNG_SCALE) -> tuple[Path, QSize]:
    """Write the map as PNG to `path` atomically; returns the file and the picture's size."""
    content, size = render_png(scene, scale)
    return write_atomic(content, path, backup=False), size


def export_svg(scene, path: str | os.PathLike, title: str = "") -> Path:
    """Write the map as SVG to `path` atomically."""
    return write_atomic(render_svg(scene, title), path, backup=False)


# ---------------------------------------------------------------- without a window (the command line)
class Picture(NamedTuple):
    """A written picture: its file, its size (pixels; SVG units for an SVG) and its scale (pixels per scene unit;
    less than `PNG_SCALE` when a huge map had to fit `MAX_SIDE` and `MAX_PIXELS`)."""

    path: Path
    width: int
    height: int
    scale: float


_APPLICATION: list[QApplication] = []  # the one made here, kept alive until the process ends


def offscreen_application() -> QApplication:
    """The running QApplication, else a new one on Qt's `offscreen` platform: no display is needed, and none is
    used when there is one (no window opens)."""
    running = QApplication.instance()
    if isinstance(running, QApplication):
        return running
    if running is not None:
        raise SaveError.coded("needs_gui_application")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the application: it picks its platform once, at birth
    _APPLICATION.append(QApplication(["journeymap"]))
    return _APPLICATION[0]


def export_picture(data: ProjectData, path: str | os.PathLike, lang: str,
                   catalogue: Catalogue | None = None) -> Picture:
    """Draw the map of `data` as the editor's canvas does (phase headers in `lang`, card icons from `catalogue`,
    the bundled one by default) and write it to `path` atomically, as PNG or SVG after its suffix. Needs no
    window: the scene is built offscreen (`offscreen_application`) and dropped afterwards."""
    from shiboken6 import delete

    from journeymap.canvas.scene import JourneyScene
    from journeymap.catalogue import catalogue as bundled_catalogue
    from journeymap.document import Document

    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise SaveError.coded("picture_suffix", suffix=repr(suffix) if suffix else Term("no_suffix"))
    offscreen_application()
    document = Document(data, read_only=True)  # never saved, never autosaved: nothing is edited
    scene = JourneyScene(document, catalogue or bundled_catalogue(), lang=lang)
    try:
        scene.flush_updates()
        if suffix == ".svg":
            source = picture_rect(scene)
            written = export_svg(scene, path, data.meta.title)
            return Picture(written, math.ceil(source.width()), math.ceil(source.height()), 1.0)
        scale = fitting_scale(picture_rect(scene), PNG_SCALE)
        written, size = export_png(scene, path)
        return Picture(written, size.width(), size.height(), scale)
    finally:
        scene.detach()
        delete(scene)  # now, not at the interpreter's exit (after the application it needs)
        delete(document)
