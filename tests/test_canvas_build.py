"""What the scene build makes cheaply stays right: a link's drawn route and bounds (the route as drawn is made when
first needed), cards made with their look and hint, labels of links that get one only after the build."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF

from journeymap.canvas.items.link import HIT_WIDTH, LinkItem
from journeymap.commands import AddLink, EditLink, MoveTouchpoints
from journeymap.layout import theme as t
from journeymap.model import Link
from tests.conftest import journey, link, make_sample, tp
from tests.helpers.canvas import Canvas


def _ends_inside_the_arrow(item: LinkItem) -> None:
    """The drawn route is the route with its last point drawn back along the arrow, and the bounds hold the drawn
    route's control points and the arrowhead with room for hit tests."""
    route, drawn = item.route, item._drawn
    assert drawn[:-1] == list(route[:-1]) and drawn[-1][:2] == route[-1][:2]
    (tx, ty), (ex, ey) = route[-1][3], drawn[-1][3]
    assert math.hypot(tx - ex, ty - ey) == pytest.approx(t.ARROW_SIZE * 0.7)
    points = [drawn[0][0]] + [p for piece in drawn for p in piece[1:]]
    arrow = item._arrow.boundingRect()
    xs = [x for x, _ in points] + [arrow.left(), arrow.right()]
    ys = [y for _, y in points] + [arrow.top(), arrow.bottom()]
    expected = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
        -HIT_WIDTH, -HIT_WIDTH, HIT_WIDTH, HIT_WIDTH)
    bounds = item.boundingRect()
    for got, want in zip(bounds.getRect(), expected.getRect(), strict=True):
        assert abs(got - want) < 1e-9


def test_links_are_drawn_back_inside_their_arrow_and_bounded_by_what_they_draw(qtbot, tmp_path):
    data = make_sample()
    loop = Link(id="loop", source=data.touchpoints[3].id, target=data.touchpoints[1].id, kind="loop_back")
    canvas = Canvas(qtbot, tmp_path, data.model_copy(update={"links": (*data.links, loop)}), zoom=1.0)
    items = list(canvas.scene.link_items())
    assert any(len(item.route) > 1 for item in items)  # the loop-back: several pieces
    for item in items:
        _ends_inside_the_arrow(item)
    canvas.doc.push(MoveTouchpoints(canvas.project, {data.touchpoints[3].id: ("action", 3.0)}))
    for item in items:  # re-routed: made again
        _ends_inside_the_arrow(item)


def test_a_link_made_with_its_route_is_the_link_routed_afterwards(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    for item in canvas.scene.link_items():
        later = LinkItem(item.link)
        assert later.route == () and later.boundingRect().isNull()
        later.set_route(item.route)
        assert later.boundingRect() == item.boundingRect() and later._drawn == item._drawn
        assert later._tip == item._tip


def test_cards_are_made_with_their_lane_look_and_hint(qtbot, tmp_path):
    data = journey([tp("w", "attention", catalogue_id="website"), tp("p", "interest", kind="analogue"),
                    tp("n", "loyalty", catalogue_id="newsletter")])
    canvas = Canvas(qtbot, tmp_path, data, lang="en")
    scene = canvas.scene
    projection = scene.projection
    assert scene.card("w").strip_colour == projection.lane_colour("attention")
    assert scene.card("p").strip_colour == t.ANALOGUE_STRIP
    for tid in ("w", "p", "n"):
        card = scene.card(tid)
        message = projection.fit_message(card.touchpoint)
        assert (card.hint.toolTip() if card.hint is not None else None) == message
    assert scene.card("w").hint is not None  # (the guide does not suggest a website for attention)


def test_links_that_get_a_label_after_the_build_show_it(qtbot, tmp_path):
    data = journey([tp("a", "attention"), tp("b", "interest"), tp("c", "desire")], [link("a", "b")])
    canvas = Canvas(qtbot, tmp_path, data, zoom=1.0)
    scene = canvas.scene
    assert scene.link_item("a-b").label_text == ""
    canvas.doc.push(EditLink(canvas.project, "a-b", {"label": "weiter"}))
    assert scene.link_item("a-b").label_text == "weiter" and not scene.link_item("a-b").label_rect.isEmpty()
    canvas.doc.push(AddLink(canvas.project, Link(id="b-c", source="b", target="c", label="dann")))
    assert scene.link_item("b-c").label_text == "dann"
    canvas.doc.push(EditLink(canvas.project, "a-b", {"label": ""}))
    assert scene.link_item("a-b").label_text == "" and scene.link_item("a-b").label_rect.isEmpty()
