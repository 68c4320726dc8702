"""The scene is a projection of the model: one item per touchpoint and link, following signals, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from journeymap.canvas.items.card import CardItem
from journeymap.canvas.items.lanes import LaneItem
from journeymap.canvas.items.link import LinkItem
from journeymap.commands import AddItems, AddLink, EditLink, EditPersona, EditTouchpoint, MoveTouchpoints, RemoveItems
from journeymap.model import Kpi
from tests.conftest import journey, link, make_sample, tp
from tests.helpers.canvas import Canvas


@pytest.fixture
def canvas(qtbot, tmp_path) -> Canvas:
    return Canvas(qtbot, tmp_path, make_sample())


def items_of(scene, kind):
    return [item for item in scene.items() if isinstance(item, kind)]


def test_one_item_per_lane_touchpoint_and_link(canvas):
    scene = canvas.scene
    assert len(items_of(scene, CardItem)) == 6
    assert len(items_of(scene, LinkItem)) == 5
    assert len(items_of(scene, LaneItem)) == 6
    assert {c.tid for c in items_of(scene, CardItem)} == {t.id for t in canvas.project.touchpoints}
    assert scene.card("web").touchpoint.label == "Website"
    # the card sits in its lane, links run from the right of the source to the left of the target
    lane = scene.projection.geometry.lane("interest")
    assert lane.rect.x <= scene.card("web").pos().x() < lane.rect.right
    route = scene.link_item("fair-web").route
    assert route[0][0][0] == pytest.approx(scene.card("fair").card_rect().right())
    assert route[-1][3][0] == pytest.approx(scene.card("web").card_rect().left())


def test_cards_follow_add_change_remove_and_undo_redo(canvas):
    scene, project, stack = canvas.scene, canvas.project, canvas.stack
    canvas.doc.push(AddItems(project, [tp("new", "desire", label="Neu", position=1)]))
    assert scene.card("new") is not None and scene.card("new").touchpoint.phase == "desire"
    canvas.doc.push(EditTouchpoint(project, "new", {"label": "Umbenannt"}))
    assert scene.card("new").lines == ["Umbenannt"]
    canvas.doc.push(RemoveItems(project, ["new"]))
    assert scene.card("new") is None
    stack.undo()
    assert scene.card("new").lines == ["Umbenannt"]
    stack.undo()
    assert scene.card("new").lines == ["Neu"]
    stack.undo()
    assert scene.card("new") is None
    stack.redo()
    assert scene.card("new") is not None
    assert len(items_of(scene, CardItem)) == 7


def test_links_follow_signals_and_their_cards(canvas):
    scene, project = canvas.scene, canvas.project
    canvas.doc.push(AddLink(project, link("fair", "call", kind="alternative")))
    assert scene.link_item("fair-call").link.kind == "alternative"
    canvas.doc.push(EditLink(project, "fair-call", {"label": "Rückruf"}))
    assert scene.link_item("fair-call").label_text == "Rückruf"
    before = scene.link_item("fair-web").route
    canvas.doc.push(MoveTouchpoints(project, {"web": ("interest", 3.0)}))
    after = scene.link_item("fair-web").route
    assert after[-1][3][1] > before[-1][3][1]  # the arrow now ends lower, at the moved card
    assert after[-1][3][1] == pytest.approx(scene.card("web").card_rect().center().y())
    canvas.stack.undo()
    assert scene.link_item("fair-web").route == before


def test_long_labels_wrap_to_two_lines_and_elide_with_the_full_label_in_the_tooltip(qtbot, tmp_path):
    long = "Fachartikel in der Branchenzeitschrift über Antriebstechnik, Wartung und Ersatzteile"
    canvas = Canvas(qtbot, tmp_path, journey([tp("a", "attention", label=long)]))
    card = canvas.scene.card("a")
    assert len(card.lines) == 2 and card.lines[1].endswith("…")
    assert card.toolTip().startswith(long)


def test_phase_fit_marker_is_shown_where_the_guide_does_not_suggest_the_touchpoint(qtbot, tmp_path):
    data = journey([tp("w1", "attention", catalogue_id="website"), tp("w2", "interest", catalogue_id="website"),
                    tp("own", "attention")])
    canvas = Canvas(qtbot, tmp_path, data, lang="en")
    scene = canvas.scene
    assert scene.card("w1").hint is not None
    assert scene.card("w1").hint.toolTip() == scene.catalogue.fits_phase("website", "attention").message("en")
    assert "Attention" in scene.card("w1").hint.toolTip()
    assert scene.card("w2").hint is None and scene.card("own").hint is None
    canvas.doc.push(MoveTouchpoints(canvas.project, {"w1": ("interest", 1.0)}))
    assert scene.card("w1").hint is None
    canvas.stack.undo()
    assert scene.card("w1").hint is not None
    scene.set_language("de")
    assert scene.card("w1").hint.toolTip() == scene.catalogue.fits_phase("website", "attention").message("de")


def test_emotion_curve_has_one_point_per_assessed_touchpoint_and_updates_once_per_turn(canvas, monkeypatch):
    scene, project = canvas.scene, canvas.project
    assessed = [t for t in project.touchpoints if t.emotion is not None]
    assert len(scene.projection.curve.points) == len(assessed) == 4
    calls = []
    original = type(scene.projection.curve).set_lanes
    monkeypatch.setattr(type(scene.projection.curve), "set_lanes",
                        lambda self, band, lanes, count=None: (calls.append(sorted(lanes)),
                                                              original(self, band, lanes, count)))
    canvas.doc.push(EditTouchpoint(project, "news", {"emotion": -2}))
    canvas.doc.push(EditTouchpoint(project, "review", {"emotion": 1}))
    canvas.doc.push(MoveTouchpoints(project, {"fair": ("attention", 2.0), "web": ("interest", 2.0)}))
    assert calls == []  # debounced: nothing yet
    QApplication.processEvents()
    assert calls == [[0, 1, 4, 5]]  # one recomputation, of the lanes that changed only
    assert len(scene.projection.curve.points) == 6
    xs = [x for x, _ in scene.projection.curve.points]
    assert xs == sorted(xs)
    canvas.doc.push(EditTouchpoint(project, "news", {"emotion": None}))
    scene.flush_updates()
    assert len(scene.projection.curve.points) == 5
    canvas.stack.undo()
    scene.flush_updates()
    assert len(scene.projection.curve.points) == 6


def test_lanes_grow_with_their_content_and_the_band_moves_down(canvas):
    scene = canvas.scene
    height = scene.projection.lanes["attention"].boundingRect().height()
    band_y = scene.projection.band.boundingRect().y()
    canvas.doc.push(MoveTouchpoints(canvas.project, {"fair": ("attention", 12.0)}))
    scene.flush_updates()
    assert scene.projection.lanes["desire"].boundingRect().height() > height
    assert scene.projection.band.boundingRect().y() > band_y
    assert scene.sceneRect().bottom() > scene.projection.band.boundingRect().bottom()
    assert scene.card("fair").card_rect().bottom() < scene.projection.band.boundingRect().top()


def test_a_single_move_touches_only_its_card_and_links(qtbot, tmp_path, monkeypatch):
    tps = [tp(f"t{i}", ("attention", "interest", "desire")[i % 3], position=float(i // 3), emotion=i % 3 - 1)
           for i in range(90)]
    links = [link(f"t{i}", f"t{i + 1}") for i in range(0, 89)]
    canvas = Canvas(qtbot, tmp_path, journey(tps, links))
    routed, shown = [], []
    monkeypatch.setattr(LinkItem, "set_route", lambda self, route, f=LinkItem.set_route: (routed.append(self.lid),
                                                                                         f(self, route)))
    monkeypatch.setattr(CardItem, "set_touchpoint", lambda self, t, f=CardItem.set_touchpoint: (shown.append(t.id),
                                                                                               f(self, t)))
    canvas.doc.push(MoveTouchpoints(canvas.project, {"t40": ("action", 0.0)}))
    QApplication.processEvents()
    assert shown == ["t40"]
    assert sorted(routed) == ["t39-t40", "t40-t41"]


def test_kpi_badge_and_persona_dots(canvas):
    scene, project = canvas.scene, canvas.project
    shop = scene.card("shop")
    assert shop._badge.status == "missed" and shop._badge.text == "KPI 1"
    canvas.doc.push(EditTouchpoint(project, "shop", {"kpis": (Kpi(name="Konversion", target=3, actual=4),)}))
    assert scene.card("shop")._badge.status == "met"
    assert scene.card("fair").personas == (("#1F6FEB", "EE"),) and scene.card("call").personas == ()
    canvas.doc.push(EditPersona(project, "p1", {"touchpoint_ids": ("fair", "web", "call")}))
    assert scene.card("call").personas == (("#1F6FEB", "EE"),)
    canvas.doc.push(EditPersona(project, "p1", {"colour": "#6A3D9A"}))
    assert scene.card("fair").personas == (("#6A3D9A", "EE"),)
    canvas.doc.push(EditPersona(project, "p1", {"initials": "EV"}))  # a persona is told by initials, not colour alone
    assert scene.card("fair").personas == (("#6A3D9A", "EV"),)


def test_selection_signal_select_all_and_delete(canvas, qtbot):
    scene = canvas.scene
    with qtbot.waitSignal(scene.selection_ids_changed) as signal:
        scene.select_ids(["web", "fair-web"])
    assert signal.args == [["web"], ["fair-web"]]
    assert scene.current_phase() == "interest"
    received = []
    scene.selection_ids_changed.connect(lambda t, ln: received.append((t, ln)))
    scene.select_all()
    assert len(received) == 1  # one announcement, not one per item
    assert sorted(received[0][0]) == sorted(t.id for t in canvas.project.touchpoints)
    assert len(received[0][1]) == 5
    scene.select_ids(["call"])
    assert scene.delete_selection()
    assert not canvas.project.has_touchpoint("call") and scene.card("call") is None
    assert scene.link_item("web-call") is None and scene.link_item("call-shop") is None
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert scene.card("call") is not None
    assert scene.link_item("web-call") is not None and scene.link_item("call-shop") is not None


def test_deleting_a_link_alone(canvas):
    scene = canvas.scene
    scene.select_ids(["shop-news"])
    assert scene.selected_link_ids() == ["shop-news"]
    scene.delete_selection()
    assert scene.link_item("shop-news") is None and canvas.project.has_touchpoint("shop")
    canvas.stack.undo()
    assert scene.link_item("shop-news") is not None
    scene.clearSelection()
    assert not scene.delete_selection() and canvas.stack.count() == 1  # nothing selected: no step


def test_add_from_catalogue_goes_to_the_selected_lane_or_the_first(canvas):
    scene, project = canvas.scene, canvas.project
    tid = scene.add_from_catalogue("newsletter")
    new = project.touchpoint(tid)
    assert new.phase == "attention" and new.position == 1.0  # first lane, below the fair
    assert (new.catalogue_id, new.label, new.kind) == ("newsletter", "Newsletter", "digital")
    assert scene.selected_touchpoint_ids() == [tid]
    scene.select_ids(["shop"])
    tid2 = scene.add_from_catalogue("email")
    assert project.touchpoint(tid2).phase == "action"
    assert scene.add_from_catalogue("blog", "advocacy") and scene.current_phase() == "advocacy"
    assert canvas.stack.count() == 3
    with pytest.raises(KeyError):
        scene.add_from_catalogue("no_such_entry")


def test_drop_touchpoint_inserts_between_the_cards_around_the_pointer(canvas):
    scene, project = canvas.scene, canvas.project
    upper, lower = QPointF(0, -25), QPointF(0, 25)  # a quarter of a card above or below its middle
    tid = scene.drop_touchpoint("blog", canvas.lane_point("desire", 0) + lower)  # below the call card's middle
    assert (project.touchpoint(tid).phase, project.touchpoint(tid).position) == ("desire", 1.0)
    tid = scene.drop_touchpoint("blog", canvas.lane_point("desire", 7.0))  # far below: right under the last card
    assert project.touchpoint(tid).position == 2.0
    tid = scene.drop_touchpoint("email", canvas.lane_point("desire", 0) + upper)  # above it: the top, pushing down
    assert project.touchpoint(tid).position == 0.0
    assert [project.touchpoint(t).position for t in ("call",)] == [1.0]
    assert sorted(tp.position for tp in project.touchpoints_in("desire")) == [0.0, 1.0, 2.0, 3.0]
    assert scene.drop_touchpoint("no_such_entry", canvas.lane_point("desire", 0)) is None
    assert canvas.stack.count() == 3
    canvas.stack.undo()  # the push and the drop are one step
    assert project.touchpoint("call").position == 0.0 and len(project.touchpoints_in("desire")) == 3


def test_drops_off_the_lanes_land_in_the_nearest_lane(canvas):
    scene, project = canvas.scene, canvas.project
    width = scene.map_rect().width()
    for point, phase in ((QPointF(-30, 900), "attention"), (QPointF(width + 30, 120), "advocacy"),
                         (QPointF(3.5 * 260, -20), "action")):
        tid = scene.drop_touchpoint("forum", point)
        assert project.touchpoint(tid).phase == phase
    assert project.touchpoint(tid).position == 0.0  # above the lane: at its top (the shop moved down)
    assert project.touchpoint("shop").position == 1.0


def test_language_switch_changes_lane_headers(canvas):
    header = canvas.scene.projection.lanes["attention"].header
    assert header.texts == ("Aufmerksamkeit", "Informationsphase")
    canvas.scene.set_language("en")
    assert header.texts == ("Attention", "Becoming aware")
    tid = canvas.scene.add_from_catalogue("review_portal")
    assert canvas.project.touchpoint(tid).label == canvas.scene.catalogue.get("review_portal").name.en


def test_detach_stops_following_the_model(canvas):
    canvas.scene.detach()
    canvas.doc.push(AddItems(canvas.project, [tp("late", "desire")]))
    assert canvas.scene.card("late") is None


def test_a_deleted_scene_stops_following_the_model(qtbot, tmp_path):
    from PySide6.QtCore import QEvent

    from journeymap.canvas import JourneyScene
    from journeymap.document import Document

    doc = Document(make_sample(), autosave_folder=tmp_path)
    scene = JourneyScene(doc)
    scene.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    doc.push(AddItems(doc.project, [tp("after", "desire")]))  # would raise if the dead scene still listened
    doc.push(MoveTouchpoints(doc.project, {"web": ("desire", 3.0)}))
    assert doc.project.has_touchpoint("after")
