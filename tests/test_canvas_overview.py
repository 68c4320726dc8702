"""The overview: far zoomed out, one item draws every card and link in batches; the cards and links stay in the
scene (selection, hit tests) but draw nothing themselves. Pictures rendered at full size are never affected."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from journeymap.canvas.items.overview import OVERVIEW_ZOOM, SELECTED_FILL
from journeymap.commands import MoveTouchpoints
from journeymap.layout import theme as t
from tests.conftest import make_sample
from tests.helpers.canvas import Canvas

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def render(scene, source: QRectF, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    return image


def colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 1) for y in range(0, image.height(), 2)}


def drawn_by_items(scene) -> bool:
    items = [*scene.cards(), *scene.link_items()]
    return not any(item.flags() & NO_CONTENTS for item in items)


def test_the_view_switches_to_the_overview_far_zoomed_out(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene = canvas.scene
    assert not scene.overview and drawn_by_items(scene) and not scene.overview_item.isVisible()
    canvas.view.set_zoom(OVERVIEW_ZOOM / 2)
    assert scene.overview and scene.overview_item.isVisible()
    assert all(item.flags() & NO_CONTENTS for item in [*scene.cards(), *scene.link_items()])
    canvas.view.zoom_reset()
    assert not scene.overview and drawn_by_items(scene)


def test_a_full_size_picture_is_the_same_whatever_the_view_shows(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene = canvas.scene
    area = scene.card("web").sceneBoundingRect().adjusted(-30, -30, 30, 30)
    size = (round(area.width()), round(area.height()))
    normal = render(scene, area, *size)
    canvas.view.set_zoom(OVERVIEW_ZOOM / 2)
    assert scene.overview
    assert render(scene, area, *size) == normal
    assert scene.overview  # the view's choice stands after the picture


def test_the_overview_draws_cards_links_and_the_selection(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene = canvas.scene
    whole = scene.map_rect()
    small = (round(whole.width() * 0.1), round(whole.height() * 0.1))  # a scale that draws the overview
    image = render(scene, whole, *small)
    assert not scene.overview  # only for the picture
    drawn = colours(image)
    strip = QColor(scene.projection.lane_colour("interest")).name()
    assert QColor(t.CARD_FILL).name() in drawn and strip in drawn
    scene.select_ids(["web"])
    assert QColor(SELECTED_FILL).name() in colours(render(scene, whole, *small))


def test_the_overview_follows_moves(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene, project = canvas.scene, canvas.project
    canvas.view.set_zoom(OVERVIEW_ZOOM / 2)
    whole = scene.map_rect()
    small = (round(whole.width() * 0.1), round(whole.height() * 0.1))
    before = render(scene, whole, *small)
    canvas.doc.push(MoveTouchpoints(project, {"web": ("interest", 6.0)}))
    scene.flush_updates()
    after = render(scene, whole, *small)
    assert after != before
    card = scene.card("web").card_rect()
    x, y = round((card.center().x() - whole.x()) * 0.1), round((card.center().y() - whole.y()) * 0.1)
    assert after.pixelColor(x, y).name() == QColor(t.CARD_FILL).name()
