"""Gestures on the view, driven by synthetic drag events, mouse and keys: each ends in exactly one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from journeymap.canvas.items.card import HANDLE_POS
from tests.conftest import make_sample
from tests.helpers.canvas import Canvas


@pytest.fixture
def canvas(qtbot, tmp_path) -> Canvas:
    return Canvas(qtbot, tmp_path, make_sample())


# ---------------------------------------------------------------- dropping from the catalogue
def test_dropping_a_catalogue_entry_lands_in_the_lane_under_the_cursor(canvas):
    enter, move, drop = canvas.drop("online_shop", canvas.lane_point("desire", 2.2))
    assert enter.isAccepted() and move.isAccepted() and drop.isAccepted()
    assert canvas.stack.count() == 1
    (new,) = [t for t in canvas.project.touchpoints if t.catalogue_id == "online_shop" and t.id != "shop"]
    assert (new.phase, new.position, new.kind) == ("desire", 1.0, "digital")  # right below the call card
    assert canvas.scene.card(new.id) is not None
    assert canvas.scene.selected_touchpoint_ids() == [new.id]
    assert not canvas.scene.ghost.isVisible()
    assert not any(lane.drop_target for lane in canvas.scene.projection.lanes.values())
    canvas.stack.undo()
    assert not canvas.project.has_touchpoint(new.id) and canvas.scene.card(new.id) is None


def test_a_drop_on_the_upper_half_of_a_card_goes_before_it_and_pushes_it_down(canvas):
    canvas.drop("blog", canvas.lane_point("interest", 0) - QPointF(0, 20))  # the website card is there
    (new,) = [t for t in canvas.project.touchpoints if t.catalogue_id == "blog"]
    assert (new.phase, new.position) == ("interest", 0.0)
    assert canvas.project.touchpoint("web").position == 1.0
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert canvas.project.touchpoint("web").position == 0.0 and len(canvas.project.touchpoints) == 6


def test_bad_payloads_are_refused_on_enter(canvas):
    for payload in (b"no_such_entry", b"\xff\xfe", b""):
        enter, _, drop = canvas.drop(payload, canvas.lane_point("interest", 1))
        accepted = enter.isAccepted(), drop.isAccepted()
        assert accepted == (False, False)
    assert canvas.stack.count() == 0


def test_a_drop_beside_the_map_lands_in_the_nearest_lane(canvas):
    right_of_map = QPointF(canvas.scene.map_rect().right() + 20, 200)
    enter, move, drop = canvas.drop("blog", right_of_map)
    accepted = enter.isAccepted(), move.isAccepted(), drop.isAccepted()
    assert accepted == (True, True, True)
    (new,) = [t for t in canvas.project.touchpoints if t.catalogue_id == "blog"]
    assert new.phase == "advocacy"


def test_the_ghost_shows_the_landing_slot_while_dragging(canvas):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    from journeymap.canvas import entry_mime

    mime = entry_mime("blog")
    pos = canvas.at(canvas.lane_point("action", 0.1))
    QApplication.sendEvent(canvas.viewport, QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime,
                                                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(canvas.viewport, QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime,
                                                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                                           QEvent.Type.DragMove))
    ghost = canvas.scene.ghost
    assert ghost.isVisible()
    assert ghost.pos() == canvas.scene.projection.card_position("action", 1.0)  # slot 0 is the shop's


# ---------------------------------------------------------------- moving cards
def test_dragging_a_card_into_another_lane_changes_its_phase_in_one_step(canvas):
    start = canvas.centre_of("call")
    canvas.drag(start, canvas.lane_point("loyalty", 2.1))
    moved = canvas.project.touchpoint("call")
    assert (moved.phase, moved.position) == ("loyalty", 2.0)
    assert canvas.stack.count() == 1
    assert canvas.scene.card("call").pos() == canvas.scene.projection.card_position("loyalty", 2.0)
    canvas.stack.undo()
    assert (canvas.project.touchpoint("call").phase, canvas.project.touchpoint("call").position) == ("desire", 0.0)
    assert canvas.scene.card("call").pos() == canvas.scene.projection.card_position("desire", 0.0)


def test_links_follow_a_card_while_it_is_dragged(canvas):
    before = canvas.scene.link_item("web-call").route[-1][3]
    canvas.drag(canvas.centre_of("call"), canvas.lane_point("desire", 3), release=False)
    during = canvas.scene.link_item("web-call").route[-1][3]
    assert during[1] > before[1] + 100
    assert canvas.stack.count() == 0  # nothing is pushed before the release
    canvas.key(Qt.Key.Key_Escape)  # cancels: back in place, still no step
    canvas.qtbot.mouseRelease(canvas.viewport, Qt.MouseButton.LeftButton, pos=canvas.at(canvas.lane_point("desire", 3)))
    assert canvas.stack.count() == 0
    assert canvas.scene.link_item("web-call").route[-1][3] == before


def test_a_small_drag_or_a_drop_on_the_same_slot_changes_nothing(canvas):
    start = canvas.centre_of("web")
    canvas.drag(start, start + QPointF(0, 8))
    assert canvas.stack.count() == 0
    assert canvas.scene.card("web").pos() == canvas.scene.projection.card_position("interest", 0.0)


def test_moving_several_selected_cards_is_one_step(canvas):
    canvas.scene.select_ids(["fair", "web"])
    canvas.drag(canvas.centre_of("web"), canvas.centre_of("web") + QPointF(260 * 2, 88 * 2))
    assert canvas.stack.count() == 1
    fair, web = canvas.project.touchpoint("fair"), canvas.project.touchpoint("web")
    assert (fair.phase, fair.position) == ("desire", 2.0)
    assert (web.phase, web.position) == ("action", 2.0)
    canvas.stack.undo()
    assert canvas.project.touchpoint("fair").phase == "attention"
    assert canvas.project.touchpoint("web").phase == "interest"


def test_cards_dropped_on_each_other_get_distinct_slots(canvas):
    canvas.scene.select_ids(["fair", "web"])
    canvas.drag(canvas.centre_of("fair"), canvas.centre_of("web"))  # fair onto web's slot, web one lane right
    fair, web = canvas.project.touchpoint("fair"), canvas.project.touchpoint("web")
    assert fair.phase == "interest" and web.phase == "desire"
    assert web.position != canvas.project.touchpoint("call").position  # not on the call card either


def test_ctrl_click_toggles_and_a_plain_click_selects_one(canvas):
    canvas.click(canvas.centre_of("web"))
    assert canvas.scene.selected_touchpoint_ids() == ["web"]
    canvas.click(canvas.centre_of("call"), Qt.KeyboardModifier.ControlModifier)
    assert sorted(canvas.scene.selected_touchpoint_ids()) == ["call", "web"]
    canvas.click(canvas.centre_of("web"), Qt.KeyboardModifier.ControlModifier)
    assert canvas.scene.selected_touchpoint_ids() == ["call"]
    canvas.click(canvas.centre_of("shop"))
    assert canvas.scene.selected_touchpoint_ids() == ["shop"]
    assert canvas.stack.count() == 0


def test_rubber_band_selects_the_cards_it_touches(canvas):
    top_left = canvas.scene.card("fair").card_rect().topLeft() - QPointF(10, 10)
    bottom_right = canvas.scene.card("call").card_rect().center()
    canvas.drag(top_left, bottom_right)
    assert set(canvas.scene.selected_touchpoint_ids()) == {"fair", "web", "call"}
    assert canvas.stack.count() == 0


# ---------------------------------------------------------------- Alt+arrow keys move (plain arrows navigate)
ALT = Qt.KeyboardModifier.AltModifier


def test_alt_arrow_keys_nudge_one_lane_or_one_slot_one_step_per_key(canvas):
    canvas.scene.select_ids(["web"])
    canvas.key(Qt.Key.Key_Right, ALT)
    assert canvas.project.touchpoint("web").phase == "desire"
    assert canvas.project.touchpoint("web").position == 1.0  # slot 0 is the call's
    canvas.key(Qt.Key.Key_Up, ALT)  # the slot above is taken: stays
    assert canvas.project.touchpoint("web").position == 1.0
    canvas.key(Qt.Key.Key_Down, ALT)
    assert canvas.project.touchpoint("web").position == 2.0
    canvas.key(Qt.Key.Key_Left, ALT)
    assert canvas.project.touchpoint("web").phase == "interest"
    canvas.key(Qt.Key.Key_Up, ALT)
    assert canvas.project.touchpoint("web").position == 1.0
    assert canvas.stack.count() == 4  # the blocked Up was no step
    canvas.scene.select_ids(["fair"])
    canvas.key(Qt.Key.Key_Left, ALT)  # the first lane: nothing to do, no step
    assert canvas.stack.count() == 4
    canvas.stack.undo()
    assert canvas.project.touchpoint("web").position == 2.0


def test_nudging_skips_occupied_slots_for_several_cards(canvas):
    canvas.scene.select_ids(["fair", "web", "call"])
    canvas.key(Qt.Key.Key_Down, ALT)
    assert [canvas.project.touchpoint(t).position for t in ("fair", "web", "call")] == [1.0, 1.0, 1.0]
    assert canvas.stack.count() == 1


# ---------------------------------------------------------------- links
def handle_point(canvas: Canvas, tid: str) -> QPointF:
    canvas.scene.select_ids([tid])
    QApplication.processEvents()
    handle = canvas.scene.handle
    assert handle.isVisible() and handle.card_id == tid
    return canvas.scene.card(tid).pos() + HANDLE_POS


def test_dragging_from_the_handle_to_a_card_adds_a_link(canvas):
    start = handle_point(canvas, "fair")
    canvas.drag(start, canvas.centre_of("call"))
    (new,) = [ln for ln in canvas.project.links_of("fair") if ln.target == "call"]
    assert new.kind == "step"
    assert canvas.scene.link_item(new.id) is not None
    assert canvas.scene.selected_link_ids() == [new.id]
    assert canvas.stack.count() == 1
    assert canvas.project.touchpoint("fair").phase == "attention"  # the card did not move
    canvas.stack.undo()
    assert canvas.scene.link_item(new.id) is None


def test_a_rubber_line_follows_and_escape_or_a_release_elsewhere_cancels(canvas):
    start = handle_point(canvas, "fair")
    canvas.drag(start, canvas.centre_of("call"), release=False)
    drawing = canvas.view.interaction
    assert drawing is not None and drawing.rubber.scene() is canvas.scene
    assert drawing.target is canvas.scene.card("call")
    canvas.key(Qt.Key.Key_Escape)
    assert canvas.view.interaction is None and drawing.rubber.scene() is None
    canvas.qtbot.mouseRelease(canvas.viewport, Qt.MouseButton.LeftButton, pos=canvas.at(canvas.centre_of("call")))
    assert canvas.stack.count() == 0
    start = handle_point(canvas, "fair")
    canvas.drag(start, canvas.lane_point("desire", 4))  # empty slot: no card
    assert canvas.stack.count() == 0 and len(canvas.project.links) == 5


def test_linking_twice_or_to_itself_adds_nothing_and_advocacy_to_attention_is_a_loop_back(canvas):
    canvas.drag(handle_point(canvas, "fair"), canvas.centre_of("web"))  # already linked
    canvas.drag(handle_point(canvas, "fair"), canvas.centre_of("fair"))
    assert canvas.stack.count() == 0
    canvas.drag(handle_point(canvas, "review"), canvas.centre_of("fair"))
    (loop,) = [ln for ln in canvas.project.links_of("review") if ln.target == "fair"]
    assert loop.kind == "loop_back"
    route = canvas.scene.link_item(loop.id).route
    assert min(p[1] for seg in route for p in seg) < canvas.scene.projection.lanes["attention"].boundingRect().top()


def test_deleting_a_card_with_the_delete_key_removes_its_links_and_undo_restores_both(canvas):
    canvas.scene.select_ids(["web"])
    canvas.key(Qt.Key.Key_Delete)
    assert canvas.scene.card("web") is None
    assert canvas.scene.link_item("fair-web") is None and canvas.scene.link_item("web-call") is None
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert canvas.scene.card("web") is not None
    assert canvas.scene.link_item("fair-web") is not None and canvas.scene.link_item("web-call") is not None
    canvas.stack.redo()
    assert canvas.scene.link_item("fair-web") is None


def test_a_link_is_selected_by_clicking_it_and_deleted_like_a_card(canvas):
    item = canvas.scene.link_item("call-shop")
    from journeymap.layout import bezier_point

    point = QPointF(*bezier_point(item.route[0], 0.5))
    canvas.click(point)
    assert canvas.scene.selected_link_ids() == ["call-shop"]
    canvas.key(Qt.Key.Key_Delete)
    assert canvas.scene.link_item("call-shop") is None and canvas.scene.card("call") is not None
    canvas.stack.undo()
    assert canvas.scene.link_item("call-shop") is not None


# ---------------------------------------------------------------- renaming
def test_f2_renames_in_place_enter_commits_one_step(canvas):
    canvas.scene.select_ids(["web"])
    canvas.key(Qt.Key.Key_F2)
    rename = canvas.view.rename_editor
    assert rename is not None and rename.editor.text() == "Website"
    rename.editor.selectAll()
    canvas.qtbot.keyClicks(rename.editor, "Webseite mit Konfigurator")
    canvas.qtbot.keyClick(rename.editor, Qt.Key.Key_Return)
    assert canvas.project.touchpoint("web").label == "Webseite mit Konfigurator"
    assert canvas.scene.card("web").lines[0].startswith("Webseite")
    assert canvas.stack.count() == 1 and canvas.view.rename_editor is None
    canvas.stack.undo()
    assert canvas.project.touchpoint("web").label == "Website"


def test_escape_cancels_the_rename_and_empty_text_changes_nothing(canvas):
    canvas.scene.select_ids(["web"])
    assert canvas.view.rename_selected()
    editor = canvas.view.rename_editor.editor
    canvas.qtbot.keyClicks(editor, "Anders")
    canvas.qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert canvas.project.touchpoint("web").label == "Website" and canvas.view.rename_editor is None
    canvas.view.rename_selected()
    editor = canvas.view.rename_editor.editor
    editor.clear()
    canvas.qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert canvas.project.touchpoint("web").label == "Website"
    assert canvas.stack.count() == 0
    canvas.scene.clearSelection()
    assert not canvas.view.rename_selected()
