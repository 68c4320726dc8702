"""Personas on the canvas: one curve per shown persona in its colour with a legend, the path highlighted (rings
on cards, glows under links), focus with everything else dimmed, and all of it following the model and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeymap.canvas.items.persona_items import DIMMED, CardRing, LinkGlow, PersonaCurveItem, persona_initials
from journeymap.commands import (
    AddPersona,
    EditPersona,
    EditTouchpoint,
    MovePersona,
    MoveTouchpoints,
    RemoveItems,
    RemovePersona,
)
from journeymap.layout import emotion_y
from journeymap.model import Persona
from tests.conftest import make_sample
from tests.helpers.canvas import Canvas

TOM = Persona(id="p2", name="Tom Berger", colour="#1F78B4", touchpoint_ids=("fair", "call", "shop"),
              link_ids=("call-shop",), emotions={"call": 2})


@pytest.fixture
def canvas(qtbot, tmp_path) -> Canvas:
    canvas = Canvas(qtbot, tmp_path, make_sample())
    canvas.doc.push(AddPersona(canvas.project, TOM))
    return canvas


def shown(canvas, *ids) -> object:
    layer = canvas.scene.persona_layer
    for pid in ids:
        layer.set_shown(pid)
    canvas.scene.flush_updates()
    return layer


def test_personas_are_not_drawn_until_shown(canvas):
    layer = canvas.scene.persona_layer
    canvas.scene.flush_updates()
    assert layer.visible == ()
    assert not [i for i in canvas.scene.items() if isinstance(i, (PersonaCurveItem, CardRing, LinkGlow))]
    assert not layer.legend.isVisible()
    assert not canvas.scene.projection.curve.muted


def test_one_curve_per_shown_persona_with_its_points_colour_and_own_emotions(canvas):
    layer = shown(canvas, "p1", "p2")
    band = canvas.scene.projection.geometry.band
    eva, tom = layer.curve("p1"), layer.curve("p2")
    assert len([i for i in canvas.scene.items() if isinstance(i, PersonaCurveItem)]) == 2
    assert eva.colour == "#1F6FEB" and tom.colour == "#1F78B4"
    # Eva: fair (+1) and web, where she feels −1 (the web touchpoint itself is 0)
    assert [y for _, y in eva.points] == [emotion_y(band, 1), emotion_y(band, -1)]
    # Tom: fair +1, call: his own +2 (the touchpoint says −1), shop +2
    assert len(tom.points) == 3
    assert [y for _, y in tom.points] == [emotion_y(band, 1), emotion_y(band, 2), emotion_y(band, 2)]
    xs = [x for x, _ in tom.points]
    assert xs == sorted(xs) and xs[0] == pytest.approx(canvas.scene.card("fair").card_rect().center().x())
    assert tom.tag == "TB" and persona_initials(canvas.project.persona("p1")) == "EE"
    # the general curve stays, muted; the legend names both personas and the general curve
    assert canvas.scene.projection.curve.muted and canvas.scene.projection.curve.isVisible()
    assert [(e.tag, e.name, e.dashed) for e in layer.legend.entries] == [
        ("EE", "Einkäuferin Eva", False), ("TB", "Tom Berger", False), ("", "General", True)]
    assert layer.legend.isVisible()
    assert layer.legend.sceneBoundingRect().intersects(QRectF(band.x, band.y, band.w, band.h))


def test_the_general_curve_can_be_hidden(canvas):
    layer = shown(canvas, "p2")
    layer.set_general_curve(False)
    assert not canvas.scene.projection.curve.isVisible()
    assert [e.name for e in layer.legend.entries] == ["Tom Berger"]
    layer.set_general_curve(True)
    assert canvas.scene.projection.curve.isVisible()
    layer.set_shown("p2", False)
    assert not canvas.scene.projection.curve.muted and layer.curve("p2") is None


def test_curves_follow_edits_on_the_next_event_loop_turn(canvas):
    layer = shown(canvas, "p2")
    band = canvas.scene.projection.geometry.band
    tom = layer.curve("p2")
    canvas.doc.push(EditTouchpoint(canvas.project, "shop", {"emotion": -2}))
    assert tom.points[-1][1] == emotion_y(band, 2)  # deferred, like the general curve
    QApplication.processEvents()
    assert tom.points[-1][1] == emotion_y(band, -2)
    canvas.doc.push(EditPersona(canvas.project, "p2", {"emotions": {"call": 2, "shop": 1}}))
    canvas.scene.flush_updates()
    assert tom.points[-1][1] == emotion_y(band, 1)  # his own emotion wins over the touchpoint's
    canvas.doc.push(MoveTouchpoints(canvas.project, {"call": ("interest", 2.0)}))
    canvas.scene.flush_updates()
    assert tom.points[1][0] == pytest.approx(canvas.scene.card("call").card_rect().center().x())
    canvas.doc.push(EditPersona(canvas.project, "p2", {"touchpoint_ids": ("fair", "call", "shop", "web")}))
    canvas.scene.flush_updates()
    assert len(tom.points) == 4
    canvas.stack.undo()
    canvas.scene.flush_updates()
    assert len(tom.points) == 3


def test_paths_are_highlighted_with_rings_and_glows_in_the_personas_colours(canvas):
    layer = shown(canvas, "p1", "p2")
    assert layer.ring("fair").colours == ("#1F6FEB", "#1F78B4")  # both personas, in persona order
    assert layer.ring("web").colours == ("#1F6FEB",)
    assert layer.ring("shop").colours == ("#1F78B4",)
    assert layer.ring("news") is None
    assert layer.ring("fair").parentItem() is canvas.scene.card("fair")
    assert layer.glow("fair-web").colours == ("#1F6FEB",)
    assert layer.glow("call-shop").colours == ("#1F78B4",)
    assert layer.glow("web-call") is None
    canvas.doc.push(EditPersona(canvas.project, "p2", {"colour": "#33A02C"}))
    assert layer.ring("fair").colours == ("#1F6FEB", "#33A02C")
    assert layer.curve("p2").colour == "#33A02C"
    assert layer.legend.entries[1].colour == "#33A02C"
    canvas.stack.undo()
    assert layer.ring("shop").colours == ("#1F78B4",)
    layer.set_shown("p1", False)
    assert layer.ring("web") is None and layer.glow("fair-web") is None
    assert layer.ring("fair").colours == ("#1F78B4",)


def test_rings_and_glows_never_catch_the_mouse(canvas):
    layer = shown(canvas, "p2")
    centre = canvas.scene.card("fair").sceneBoundingRect().center()
    assert canvas.scene.card_at(centre) is canvas.scene.card("fair")
    assert not any(isinstance(item, (CardRing, LinkGlow)) for item in canvas.scene.items(centre))
    assert layer.ring("fair").acceptedMouseButtons() == Qt.MouseButton.NoButton


def test_a_glow_follows_its_link_when_the_card_moves(canvas):
    layer = shown(canvas, "p2")
    glow = layer.glow("call-shop")
    canvas.doc.push(MoveTouchpoints(canvas.project, {"shop": ("action", 3.0)}))
    canvas.scene.flush_updates()
    link = canvas.scene.link_item("call-shop")
    assert glow.zValue() < canvas.scene.card("shop").zValue() < link.zValue()  # under every card and link
    assert glow.sceneBoundingRect().contains(link.sceneBoundingRect().adjusted(8, 8, -8, -8))
    end = link.route[-1][3]
    probe = QRectF(end[0] - 12, end[1] - 2, 4, 4)
    hits = canvas.scene.items(probe, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
    assert glow in hits  # re-indexed with its link, so it is painted where the link now runs
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    canvas.scene.render(painter, QRectF(0, 0, 40, 40), QRectF(end[0] - 30, end[1] - 20, 40, 40))
    painter.end()
    glowing = [(x, y) for x in range(24) for y in range(40)  # left of the card and its ring
               if image.pixelColor(x, y).blue() > image.pixelColor(x, y).red() + 40]
    assert len(glowing) > 20


def test_focus_dims_everything_off_the_path(canvas):
    layer = shown(canvas, "p1", "p2")
    layer.set_focus("p2")
    assert layer.visible == ("p2",) and layer.focus == "p2"
    assert layer.curve("p1") is None
    cards = {tid: canvas.scene.card(tid).opacity() for tid in ("fair", "call", "shop", "web", "news")}
    assert cards == {"fair": 1.0, "call": 1.0, "shop": 1.0, "web": DIMMED, "news": DIMMED}
    assert canvas.scene.link_item("call-shop").opacity() == 1.0
    assert canvas.scene.link_item("fair-web").opacity() == DIMMED
    assert layer.ring("fair").colours == ("#1F78B4",)
    # putting a card on the focused path lights it up; new cards start dimmed
    canvas.doc.push(EditPersona(canvas.project, "p2", {"touchpoint_ids": ("fair", "call", "shop", "web")}))
    assert canvas.scene.card("web").opacity() == 1.0
    canvas.stack.undo()
    assert canvas.scene.card("web").opacity() == DIMMED
    layer.set_focus(None)
    assert layer.visible == ("p1", "p2")
    assert all(card.opacity() == 1.0 for card in canvas.scene.cards())
    assert all(item.opacity() == 1.0 for item in canvas.scene.link_items())


def test_deleting_a_touchpoint_takes_it_off_the_paths_and_undo_puts_it_back(canvas):
    layer = shown(canvas, "p1", "p2")
    canvas.doc.push(RemoveItems(canvas.project, ["call"]))
    canvas.scene.flush_updates()
    tom = canvas.project.persona("p2")
    assert "call" not in tom.touchpoint_ids and "call-shop" not in tom.link_ids and "call" not in tom.emotions
    assert len(layer.curve("p2").points) == 2
    assert layer.ring("call") is None and layer.glow("call-shop") is None
    canvas.stack.undo()
    canvas.scene.flush_updates()
    tom = canvas.project.persona("p2")
    assert tom.touchpoint_ids == ("fair", "call", "shop") and tom.link_ids == ("call-shop",)
    assert tom.emotions == {"call": 2}
    assert len(layer.curve("p2").points) == 3
    assert layer.ring("call").colours == ("#1F78B4",) and layer.ring("call").parentItem() is canvas.scene.card("call")
    assert layer.glow("call-shop").colours == ("#1F78B4",)


def test_removing_reordering_and_restoring_personas(canvas):
    layer = shown(canvas, "p1", "p2")
    canvas.doc.push(MovePersona(canvas.project, "p2", 0))
    assert layer.visible == ("p2", "p1")
    assert layer.ring("fair").colours == ("#1F78B4", "#1F6FEB")
    assert [e.tag for e in layer.legend.entries] == ["TB", "EE", ""]
    canvas.doc.push(RemovePersona(canvas.project, "p2"))
    assert layer.visible == ("p1",) and layer.curve("p2") is None and layer.ring("shop") is None
    canvas.stack.undo()  # the deleted persona comes back shown, as it was
    canvas.scene.flush_updates()
    assert layer.visible == ("p2", "p1") and len(layer.curve("p2").points) == 3


def test_right_click_selects_the_card_and_asks_for_menu_entries(canvas):
    asked = []
    canvas.scene.context_menu_requested.connect(lambda menu: asked.append(
        (menu, canvas.scene.selected_touchpoint_ids())))
    pos = canvas.at(canvas.centre_of("shop"))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, canvas.viewport.mapToGlobal(pos))
    QApplication.sendEvent(canvas.viewport, event)
    assert len(asked) == 1 and asked[0][1] == ["shop"]  # an empty menu is not shown
    assert canvas.viewport.mapToGlobal(QPoint(0, 0)) is not None


def test_a_glow_follows_a_card_being_dragged(canvas):
    layer = shown(canvas, "p2")
    glow, card = layer.glow("call-shop"), canvas.scene.card("shop")
    start = canvas.centre_of("shop")
    canvas.drag(start, start + QPointF(0, 2.4 * 88), release=False)
    end = canvas.scene.link_item("call-shop").route[-1][3]
    assert end[1] == pytest.approx(card.card_rect().center().y())
    assert glow.sceneBoundingRect().contains(QPointF(end[0] - 2, end[1]))
    canvas.qtbot.mouseRelease(canvas.viewport, Qt.MouseButton.LeftButton, pos=canvas.at(start + QPointF(0, 2.4 * 88)))
    canvas.scene.flush_updates()
    end = canvas.scene.link_item("call-shop").route[-1][3]
    assert glow.sceneBoundingRect().contains(QPointF(end[0] - 2, end[1]))
    assert canvas.project.touchpoint("shop").position != 0.0
