"""Canvas at size: 2,000 touchpoints and 4,000 links (`make_big`), each case next to a baseline of as many plain
QGraphicsRectItem/QGraphicsLineItem items, measured in the same run.

Cases: building the scene; the *full render*: a complete repaint of a shown 1600×1000 view zoomed out as far as
it goes (5 %, the whole map in the view: it shows every card it can), against a plain
QGraphicsView with the same transform and render hints over the plain items; `scene.render` of the whole map
into a QImage (pictures) and of a 100 % window's worth; moving one card with 20 links, split in two: the *move
step* (the model and scene update of one `MoveTouchpoints`: the undo-stack push, the projection's item updates
and its deferred work — lane counts, the emotion curve of both lanes — flushed; no painting) and the *repaint*
that follows in a shown 1600×1000 view (the event processing until the view has painted); one step of dragging
that card (links follow).

Targets (issue 7): scene build ≤ 1 s, full render ≤ 2× the plain items, move step ≤ 2 ms.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from benchmarks import Result, timed
from benchmarks.make_big import HUB, make_big

BENCH = "canvas"
WHOLE_PX = 2048  # the whole map rendered into an image this tall
WINDOW = (1600, 1000)
MOVE_STEPS = 40


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])


def _plain_scene(data) -> tuple[QGraphicsScene, dict[str, QGraphicsRectItem], dict[str, QGraphicsLineItem]]:
    """The baseline: one rect per touchpoint and one line per link at the same places, nothing else."""
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
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source)
    painter.end()


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


def run() -> list[Result]:
    _app()
    from journeymap.canvas import JourneyScene
    from journeymap.catalogue import catalogue
    from journeymap.commands import MoveTouchpoints
    from journeymap.document import Document

    data = make_big()
    cat = catalogue()
    n_tp, n_ln = len(data.touchpoints), len(data.links)
    plain = f"{n_tp} rects + {n_ln} lines"
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        doc = Document(data, autosave_folder=Path(tmp))

        def build_ours():
            scene = JourneyScene(doc, cat)
            scene.detach()

        build = timed(build_ours)
        build_plain = timed(lambda: _plain_scene(data))
        results.append(Result(BENCH, f"build scene ({n_tp} tp / {n_ln} links)", build, build_plain, plain,
                              target=1000))

        scene = JourneyScene(doc, cat)
        base, rects, lines = _plain_scene(data)
        whole = scene.map_rect()
        ours, theirs, zoom = _full_repaint(scene, base)
        results.append(Result(BENCH, f"full render: repaint of a {WINDOW[0]}×{WINDOW[1]} view zoomed out to fit",
                              ours, theirs, f"{plain} in a QGraphicsView",
                              f"zoom {zoom:.0%} (the lowest): overview drawing", target_ratio=2.0))
        width = round(WHOLE_PX * whole.width() / whole.height())
        ours = timed(lambda: _render(scene, whole, width, WHOLE_PX))
        theirs = timed(lambda: _render(base, whole, width, WHOLE_PX))
        results.append(Result(BENCH, f"scene.render of the whole map into {width}×{WHOLE_PX} QImage", ours, theirs,
                              plain, f"zoom {WHOLE_PX / whole.height():.0%}, as a picture export; no target"))
        hub = scene.card(HUB).card_rect()
        window = QRectF(hub.center().x() - WINDOW[0] / 2, hub.center().y() - WINDOW[1] / 2, *WINDOW)
        ours = timed(lambda: _render(scene, window, *WINDOW))
        theirs = timed(lambda: _render(base, window, *WINDOW))
        results.append(Result(BENCH, f"render a {WINDOW[0]}×{WINDOW[1]} window at 100 %", ours, theirs, plain,
                              "full detail; no target"))

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
        theirs = step_plain + repaint_plain
        moved = f"1 rect + {len(hub_lines)} lines"
        results.append(Result(BENCH, f"move step: one card with {len(hub_lines)} links (model + scene, no paint)",
                              step, step_plain, moved, "MoveTouchpoints push + flush; to the next lane and back",
                              target=2.0))
        results.append(Result(BENCH, "repaint of the shown view after that move", repaint, repaint_plain, moved,
                              f"1600×1000 view; push + repaint {step + repaint:.1f} ms; no target"))

        card = scene.card(HUB)
        start = card.pos()

        def drag(i: int) -> None:
            card.setPos(start.x() + (i % 7) * 9, start.y() + (i % 5) * 13)
            scene.projection.refresh_links([HUB])
            QApplication.processEvents()

        ours = _per_step(drag)
        results.append(Result(BENCH, "drag step of that card (links follow live, with repaint)", ours, theirs,
                              moved, "per mouse move; no target"))
        scene.reset_positions([HUB])
        view.close()
        base_view.close()
        scene.detach()
    return results
