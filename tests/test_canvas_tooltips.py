"""Tooltips on the canvas: cards and links make theirs when shown (`canvas.tooltips`), the phase-fit hint's message
shows over the hint without an item of its own, and the other items' tooltips show as Qt shows them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from journeymap.canvas.items.markers import FitHint
from journeymap.commands import EditLink, EditTouchpoint, MoveTouchpoints
from tests.conftest import journey, link, make_sample, tp
from tests.helpers.canvas import Canvas


def shown_at(canvas: Canvas, scene_point: QPointF) -> str:
    """The tooltip the view shows with the pointer resting on `scene_point` ("" when it shows none)."""
    at = canvas.at(scene_point)
    event = QHelpEvent(QEvent.Type.ToolTip, at, canvas.viewport.mapToGlobal(at))
    event.setAccepted(False)
    QApplication.sendEvent(canvas.viewport, event)  # the view accepts it when the scene showed a tooltip
    return QToolTip.text() if event.isAccepted() and QToolTip.isVisible() else ""


def test_a_card_shows_its_label_and_description_and_follows_edits(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, journey([tp("a", "attention", label="Messe", description="Ein Stand " * 40)]),
                    zoom=1.0)
    card = canvas.scene.card("a")
    middle = card.sceneBoundingRect().center()
    assert shown_at(canvas, middle) == card.toolTip() == "Messe\n\n" + ("Ein Stand " * 40)[:300]
    canvas.doc.push(EditTouchpoint(canvas.project, "a", {"label": "Messe 2", "description": ""}))
    assert shown_at(canvas, middle) == card.toolTip() == "Messe 2"
    canvas.stack.undo()
    assert shown_at(canvas, middle).startswith("Messe\n\nEin Stand")


def test_the_phase_fit_hint_shows_its_message_over_the_hint_only(qtbot, tmp_path):
    data = journey([tp("w1", "attention", catalogue_id="website", label="Website")])
    canvas = Canvas(qtbot, tmp_path, data, lang="en", zoom=1.0)
    card = canvas.scene.card("w1")
    message = canvas.scene.catalogue.fits_phase("website", "attention").message("en")
    assert card.hint is not None and card.hint.toolTip() == message and not card.childItems()
    on_hint = card.mapToScene(FitHint.POS + QPointF(FitHint.SIZE / 2, FitHint.SIZE / 2))
    beside = card.mapToScene(FitHint.POS + QPointF(-12, FitHint.SIZE / 2))
    assert shown_at(canvas, on_hint) == message
    assert shown_at(canvas, beside) == "Website"
    canvas.scene.set_language("de")
    assert shown_at(canvas, on_hint) == canvas.scene.catalogue.fits_phase("website", "attention").message("de")
    canvas.doc.push(MoveTouchpoints(canvas.project, {"w1": ("interest", 0.0)}))
    QApplication.processEvents()
    assert card.hint is None
    assert shown_at(canvas, card.mapToScene(FitHint.POS + QPointF(FitHint.SIZE / 2, FitHint.SIZE / 2))) == "Website"


def test_a_link_shows_its_kind_and_label_away_from_the_cards(qtbot, tmp_path):
    data = journey([tp("a", "attention"), tp("b", "interest")], [link("a", "b")])
    canvas = Canvas(qtbot, tmp_path, data, lang="en", zoom=1.0)
    item = canvas.scene.link_item("a-b")
    middle = item.drawn_path.pointAtPercent(0.5)
    assert not any(card.sceneBoundingRect().contains(middle) for card in canvas.scene.cards())
    assert shown_at(canvas, middle) == item.toolTip() == "Step"
    canvas.doc.push(EditLink(canvas.project, "a-b", {"kind": "alternative", "label": "später"}))
    QApplication.processEvents()
    assert item.toolTip() == "Alternative: später"
    assert shown_at(canvas, item.drawn_path.pointAtPercent(0.5)) == "Alternative: später"


def test_other_items_keep_their_tooltips_and_empty_places_show_none(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), lang="en", zoom=0.6)
    scene = canvas.scene
    lane = next(iter(scene.projection.lanes.values()))
    header = lane.header.sceneBoundingRect().center()
    band = scene.projection.band
    assert shown_at(canvas, header) == lane.header.toolTip() != ""
    assert shown_at(canvas, band.sceneBoundingRect().center()) == band.toolTip() != ""
    margin = QPointF(-20, canvas.view.mapToScene(canvas.viewport.rect().center()).y())  # left of the lanes
    assert not any(item.toolTip() for item in scene.items(margin))
    assert canvas.viewport.rect().contains(canvas.at(margin))
    assert shown_at(canvas, margin) == ""
