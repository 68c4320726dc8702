"""Drops from the catalogue anywhere over the fitted canvas, with synthetic drag events as the drag manager sends
them: the drag is taken wherever it enters (the grey margin, a header, the emotion band), the nearest lane is
highlighted while the pointer is off the lanes, cards make room while it hovers between them, leaving puts
everything back, and the drop is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from journeymap.canvas import entry_mime
from journeymap.canvas.scene import MARGIN
from journeymap.fileformat import load
from journeymap.locate import resource_path
from tests.conftest import journey, tp
from tests.helpers.canvas import Canvas

COPY, LEFT, NONE = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


class Drag:
    """One drag of a catalogue entry over a canvas's viewport, event by event (viewport coordinates)."""

    def __init__(self, canvas: Canvas, entry_id: str) -> None:
        self.canvas = canvas
        self.mime = entry_mime(entry_id)

    def enter(self, at: QPoint) -> bool:
        event = QDragEnterEvent(at, COPY, self.mime, LEFT, NONE)
        QApplication.sendEvent(self.canvas.viewport, event)
        return event.isAccepted()

    def move(self, at: QPoint) -> bool:
        event = QDragMoveEvent(at, COPY, self.mime, LEFT, NONE, QEvent.Type.DragMove)
        QApplication.sendEvent(self.canvas.viewport, event)
        return event.isAccepted()

    def leave(self) -> None:
        QApplication.sendEvent(self.canvas.viewport, QDragLeaveEvent())

    def drop(self, at: QPoint) -> bool:
        event = QDropEvent(QPointF(at), COPY, self.mime, LEFT, NONE, QEvent.Type.Drop)
        QApplication.sendEvent(self.canvas.viewport, event)
        QApplication.processEvents()
        return event.isAccepted()


def fitted(qtbot, tmp_path, data, size=(682, 688)) -> Canvas:
    """A canvas of a laptop's size (the editor's at 1366×768) at its opening view."""
    canvas = Canvas(qtbot, tmp_path, data)
    canvas.view.resize(*size)
    canvas.view.fit_all()
    QApplication.processEvents()
    return canvas


@pytest.fixture
def sample(qtbot, tmp_path) -> Canvas:
    return fitted(qtbot, tmp_path, load(resource_path("samples", "schmidt.journey")))


def highlighted(canvas: Canvas) -> list[str]:
    return [phase for phase, lane in canvas.scene.projection.lanes.items() if lane.drop_target]


def test_the_opening_view_shows_a_margin_left_of_the_lanes(sample):
    """The hand's way in: the drag enters over this grey margin before it reaches the first lane."""
    margin = sample.at(QPointF(0, 0)).x()
    assert sample.view.fitted and margin >= MARGIN * sample.view.zoom() - 1 >= 10


def test_a_drag_entering_over_the_margin_is_taken_and_lands_in_the_nearest_lane(sample):
    drag = Drag(sample, "website")
    assert drag.enter(QPoint(2, 300))  # over the grey margin, left of every lane
    assert highlighted(sample) == ["attention"] and sample.scene.ghost.isVisible()
    assert sample.scene.ghost.pos() == sample.scene.projection.card_position("attention", 5.0)  # below the five
    assert drag.move(QPoint(3, 20))  # up along the margin, beside the header: the lane's top
    assert sample.scene.ghost.pos() == sample.scene.projection.card_position("attention", 0.0)
    assert drag.move(sample.at(QPointF(-MARGIN / 2, 2000)))  # below the map, still in the margin
    assert highlighted(sample) == ["attention"]
    header = sample.at(QPointF(3.5 * 260, 80))  # over the Action lane's header
    assert drag.move(header) and highlighted(sample) == ["action"]
    assert drag.drop(header)
    assert sample.stack.count() == 1
    (new,) = [t for t in sample.project.touchpoints if t.catalogue_id == "website" and t.phase == "action"]
    assert new.position == 0.0  # above every card: at the top, the others pushed down
    assert sorted(t.position for t in sample.project.touchpoints_in("action")) == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert highlighted(sample) == [] and not sample.scene.ghost.isVisible()


def test_hovering_between_two_cards_makes_room_and_leaving_puts_them_back(sample):
    scene, projection = sample.scene, sample.scene.projection
    order = [t.id for t in sorted(sample.project.touchpoints_in("interest"), key=lambda t: t.position)]
    places = {tid: scene.card(tid).pos() for tid in order}
    between = projection.card_position("interest", 1.0) + QPointF(110, -6)  # the gap above the second card
    drag = Drag(sample, "blog")
    assert drag.enter(sample.at(QPointF(-10, 100)))
    assert drag.move(sample.at(between))
    assert scene.ghost.pos() == projection.card_position("interest", 1.0)
    assert scene.card(order[0]).pos() == places[order[0]]
    for tid in order[1:]:  # shown one slot lower: room for the new card
        assert scene.card(tid).pos() == places[tid] + QPointF(0, projection.card_position("interest", 1.0).y()
                                                             - projection.card_position("interest", 0.0).y())
    first = min(sample.project.touchpoints_in("attention"), key=lambda t: t.position).id
    at_first = scene.card(first).pos()
    drag.move(sample.at(QPointF(-10, 100)))  # over the margin beside the first lane's header
    assert all(scene.card(tid).pos() == places[tid] for tid in order)  # back in their places
    assert scene.card(first).pos().y() > at_first.y()  # the first lane's top card makes room now
    drag.move(sample.at(between))
    drag.leave()
    assert all(scene.card(tid).pos() == places[tid] for tid in order)
    assert highlighted(sample) == [] and not scene.ghost.isVisible() and sample.stack.count() == 0


def test_a_drop_between_two_cards_inserts_there_in_one_undo_step(sample):
    project = sample.project
    order = [t.id for t in sorted(project.touchpoints_in("interest"), key=lambda t: t.position)]
    between = sample.scene.projection.card_position("interest", 1.0) + QPointF(110, -6)
    drag = Drag(sample, "blog")
    assert drag.enter(sample.at(QPointF(-10, 100))) and drag.move(sample.at(between))
    assert drag.drop(sample.at(between))
    new = next(t for t in project.touchpoints if t.catalogue_id == "blog" and t.phase == "interest")
    assert new.position == 1.0
    assert [project.touchpoint(tid).position for tid in order] == [0.0, 2.0, 3.0, 4.0, 5.0]
    assert sample.stack.count() == 1
    sample.stack.undo()
    assert [project.touchpoint(tid).position for tid in order] == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert not project.has_touchpoint(new.id)


def test_a_drop_into_an_empty_lane_takes_its_first_slot(qtbot, tmp_path):
    canvas = fitted(qtbot, tmp_path, journey([tp("a", "attention")]))
    lane = canvas.scene.projection.geometry.lane("loyalty").rect
    middle = canvas.at(QPointF(lane.x + lane.w / 2, lane.y + lane.h * 0.6))  # low in the tall, empty lane
    band = canvas.at(QPointF(lane.x + 20, canvas.scene.projection.geometry.band.y + 40))  # over the emotion band
    drag = Drag(canvas, "newsletter")
    assert drag.enter(band) and highlighted(canvas) == ["loyalty"]
    assert drag.move(middle)
    assert canvas.scene.ghost.pos() == canvas.scene.projection.card_position("loyalty", 0.0)
    assert drag.drop(middle)
    new = next(t for t in canvas.project.touchpoints if t.catalogue_id == "newsletter")
    assert (new.phase, new.position) == ("loyalty", 0.0)


def test_a_drag_of_something_else_is_not_taken(sample):
    mime = entry_mime("website")
    mime.setData("application/x-journeymap-touchpoint", b"no_such_entry")
    event = QDragEnterEvent(QPoint(2, 300), COPY, mime, LEFT, NONE)
    QApplication.sendEvent(sample.viewport, event)
    accepted = event.isAccepted()
    assert not accepted and highlighted(sample) == [] and not sample.scene.ghost.isVisible()


def test_held_at_the_bottom_edge_of_a_tall_map_the_drag_scrolls_it(qtbot, tmp_path):
    canvas = fitted(qtbot, tmp_path, journey([tp(f"t{i}", "desire", position=float(i)) for i in range(30)]))
    bar = canvas.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.minimum()
    drag = Drag(canvas, "blog")
    x = canvas.at(QPointF(2.5 * 260, 0)).x()
    assert drag.enter(QPoint(x, canvas.viewport.height() - 5))
    qtbot.waitUntil(lambda: bar.value() > bar.minimum() + 100, timeout=3000)
    ghost = canvas.scene.ghost.pos()
    qtbot.waitUntil(lambda: canvas.scene.ghost.pos() != ghost, timeout=3000)  # the landing slot follows
    drag.leave()
    value = bar.value()
    qtbot.wait(100)
    assert bar.value() == value and not canvas.scene.ghost.isVisible()
