"""Canvas at size (issue 13): the `make_big` journeys of 500, 2,000 and 10,000 touchpoints (twice as many links),
each case next to a floor of bare Qt items measured in the same run.

The floor is one `QGraphicsRectItem` per card with a `QGraphicsSimpleTextItem` of the card's label on it and one
`QGraphicsLineItem` per link (centre to centre), at the cards' places, nothing else.

Rows (targets for 500 and 2,000; 10,000 is reported without):

- *render whole map 25 % / 50 % / 100 %*: the whole map drawn into images at that scale, as a picture export
  draws it (`JourneyScene.render`, item caches off), in tiles of 2048×2048 px (one image, reused: a 100 % image of
  the 2,000 map would be 200 MB), the scene set to draw as the view does at that zoom (`set_zoom_drawing`: at
  20–40 % one item draws the hairline links), against the floor scene drawn the same way with the same render
  hints. Median of 3. What is drawn is what the editor shows at that zoom: at 25 % cards are fill, strip and icon
  and links are hairlines (level of detail); at 50 % cards are compact (a larger label, no icon) and link labels
  hide. So 25 % is also measured with `scene.full_detail` forced (every card and link as at 100 %), against the
  same floor;
- *scene build*: `JourneyScene(document, catalogue)` (and the deferred collection of what the build allocated:
  the garbage collector is paused while building) against building the floor scene. Median of 3;
- *move step (20 links)*: one `MoveTouchpoints` of `HUB` (20 links) to the next lane and back: `document.push`
  (undo stack, model, the projection's item updates, the 20 link routes) plus `scene.flush_updates()` (the deferred
  work: lane counts, both lanes' emotion curve). No painting; median of 40 steps, each after a shown view has
  repainted. Target 2 ms; the floor is moving 1 rect and 20 lines;
- for 2,000 only, reported without targets: the repaint of a view zoomed out to fit (overview drawing), a
  1600×1000 window at 100 %, the repaint after the move step and one drag step of `HUB` with repaint.

Before the first row the scene of an empty journey is built and drawn once, as the editor does at its start: a
file is always opened in a process that has done that (fonts loaded, lane headers fitted once).
"""

from __future__ import annotations

import gc
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from benchmarks import Result, timed
from benchmarks.make_big import HUB, make_big

BENCH = "canvas"
SIZES = (500, 2_000, 10_000)  # touchpoints (links: twice as many)
TARGETS = {500, 2_000}  # sizes whose rows have targets (10,000 is reported)
ZOOMS = (0.25, 0.5, 1.0)
TILE = 2048  # the whole map is drawn in tiles of this many px square
WINDOW = (1600, 1000)
MOVE_STEPS = 40
HINTS = (QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
         | QPainter.RenderHint.SmoothPixmapTransform)  # the editor view's
DETAIL = {0.25: "cards: fill, strip, icon; links: hairlines (the editor's level of detail at 25 %)",
          0.5: "compact cards (larger label, no icon), no link labels (as the editor at 50 %)",
          1.0: "full detail"}


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])


def _plain_scene(data) -> tuple[QGraphicsScene, dict[str, QGraphicsRectItem], dict[str, QGraphicsLineItem]]:
    """The floor: one rect with the card's label per touchpoint and one line per link at the same places."""
    from journeymap.layout import card_rect

    lanes = {p.id: i for i, p in enumerate(data.phase_model.phases)}
    scene = QGraphicsScene()
    pen, brush = QPen(QColor("#C9CED6")), QBrush(QColor("#FFFFFF"))
    rects, lines = {}, {}
    for tp in data.touchpoints:
        r = card_rect(lanes[tp.phase], tp.position)
        item = QGraphicsRectItem(0, 0, r.w, r.h)
        item.setPos(r.x, r.y)
        item.setPen(pen)
        item.setBrush(brush)
        scene.addItem(item)
        label = QGraphicsSimpleTextItem(tp.label, item)
        label.setPos(10, 10)
        rects[tp.id] = item
    for link in data.links:
        a, b = rects[link.source], rects[link.target]
        item = QGraphicsLineItem(QLineF(a.sceneBoundingRect().center(), b.sceneBoundingRect().center()))
        scene.addItem(item)
        lines[link.id] = item
    return scene, rects, lines


def _render(scene: QGraphicsScene, source: QRectF, width: int, height: int) -> None:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(HINTS)
    scene.render(painter, QRectF(0, 0, width, height), source)
    painter.end()


def _render_whole(scene: QGraphicsScene, whole: QRectF, zoom: float, image: QImage) -> None:
    """Draw `whole` at `zoom` tile by tile into `image` (TILE×TILE, reused)."""
    width, height = whole.width() * zoom, whole.height() * zoom
    y = 0.0
    while y < height:
        x = 0.0
        while x < width:
            w, h = min(TILE, width - x), min(TILE, height - y)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setRenderHints(HINTS)
            scene.render(painter, QRectF(0, 0, w, h), QRectF(whole.x() + x / zoom, whole.y() + y / zoom,
                                                              w / zoom, h / zoom))
            painter.end()
            x += TILE
        y += TILE


class _NoItemCaches:
    """Item caches off while a picture is drawn (as the picture export does: a cached item would be a bitmap)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene

    def __enter__(self):
        none = QGraphicsItem.CacheMode.NoCache
        self.cached = [(item, item.cacheMode()) for item in self.scene.items() if item.cacheMode() != none]
        for item, _ in self.cached:
            item.setCacheMode(none)

    def __exit__(self, *_exc) -> None:
        for item, mode in self.cached:
            item.setCacheMode(mode)


def _whole_map_rows(scene, base: QGraphicsScene, label: str, targeted: bool, zooms=ZOOMS) -> list[Result]:
    whole = scene.map_rect()
    image = QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied)
    rows = []
    floor_is = "rect + label text per card, line per link"
    with _NoItemCaches(scene):
        for zoom in zooms:
            scene.set_zoom_drawing(zoom)  # as the view sets it at this zoom (else each tile would switch it)
            ours = timed(lambda zoom=zoom: _render_whole(scene, whole, zoom, image))
            floor = timed(lambda zoom=zoom: _render_whole(base, whole, zoom, image))
            size = f"{whole.width() * zoom:.0f}×{whole.height() * zoom:.0f} px"
            rows.append(Result(BENCH, f"render whole map {zoom * 100:.0f} % ({label})", ours, floor, floor_is,
                               f"{size}; {DETAIL.get(zoom, '')}", target_ratio=2.0 if targeted else None))
            if zoom < 0.4:
                scene.full_detail = True
                scene.set_zoom_drawing(zoom)
                try:
                    ours = timed(lambda zoom=zoom: _render_whole(scene, whole, zoom, image))
                finally:
                    scene.full_detail = False
                floor = timed(lambda zoom=zoom: _render_whole(base, whole, zoom, image))
                case = f"render whole map {zoom * 100:.0f} %, full detail forced ({label})"
                rows.append(Result(BENCH, case, ours, floor, floor_is, f"{size}; every card and link as at 100 %",
                                   target_ratio=2.0 if targeted else None))
        scene.set_zoom_drawing(1.0)
    return rows


def _build_rows(doc, cat, data, label: str, targeted: bool) -> list[Result]:
    from journeymap.canvas import JourneyScene

    def build_ours():
        scene = JourneyScene(doc, cat)
        gc.collect(0)  # what the build allocated while the collector was paused is looked at now: part of it
        scene.detach()

    ours = timed(build_ours)
    floor = timed(lambda: _plain_scene(data))
    return [Result(BENCH, f"scene build ({label})", ours, floor, "rect + label text per card, line per link",
                   "JourneyScene(document, catalogue) + the deferred gen-0 collection",
                   target_ratio=2.0 if targeted else None)]


def _move_rows(scene, doc, base, rects, lines, label: str, targeted: bool) -> tuple[list[Result], float, float]:
    from journeymap.commands import MoveTouchpoints

    hub = scene.card(HUB).card_rect()
    view = _show(scene, hub.center())
    project = doc.project
    home = project.touchpoint(HUB).position
    spare = scene.projection.slots.slot_for("action", home)  # the nearest free slot in the next lane
    places = [("action", spare), ("desire", home)]

    def move(i: int) -> None:
        doc.push(MoveTouchpoints(project, {HUB: places[i % 2]}))
        scene.flush_updates()  # the deferred work the next event-loop turn would do: part of the step

    step, repaint = _two_phases(move)
    base_view = _show(base, hub.center())
    hub_rect = rects[HUB]
    hub_lines = [(lines[ln.id], ln.source == HUB) for ln in project.links_of(HUB)]

    def move_plain(i: int) -> None:
        hub_rect.setPos(hub.x() + (0 if i % 2 else 260), hub.y() + (0 if i % 2 else (spare - home) * 88))
        centre = hub_rect.sceneBoundingRect().center()
        for item, starts in hub_lines:
            line = item.line()
            item.setLine(QLineF(centre, line.p2()) if starts else QLineF(line.p1(), centre))

    step_plain, repaint_plain = _two_phases(move_plain)
    moved = f"1 rect + {len(hub_lines)} lines"
    rows = [Result(BENCH, f"move step ({len(hub_lines)} links) ({label})", step, step_plain, moved,
                   "MoveTouchpoints push + flush (lane counts, both lanes' curve); no paint",
                   target=2.0 if targeted else None)]
    for shown in (view, base_view):
        shown.close()
        shown.setScene(None)
        shown.deleteLater()
    return rows, repaint, repaint_plain


def _per_step(step, steps: int = MOVE_STEPS, warm: int = 5) -> float:
    for i in range(warm):
        step(i)
    times = []
    for i in range(steps):
        start = time.perf_counter()
        step(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _two_phases(update, steps: int = MOVE_STEPS, warm: int = 5) -> tuple[float, float]:
    """Medians of `update(i)` and of the event processing (repaint) right after it, in ms."""
    for i in range(warm):
        update(i)
        QApplication.processEvents()
    first, second = [], []
    for i in range(steps):
        start = time.perf_counter()
        update(i)
        middle = time.perf_counter()
        QApplication.processEvents()
        end = time.perf_counter()
        first.append((middle - start) * 1000)
        second.append((end - middle) * 1000)
    return statistics.median(first), statistics.median(second)


def _show(scene: QGraphicsScene, centre) -> QGraphicsView:
    view = QGraphicsView(scene) if not hasattr(scene, "document") else None
    if view is None:
        from journeymap.canvas import JourneyView

        view = JourneyView(scene)
    view.resize(*WINDOW)
    view.show()
    view.centerOn(centre)
    QApplication.processEvents()
    return view


def _full_repaint(scene, base: QGraphicsScene) -> tuple[float, float, float]:
    """Median ms of a complete repaint of our view zoomed out to fit and of a plain view shown the same way."""
    from journeymap.canvas import JourneyView

    ours = JourneyView(scene)
    ours.resize(*WINDOW)
    ours.show()
    QApplication.processEvents()
    ours.fit_rect(scene.map_rect())  # the whole map (the opening view, `fit_all`, fits only its width)
    plain = QGraphicsView(base)
    plain.setRenderHints(ours.renderHints())
    plain.resize(*WINDOW)
    plain.show()
    plain.setTransform(ours.transform())
    plain.centerOn(ours.mapToScene(ours.viewport().rect().center()))
    QApplication.processEvents()
    mine = _per_step(lambda i: ours.viewport().repaint(), steps=11, warm=2)
    theirs = _per_step(lambda i: plain.viewport().repaint(), steps=11, warm=2)
    zoom = ours.zoom()
    ours.zoom_reset()  # back to drawing items one by one
    for view in (ours, plain):
        view.close()
        view.setScene(None)  # a view left on the scene would take part in every later case
        view.deleteLater()
    return mine, theirs, zoom


def _size_rows(size: int, cat, extra: bool) -> list[Result]:
    from journeymap.canvas import JourneyScene
    from journeymap.document import Document

    data = make_big(size, 2 * size)
    label = f"{len(data.touchpoints)} tp / {len(data.links)} links"
    targeted = size in TARGETS
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        doc = Document(data, autosave_folder=Path(tmp))
        results += _build_rows(doc, cat, data, label, targeted)
        scene = JourneyScene(doc, cat)
        base, rects, lines = _plain_scene(data)
        results += _whole_map_rows(scene, base, label, targeted, ZOOMS if size <= 2_000 else (0.25,))
        rows, repaint, repaint_plain = _move_rows(scene, doc, base, rects, lines, label, targeted)
        results += rows
        if extra:
            results += _extra_rows(scene, base, rects, lines, repaint, repaint_plain)
        scene.detach()
    return results


def _extra_rows(scene, base, rects, lines, repaint: float, repaint_plain: float) -> list[Result]:
    """Reported without targets: the overview repaint, a 100 % window, the repaint after a move, a drag step."""
    plain = "rect + label text per card, line per link"
    results = []
    ours, theirs, zoom = _full_repaint(scene, base)
    results.append(Result(BENCH, f"repaint of a {WINDOW[0]}×{WINDOW[1]} view zoomed out to fit", ours, theirs,
                          f"{plain}, in a QGraphicsView", f"zoom {zoom:.0%} (the lowest): overview drawing"))
    hub = scene.card(HUB).card_rect()
    window = QRectF(hub.center().x() - WINDOW[0] / 2, hub.center().y() - WINDOW[1] / 2, *WINDOW)
    ours = timed(lambda: _render(scene, window, *WINDOW))
    theirs = timed(lambda: _render(base, window, *WINDOW))
    results.append(Result(BENCH, f"scene.render of a {WINDOW[0]}×{WINDOW[1]} window at 100 %", ours, theirs, plain,
                          "full detail, item caches on (as the view has them)"))
    results.append(Result(BENCH, "repaint of the shown view after the move step", repaint, repaint_plain,
                          "1 rect + 20 lines", "1600×1000 view at 100 %"))
    view = _show(scene, hub.center())
    card = scene.card(HUB)
    start = card.pos()

    def drag(i: int) -> None:
        card.setPos(start.x() + (i % 7) * 9, start.y() + (i % 5) * 13)
        scene.projection.refresh_links([HUB])
        QApplication.processEvents()

    ours = _per_step(drag)
    results.append(Result(BENCH, "drag step of HUB (links follow live, with repaint)", ours, None, "",
                          "per mouse move"))
    scene.reset_positions([HUB])
    view.close()
    view.setScene(None)
    view.deleteLater()
    return results


def _as_the_editor_starts(cat) -> None:
    """Build and paint the scene of an empty journey once, as the editor does at its start: a file is opened in a
    process that has done so (fonts loaded, lane headers fitted once), so that is the state the builds and
    renders measured here start from."""
    from journeymap.canvas import JourneyScene
    from journeymap.document import Document

    with tempfile.TemporaryDirectory() as tmp:
        scene = JourneyScene(Document(autosave_folder=Path(tmp)), cat)
        whole = scene.map_rect()
        _render(scene, whole, max(1, round(whole.width())), max(1, round(whole.height())))
        scene.detach()


def run() -> list[Result]:
    _app()
    from journeymap.catalogue import catalogue

    cat = catalogue()
    _as_the_editor_starts(cat)
    results: list[Result] = []
    for size in SIZES:
        results += _size_rows(size, cat, extra=size == 2_000)
    return results
