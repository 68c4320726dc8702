"""The map without a mouse: Tab and arrows go from card to card, Alt+arrows move, Ctrl+L links (one undo step),
the menu key opens the context menu; and a screen reader hears the current card (the view speaks for it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from journeymap.canvas.interactions.keyboard_nav import neighbour
from tests.conftest import make_sample
from tests.helpers.app import close_quietly, make_window
from tests.helpers.canvas import Canvas

K = Qt.Key
M = Qt.KeyboardModifier
SHIFT, ALT, CTRL = M.ShiftModifier, M.AltModifier, M.ControlModifier
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "schmidt.journey"


@pytest.fixture
def canvas(qtbot, tmp_path) -> Canvas:
    return Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)


@pytest.fixture
def sample_window(qtbot, tmp_path, boxes):
    window = make_window(qtbot, tmp_path, size=(1366, 768))
    assert window.files.open_path(SAMPLE)
    QApplication.processEvents()
    window.view.setFocus()
    yield window
    close_quietly(window)


def selected(canvas) -> list[str]:
    return canvas.scene.selected_touchpoint_ids()


def visible(view, tid: str) -> bool:
    card = view.journey_scene.card(tid)
    return view.viewport().rect().contains(view.mapFromScene(card.card_rect()).boundingRect())


# ---------------------------------------------------------------- arrows and Tab on the canvas
def test_arrows_go_to_the_neighbouring_card_and_change_nothing(canvas):
    canvas.key(K.Key_Right)  # nothing selected: the first card of the journey
    assert selected(canvas) == ["fair"]
    canvas.key(K.Key_Right)
    assert selected(canvas) == ["web"]
    canvas.key(K.Key_Right)
    canvas.key(K.Key_Right)
    assert selected(canvas) == ["shop"]
    canvas.key(K.Key_Left)
    assert selected(canvas) == ["call"]
    canvas.key(K.Key_Up)  # alone in its lane: stays
    assert selected(canvas) == ["call"]
    canvas.key(K.Key_End)
    assert selected(canvas) == ["review"]
    canvas.key(K.Key_Home)
    assert selected(canvas) == ["fair"]
    canvas.key(K.Key_Right, SHIFT)  # Shift adds the neighbour to the selection
    assert set(selected(canvas)) == {"fair", "web"}
    assert canvas.stack.count() == 0  # reading the map is no edit


def test_up_down_stay_in_the_lane_and_left_right_take_the_nearest_card_of_the_next_lane_with_cards():
    from journeymap.fileformat import load

    data = load(SAMPLE)
    tps, phases = list(data.touchpoints), list(data.phase_model.ids())
    lane = sorted((tp for tp in tps if tp.phase == "interest"), key=lambda tp: tp.position)
    assert neighbour(tps, phases, lane[1].id, 0, 1) == lane[2].id
    assert neighbour(tps, phases, lane[1].id, 0, -1) == lane[0].id
    assert neighbour(tps, phases, lane[0].id, 0, -1) is None
    right = [tp for tp in tps if tp.phase == "desire"]
    nearest = min(right, key=lambda tp: abs(tp.position - lane[3].position))
    assert neighbour(tps, phases, lane[3].id, 1, 0) == nearest.id
    last = next(tp for tp in tps if tp.phase == phases[-1])
    assert neighbour(tps, phases, last.id, 1, 0) is None
    # an empty lane is skipped
    without_desire = [tp for tp in tps if tp.phase != "desire"]
    target = neighbour(without_desire, phases, lane[0].id, 1, 0)
    assert next(tp for tp in tps if tp.id == target).phase == "action"


def test_tab_goes_through_the_cards_in_journey_order_then_leaves_the_canvas(sample_window, qtbot):
    window, view = sample_window, sample_window.view
    order = [tp.id for tp in window.document.project.journey_order()]
    view.set_zoom(1.0)
    qtbot.keyClick(view, K.Key_Tab)
    assert window.scene.selected_touchpoint_ids() == [order[0]]
    for tid in order[1:6]:
        qtbot.keyClick(view, K.Key_Tab)
        assert window.scene.selected_touchpoint_ids() == [tid]
        assert visible(view, tid)  # scrolled into view
    qtbot.keyClick(view, K.Key_Backtab, SHIFT)
    assert window.scene.selected_touchpoint_ids() == [order[4]]
    assert view.hasFocus()
    window.scene.select_ids([order[-1]])
    qtbot.keyClick(view, K.Key_Tab)  # past the last card: the focus moves on, the keyboard is not trapped
    assert not view.hasFocus()
    view.setFocus()
    window.scene.select_ids([order[3]])
    qtbot.keyClick(view, K.Key_Tab, CTRL)  # Ctrl+Tab leaves at once
    assert not view.hasFocus()
    assert window.document.undo_stack.count() == 0


def test_arrows_scroll_far_cards_into_view(sample_window, qtbot):
    window, view = sample_window, sample_window.view
    view.set_zoom(2.0)
    order = [tp.id for tp in window.document.project.journey_order()]
    window.scene.select_ids([order[0]])
    for _ in range(5):
        qtbot.keyClick(view, K.Key_Right)
    current = window.scene.selected_touchpoint_ids()[0]
    assert window.document.project.touchpoint(current).phase == "advocacy"
    assert visible(view, current)


def test_alt_arrows_move_the_card_in_one_step_and_keep_it_in_view(sample_window, qtbot):
    window, view = sample_window, sample_window.view
    tp = window.document.project.journey_order()[0]
    window.scene.select_ids([tp.id])
    qtbot.keyClick(view, K.Key_Right, ALT)
    moved = window.document.project.touchpoint(tp.id)
    assert moved.phase == "interest"
    assert window.document.undo_stack.count() == 1
    assert window.scene.selected_touchpoint_ids() == [tp.id]
    window.document.undo_stack.undo()
    assert window.document.project.touchpoint(tp.id).phase == tp.phase


# ---------------------------------------------------------------- linking by keyboard
def run_modal(qtbot, act) -> list:
    """Let `act(dialog)` drive the next modal dialog (shown by exec), recording what it saw."""
    seen = []

    def poke():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poke)
            return
        seen.append(act(dialog))

    QTimer.singleShot(0, poke)
    return seen


def test_ctrl_l_links_the_selected_card_to_a_picked_one_in_one_undo_step(sample_window, qtbot):
    window, view = sample_window, sample_window.view
    project, stack = window.document.project, window.document.undo_stack
    source = next(tp for tp in project.touchpoints if tp.label.startswith("Google-Suche"))
    target = next(tp for tp in project.touchpoints if tp.label.startswith("Bestellung"))
    assert not any(lk.target == target.id for lk in project.links_of(source.id))
    window.scene.select_ids([source.id])
    assert window.commands.link_to.isEnabled()

    def pick(dialog):
        assert dialog.objectName() == "link_picker"
        qtbot.keyClicks(dialog.search, "Bestellung")
        chosen = dialog.chosen()
        qtbot.keyClick(dialog.search, K.Key_Return)
        return chosen

    seen = run_modal(qtbot, pick)
    qtbot.keyClick(view, K.Key_L, CTRL)
    assert seen == [target.id]
    assert stack.count() == 1
    (new,) = [lk for lk in project.links_of(source.id) if lk.target == target.id]
    assert (new.kind, window.scene.selected_link_ids()) == ("step", [new.id])
    assert window.focusWidget() is view  # back on the map, ready for the next key
    stack.undo()
    assert not project.has_link(new.id)


def test_cancelling_the_picker_changes_nothing(sample_window, qtbot):
    window = sample_window
    window.scene.select_ids([window.document.project.touchpoints[0].id])
    seen = run_modal(qtbot, lambda dialog: dialog.reject())
    assert window.link_to.open() is None
    assert len(seen) == 1 and window.document.undo_stack.count() == 0


def test_the_picker_filters_by_label_and_phase_and_greys_existing_links(qtbot, tmp_path):
    from journeymap.app.edit.link_picker import LinkPickerDialog
    from journeymap.model import Project

    project = Project(make_sample())
    dialog = LinkPickerDialog(project, "web", "en")
    qtbot.addWidget(dialog)
    cards = {item.data(0, Qt.ItemDataRole.UserRole): item for item in dialog._cards()}
    assert "web" not in cards  # never to itself
    assert not cards["call"].flags()  # web → call exists: shown, not pickable
    assert "linked already" in cards["call"].text(0)
    assert dialog.chosen() == "shop"  # suggested: the next card of the journey not linked yet
    qtbot.keyClicks(dialog.search, "loyalty")  # a phase name finds its cards
    assert [tid for tid, item in cards.items() if not item.isHidden()] == ["news"]
    assert dialog.chosen() == "news"
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "buying")  # and the phase's subtitle
    assert [tid for tid, item in cards.items() if not item.isHidden()] == ["shop"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.chosen() is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "s")
    first = dialog.chosen()
    qtbot.keyClick(dialog.search, K.Key_Down)  # arrows in the search field walk the list
    assert dialog.chosen() not in (None, first)
    for widget in (dialog.search, dialog.tree):
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_link_to_is_in_the_context_menu_and_the_menu_key_opens_it(sample_window, qtbot):
    window, view = sample_window, sample_window.view
    tid = window.document.project.journey_order()[2].id
    window.scene.select_ids([tid])
    menu = QMenu()
    window.scene.context_menu_requested.emit(menu)
    assert window.commands.link_to in menu.actions()
    shown = []

    def close_menu():
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, close_menu)
            return
        shown.append([a.text() for a in popup.actions()])
        popup.close()

    QTimer.singleShot(0, close_menu)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5),
            view.viewport().mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(view.viewport(), event)
    assert shown and window.commands.link_to.text() in shown[0]
    assert window.scene.selected_touchpoint_ids() == [tid]


# ---------------------------------------------------------------- what a screen reader hears
def test_the_view_announces_the_current_card(sample_window, qtbot, monkeypatch):
    window, view = sample_window, sample_window.view
    events = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(
        lambda event: events.append((event.type(), event.object()))))
    project = window.document.project
    tp = next(t for t in project.touchpoints if t.emotion == -1)
    window.scene.select_ids([tp.id])
    window.scene.clearSelection()
    events.clear()
    view.keyboard.go_to(tp.id)
    name = QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Name)
    description = QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)
    assert name == tp.label
    links = project.links_of(tp.id)
    phase = next(p for p in project.phase_model.phases if p.id == tp.phase)
    assert f"Phase: {phase.name.get('en')}" in description
    assert "unhappy (−1)" in description
    assert f"{len(links)} link" in description
    assert (QAccessible.Event.Focus, view) in events
    assert any(kind == QAccessible.Event.Announcement and obj is view for kind, obj in events)
    window.scene.clearSelection()  # nothing selected: the map and its keys
    assert view.accessibleName() == "Journey map"
    assert "Tab" in view.accessibleDescription()
    window.scene.select_ids([project.links[0].id])
    assert view.accessibleName().startswith("Link from ")


def test_a_card_description_follows_edits(sample_window):
    from journeymap.commands import EditTouchpoint

    window, view = sample_window, sample_window.view
    tp = window.document.project.journey_order()[0]
    view.keyboard.go_to(tp.id)
    window.document.push(EditTouchpoint(window.document.project, tp.id, {"emotion": 2}))
    assert "very happy (+2)" in view.accessibleDescription()
