"""The map fills the view: every journey opens, in a 1366×768 window, with all lanes side by side across the
canvas and the lanes as tall as it (no scroll bar, no grey field below), Ctrl+0 gives the same fit, and at that
view the cards' labels read at 11 px or more (drawn larger, with fewer details, instead of shrunk)."""

from __future__ import annotations

import shutil

import pytest

from journeymap.app.files.recovery_dialog import RESTORE, offer_recovery
from journeymap.canvas.scene import MARGIN
from journeymap.canvas.text import COMPACT, FULL, SIMPLE, card_detail
from journeymap.document import Document
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.recovery import find_orphans
from tests.conftest import journey, tp
from tests.helpers.app import close_quietly, make_window
from tests.helpers.canvas import ink_rows

LAPTOP = (1366, 768)
SAMPLE = resource_path("samples", "schmidt.journey")


@pytest.fixture
def laptop(qtbot, tmp_path, boxes):
    """The editor in a 1366×768 window, German, first start (default docks)."""
    win = make_window(qtbot, tmp_path, lang="de", size=LAPTOP)
    qtbot.wait(20)
    yield win
    close_quietly(win)


def settle(qtbot) -> None:
    qtbot.wait(30)  # the window fits a new journey on the next turn of the event loop


def check_fills_the_view(window) -> None:
    """All lanes across the width, the map (lanes and emotion band) down to the bottom, nothing to scroll."""
    view, scene = window.view, window.scene
    assert view.fitted
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    lanes = scene.projection.geometry.lanes
    assert len(lanes) == 6
    assert visible.left() <= lanes[0].rect.x and lanes[-1].rect.x + lanes[-1].rect.w <= visible.right()
    assert visible.top() <= lanes[0].rect.y
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
    bottom = view.mapFromScene(0, scene.map_rect().bottom()).y()  # the band's lower edge, in viewport px
    assert view.viewport().height() - MARGIN * view.zoom() - 2 <= bottom <= view.viewport().height()
    assert view.mapFromScene(-MARGIN, 0).x() >= -1 and view.mapFromScene(scene.map_rect().right() + MARGIN, 0).x() \
        <= view.viewport().width() + 1


def open_new(window, qtbot):
    window.files.new()


def open_template(window, qtbot):
    window.new_from.new_from_template("aidala")


def open_sample(window, qtbot):
    window.new_from.new_from_sample("schmidt")


def open_file(window, qtbot):
    path = window.autosave_folder.parent / "karte.journey"
    shutil.copyfile(SAMPLE, path)
    assert window.files.open_path(path)


def open_recovered(window, qtbot):
    folder = window.autosave_folder
    crashed = Document(load(SAMPLE), autosave_folder=folder)
    crashed.mark_modified()
    assert crashed.autosave_now()
    crashed.autosave_slot._lock.unlock()  # as after a crash
    assert len(find_orphans(folder)) == 1
    assert offer_recovery(window.files.restore, folder, window, asker=lambda orphan, parent: RESTORE) == [RESTORE]
    assert window.recovered


@pytest.mark.parametrize("how", [open_new, open_template, open_sample, open_file, open_recovered],
                         ids=["new", "template", "sample", "opened", "recovered"])
def test_every_journey_opens_with_all_lanes_filling_the_view(laptop, qtbot, how):
    laptop.view.zoom_in()  # whatever the previous journey showed
    how(laptop, qtbot)
    settle(qtbot)
    check_fills_the_view(laptop)
    zoom = laptop.view.zoom()
    assert zoom == pytest.approx(laptop.view.viewport().width() / laptop.scene.sceneRect().width(), rel=0.01)
    laptop.view.zoom_in()
    laptop.view.zoom_in()
    assert not laptop.view.fitted
    laptop.commands.fit.trigger()  # Ctrl+0: the same view as at opening
    assert laptop.commands.fit.shortcut().toString() == "Ctrl+0"
    check_fills_the_view(laptop)
    assert laptop.view.zoom() == pytest.approx(zoom)
    assert laptop.view.verticalScrollBar().value() == laptop.view.verticalScrollBar().minimum()


def test_card_labels_read_at_11_px_or_more_at_the_opening_view_of_the_sample(laptop, qtbot):
    assert laptop.files.open_path(SAMPLE)
    settle(qtbot)
    view, scene = laptop.view, laptop.scene
    zoom = view.zoom()
    assert zoom < 0.5  # a six-lane map in the room docks leave on a laptop: the 13 px label alone would be ~5 px
    cards = list(scene.cards())
    assert len(cards) == 24
    for card in cards:
        assert card.label_size(zoom) * zoom >= 11.0, card.touchpoint.label
        assert card.compact_lines(int(card.label_size(zoom)))[0]  # something to read, not an empty card
    for lane in scene.projection.lanes.values():
        assert lane.header.name_size(zoom) * zoom >= 10.5
    # the painted text: ink of the first label line of every card, measured on the grabbed canvas
    image = view.viewport().grab().toImage()
    for card in cards:
        box = view.mapFromScene(card.card_rect()).boundingRect()
        box.setLeft(box.left() + round(50 * zoom))  # right of where a full card has its icon: only text
        assert max(ink_rows(image, box)) >= 8, card.touchpoint.label  # an 11 px font: capitals about 8 px




def test_levels_of_detail_by_zoom():
    assert card_detail(1.0) == FULL and card_detail(0.85) == FULL
    assert card_detail(0.8) == COMPACT and card_detail(0.42) == COMPACT and card_detail(0.3) == COMPACT
    assert card_detail(0.29) == SIMPLE
    assert card_detail(1.5, label_px=24) == COMPACT and card_detail(1.8, label_px=24) == FULL  # the projector


def test_zoomed_out_cards_draw_a_larger_label_and_keep_the_bottom_row_while_it_fits(qtbot, tmp_path):
    from tests.conftest import make_sample
    from tests.helpers.canvas import Canvas

    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    card = canvas.scene.card("shop")
    assert card.label_size(1.0) == 13.0
    px, _, with_row = card.compact_layout(0.75)
    assert card.label_size(0.75) == px and px * 0.75 >= 12 and with_row  # 1920×1080: label and emotion face
    px, _, with_row = card.compact_layout(0.42)
    assert px * 0.42 >= 11 and not with_row  # 1366×768: only the label, two lines of it
    assert card.label_size(0.2) == 0.0


def test_the_fit_follows_the_window_and_a_map_taller_than_the_view_scrolls_down(qtbot, tmp_path, boxes):
    window = make_window(qtbot, tmp_path, lang="en", size=LAPTOP)
    try:
        window.replace_document(Document(journey([tp(f"t{i}", "desire", position=float(i)) for i in range(30)]),
                                         autosave_folder=window.autosave_folder))
        settle(qtbot)
        view = window.view
        assert view.fitted and view.verticalScrollBar().isVisible() and not view.horizontalScrollBar().isVisible()
        assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
        assert view.zoom() == pytest.approx(view.viewport().width() / window.scene.sceneRect().width(), rel=0.01)
        window.replace_document(Document(journey([tp("a", "attention")]), autosave_folder=window.autosave_folder))
        settle(qtbot)
        window.resize(1600, 1000)
        qtbot.wait(30)
        check_fills_the_view(window)
        window.view.zoom_out()  # the user's zoom: the map narrower than the view, the lanes still as tall
        assert not window.view.fitted
        bottom = window.view.mapFromScene(0, window.scene.map_rect().bottom()).y()
        assert bottom >= window.view.viewport().height() - MARGIN * window.view.zoom() - 2
    finally:
        close_quietly(window)


def test_pictures_of_the_map_keep_its_natural_height(laptop, qtbot):
    from journeymap.canvas.pictures import PNG_SCALE, render_image

    assert laptop.files.open_path(SAMPLE)
    settle(qtbot)
    stretched = laptop.scene.map_rect().height()
    natural = laptop.scene.natural_map_height()
    assert natural < stretched
    image = render_image(laptop.scene)
    assert image.height() == pytest.approx((natural + 32) * PNG_SCALE, abs=2)
    assert laptop.scene.map_rect().height() == stretched and laptop.view.fitted  # the canvas as it was
    check_fills_the_view(laptop)
