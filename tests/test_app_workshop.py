"""Workshop mode: entering shows the first phase, keys and clickers move phase by phase (clamped, Home/End), the
notes panel lists exactly the current phase's touchpoints with their notes, pains, ideas and KPIs in large type,
Esc gives the editor back as it was, the document is never touched, and the exercise timer counts down, pauses
and signals at zero."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.app.workshop.notes import note_lines
from journeymap.app.workshop.presentation import WorkshopWindow, present
from journeymap.app.workshop.timer import WorkshopTimer, clock_text
from journeymap.document import Document
from journeymap.model import Kpi, Opportunity
from tests.conftest import journey, link, make_sample, tp
from tests.helpers.app import close_quietly, make_window

K = Qt.Key


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    win.replace_document(Document(make_sample(), autosave_folder=win.autosave_folder))
    qtbot.wait(10)
    yield win
    for workshop in win.findChildren(WorkshopWindow):
        workshop.close()
    close_quietly(win)


def start(window, qtbot) -> WorkshopWindow:
    window.commands.workshop.trigger()
    workshop = window.findChild(WorkshopWindow)
    assert workshop is not None
    qtbot.waitExposed(workshop)
    qtbot.waitUntil(workshop.isActiveWindow)  # activation is asynchronous
    return workshop


def press(workshop: WorkshopWindow, *keys) -> None:
    for key in keys:
        QTest.keyClick(workshop, key, Qt.KeyboardModifier.NoModifier)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ---------------------------------------------------------------- entering, moving through the phases
def test_view_menu_offers_workshop_mode_on_f5(window):
    action = window.commands.workshop
    assert action in window.commands.view_menu.actions()
    assert action.shortcut() == QKeySequence(K.Key_F5)
    assert action.text() == "&Workshop Mode"


def test_entering_shows_the_first_phase_full_screen(window, qtbot):
    workshop = start(window, qtbot)
    assert workshop.isFullScreen()
    assert workshop.step() == (0, 0)
    assert workshop.current_phase_id() == "attention"
    assert workshop.panel.all_touchpoint_ids() == ["fair"]
    assert workshop.panel.heading() == ("Phase 1 of 6", "Attention", "Becoming aware")
    cards = workshop.scene.projection.cards
    assert cards["fair"].isVisible()
    assert not any(cards[tid].isVisible() for tid in ("web", "call", "shop", "news", "review"))
    assert not any(item.isVisible() for item in workshop.scene.projection.links.values())
    assert QApplication.focusWidget() is workshop  # keys (and clickers) reach it, not the map
    assert QApplication.activeModalWidget() is workshop  # and none reach the editor behind it


def test_keys_and_clicker_move_phase_by_phase_clamped_at_both_ends(window, qtbot):
    workshop = start(window, qtbot)
    press(workshop, K.Key_PageUp, K.Key_Left, K.Key_Up)
    assert workshop.step() == (0, 0)
    for key, phase in ((K.Key_PageDown, 1), (K.Key_Right, 2), (K.Key_Space, 3), (K.Key_Down, 4)):
        press(workshop, key)
        assert workshop.step() == (phase, 0)
    assert workshop.current_phase_id() == "loyalty"
    assert workshop.panel.all_touchpoint_ids() == ["news"]
    press(workshop, K.Key_PageDown, K.Key_PageDown, K.Key_Right)
    assert workshop.current_phase_id() == "advocacy"
    assert workshop.step() == (5, 0)
    press(workshop, K.Key_PageUp)
    assert workshop.step() == (4, 0)
    press(workshop, K.Key_Left)
    assert workshop.step() == (3, 0)
    press(workshop, K.Key_Home)
    assert workshop.step() == (0, 0)
    press(workshop, K.Key_End)
    assert workshop.step() == (5, 0)
    # at the last phase every card and link is revealed, the presented phases dimmed
    assert all(card.isVisible() for card in workshop.scene.projection.cards.values())
    assert all(item.isVisible() for item in workshop.scene.projection.links.values())
    assert workshop.view.current == 5


def test_links_appear_when_both_their_ends_are_revealed(window, qtbot):
    workshop = start(window, qtbot)
    links = workshop.scene.projection.links
    workshop.go(2)
    assert links["fair-web"].isVisible() and links["web-call"].isVisible()
    assert not links["call-shop"].isVisible()


# ---------------------------------------------------------------- the notes panel
def notes_journey():
    kpi = Kpi(name="Konversionsrate", unit="%", target=3.0, actual=2.5)
    met = Kpi(name="Antwortzeit", unit="h", target=4.0, actual=2.0, better="lower")
    return journey([
        tp("fair", "attention", label="Messestand"),
        tp("call", "desire", label="Rückruf", emotion=-1, emotion_note="Wartet zu lange",
           pain_points=("Niemand erreichbar", "Kein Rückruf"), kpis=(kpi, met)),
        tp("mail", "desire", label="Angebot per E-Mail", emotion=1, position=1.0),
        tp("shop", "action", label="Online-Shop"),
    ], [link("fair", "call"), link("call", "mail")],
        opportunities=(Opportunity(id="o1", text="Rückruf in 2 h", touchpoint_ids=("call",), status="planned"),))


def test_notes_panel_lists_exactly_the_current_phase_with_notes_pains_opportunities_and_kpis(window, qtbot):
    window.replace_document(Document(notes_journey(), autosave_folder=window.autosave_folder))
    workshop = start(window, qtbot)
    workshop.resize(1920, 1080)
    workshop.go(2)
    assert workshop.current_phase_id() == "desire"
    assert workshop.panel.all_touchpoint_ids() == ["call", "mail"]
    assert workshop.panel.touchpoint_ids() == ["call", "mail"]
    text = workshop.panel.block_text("call").replace("\u00a0", " ")
    for part in ("Rückruf", "Wartet zu lange", "Pain point: Niemand erreichbar", "Pain point: Kein Rückruf",
                 "Opportunity: Rückruf in 2 h", "Konversionsrate: 2.5 % · target ≥ 3 % ✗ missed",
                 "Antwortzeit: 2 h · target ≤ 4 h ✓ met"):
        assert part in text, part
    assert workshop.panel.block_text("mail") == "Angebot per E-Mail"
    with pytest.raises(KeyError):
        workshop.panel.block_text("shop")
    workshop.go(1)  # a phase without touchpoints
    assert workshop.panel.all_touchpoint_ids() == [] and workshop.panel.page_count() == 1


def test_note_lines_in_reading_order_and_german_numbers():
    data = notes_journey()
    call = next(t for t in data.touchpoints if t.id == "call")
    kinds = [kind for kind, _, _ in note_lines(call, "de", [o.text for o in data.opportunities_of("call")])]
    assert kinds == ["note", "pain", "pain", "opportunity", "kpi", "kpi"]
    assert note_lines(call, "de")[3][2].startswith("2,5\u00a0%")


def test_notes_are_large_enough_for_the_back_of_the_room(window, qtbot):
    workshop = start(window, qtbot)
    workshop.resize(1920, 1080)
    assert workshop.panel.height() == 1080
    assert workshop.panel.body_pixel_size() >= 27  # 20 pt at 96 dpi


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["720p", "1080p"])
def test_on_a_projector_the_phase_fills_the_height_and_card_text_is_24_px(window, qtbot, size):
    from journeymap.fileformat import load
    from journeymap.locate import resource_path
    from tests.helpers.canvas import ink_rows

    window.replace_document(Document(load(resource_path("samples", "schmidt.journey")),
                                     autosave_folder=window.autosave_folder))
    workshop = start(window, qtbot)
    workshop.resize(*size)
    assert (workshop.width(), workshop.height()) == size
    view, projection = workshop.view, workshop.scene.projection
    geometry = projection.geometry
    assert workshop.panel.label_pixel_size() >= 24  # the notes' card labels
    for phase in range(6):
        workshop.go(phase)
        zoom = view.zoom()
        lane = geometry.lanes[phase]
        column = view.mapFromScene(QRectF(lane.rect.x, lane.rect.y, lane.rect.w,
                                          geometry.height - lane.rect.y)).boundingRect()
        assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(column)  # the whole phase, header to band
        assert column.height() >= view.viewport().height() * 0.9  # as tall as the screen
        cards = [card for card in projection.cards.values() if card.touchpoint.phase == lane.phase_id]
        assert cards and all(card.label_size(zoom) * zoom >= 24 for card in cards)
        assert projection.lanes[lane.phase_id].header.name_size(zoom) * zoom >= 21
    workshop.go(2)
    image = view.viewport().grab().toImage()
    for card in (c for c in projection.cards.values() if c.touchpoint.phase == "desire"):
        box = view.mapFromScene(card.card_rect()).boundingRect()
        assert max(ink_rows(image, box)) >= 17, card.touchpoint.label  # capitals of a 24 px font: about 17 px


def test_a_lane_too_full_for_24_px_shows_the_cards_of_the_notes_page_at_that_size(window, qtbot):
    many = [tp(f"t{i}", "interest", label=f"Touchpoint {i}", position=float(i), emotion_note="Eine Notiz " * 6)
            for i in range(14)]
    window.replace_document(Document(journey([tp("fair", "attention"), *many]),
                                     autosave_folder=window.autosave_folder))
    workshop = start(window, qtbot)
    workshop.resize(1280, 720)
    view, cards = workshop.view, workshop.scene.projection.cards
    for page in range(3):
        workshop.go(1, page)
        if workshop.step() != (1, page):
            break
        zoom = view.zoom()
        assert all(cards[tid].label_size(zoom) * zoom >= 24 for tid in workshop.panel.touchpoint_ids())
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        shown = workshop.panel.touchpoint_ids()
        assert shown and all(visible.contains(cards[tid].card_rect()) for tid in shown[:3]), (page, shown)


def test_a_phase_with_many_notes_is_shown_page_by_page(window, qtbot):
    many = [tp(f"t{i}", "interest", label=f"Touchpoint {i}", position=float(i), emotion_note="Eine Notiz " * 6,
               pain_points=("Ein Schmerzpunkt",)) for i in range(8)]
    chances = tuple(Opportunity(id=f"o{i}", text="Eine Chance", touchpoint_ids=(f"t{i}",)) for i in range(8))
    window.replace_document(Document(journey([tp("fair", "attention"), *many], opportunities=chances),
                                     autosave_folder=window.autosave_folder))
    workshop = start(window, qtbot)
    workshop.resize(1920, 1080)
    press(workshop, K.Key_PageDown)
    pages = workshop.panel.page_count()
    assert workshop.step() == (1, 0) and pages > 1
    seen = list(workshop.panel.touchpoint_ids())
    assert workshop.view.focus == set(seen)  # the other cards of the lane step back on the map
    for page in range(1, pages):
        press(workshop, K.Key_PageDown)
        assert workshop.step() == (1, page)
        seen += workshop.panel.touchpoint_ids()
    assert seen == [f"t{i}" for i in range(8)]
    press(workshop, K.Key_PageDown)
    assert workshop.step() == (2, 0)
    press(workshop, K.Key_PageUp)  # back into the previous phase: its last page
    assert workshop.step() == (1, pages - 1)
    press(workshop, K.Key_Home)
    press(workshop, K.Key_End)
    assert workshop.step() == (5, 0)


def test_the_presentation_follows_changes_made_in_the_editor(window, qtbot):
    workshop = start(window, qtbot)
    window.add_from_catalogue("newsletter")  # the editor's selection is empty: the first lane
    qtbot.waitUntil(lambda: len(workshop.panel.all_touchpoint_ids()) == 2)
    new = workshop.panel.all_touchpoint_ids()[1]
    assert workshop.scene.projection.cards[new].isVisible()


# ---------------------------------------------------------------- leaving, and never touching the document
def test_escape_returns_to_the_editor_exactly_as_it_was(window, qtbot):
    window.scene.select_ids(["web"])
    window.view.set_zoom(1.3)
    qtbot.wait(50)  # the inspector shows the selection (and the docks settle)
    before = (window.saveGeometry(), window.saveState(), window.windowState(), window.view.transform(),
              window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value(),
              window.scene.selected_touchpoint_ids(), window.isFullScreen())
    workshop = start(window, qtbot)
    press(workshop, K.Key_PageDown, K.Key_PageDown)
    press(workshop, K.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(WorkshopWindow) is None)
    after = (window.saveGeometry(), window.saveState(), window.windowState(), window.view.transform(),
             window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value(),
             window.scene.selected_touchpoint_ids(), window.isFullScreen())
    assert after == before
    assert window.isVisible() and not window.isFullScreen()
    assert window.inspector.isVisible() and window.catalogue_dock.isVisible()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.view


def test_presenting_never_modifies_the_document(window, qtbot):
    stack = window.document.undo_stack
    count, data = stack.count(), window.document.project.to_data()
    workshop = start(window, qtbot)
    view = workshop.view
    # every key the editor would act on, and a click and drag on a card of the map
    for key in (K.Key_Delete, K.Key_Backspace, K.Key_F2, K.Key_Right, K.Key_Down, K.Key_End, K.Key_Home):
        QTest.keyClick(workshop, key)
    QTest.keyClick(workshop, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(workshop, K.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(workshop, K.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(workshop, K.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not workshop.timer_overlay.isVisible() and window.document.path is None
    card = workshop.scene.projection.cards["fair"]
    at = view.mapFromScene(card.card_rect().center())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QTest.mouseMove(view.viewport(), at + QPoint(300, 120))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       at + QPoint(300, 120))
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.wait(20)
    assert workshop.scene.selectedItems() == []
    assert stack.count() == count and stack.isClean() and not window.document.is_modified()
    assert window.document.project.to_data() == data
    press(workshop, K.Key_Escape)
    assert stack.count() == count and not window.isWindowModified()


def test_f5_again_brings_the_running_presentation_forward(window, qtbot):
    workshop = start(window, qtbot)
    assert present(window) is workshop
    assert len(window.findChildren(WorkshopWindow)) == 1


def test_opening_another_journey_ends_the_presentation(window, qtbot):
    workshop = start(window, qtbot)
    closed = []
    workshop.closed.connect(lambda: closed.append(True))
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    qtbot.waitUntil(lambda: closed == [True])


def test_b_blanks_the_screen_and_the_next_key_only_uncovers_it(window, qtbot):
    workshop = start(window, qtbot)
    press(workshop, K.Key_B)
    assert workshop.blank.isVisible()
    press(workshop, K.Key_PageDown)
    assert not workshop.blank.isVisible() and workshop.step() == (0, 0)
    press(workshop, K.Key_Period, K.Key_Period)
    assert not workshop.blank.isVisible()


# ---------------------------------------------------------------- the timer
def test_clock_text_rounds_up_to_whole_seconds():
    assert clock_text(600) == "10:00"
    assert clock_text(599.2) == "10:00"
    assert clock_text(59.0) == "00:59"
    assert clock_text(0.01) == "00:01"
    assert clock_text(0) == "00:00"
    assert clock_text(-3) == "00:00"


def test_timer_counts_down_pauses_and_signals_at_zero(qtbot):
    clock = Clock()
    timer = WorkshopTimer(minutes=5, clock=clock)
    finished = []
    timer.finished.connect(lambda: finished.append(True))
    assert timer.text() == "05:00" and not timer.running
    timer.start()
    clock.now += 61
    timer.tick()
    assert timer.text() == "03:59" and timer.running
    timer.pause()
    clock.now += 100  # paused: the time stands still
    timer.tick()
    assert timer.text() == "03:59" and not timer.running
    timer.add_minutes(1)
    assert timer.text() == "04:59"
    timer.add_minutes(-2)
    assert timer.text() == "02:59"
    timer.start()
    clock.now += 178.5
    timer.tick()
    assert timer.text() == "00:01" and finished == []
    clock.now += 1
    timer.tick()
    assert finished == [True] and timer.expired and not timer.running and timer.text() == "00:00"
    timer.tick()
    assert finished == [True]  # once
    timer.start()  # after the end: the whole duration again
    assert timer.text() == "05:00" and not timer.expired
    timer.set_minutes(15)
    assert timer.text() == "15:00" and not timer.running
    timer.add_minutes(-20)
    assert timer.remaining() == 0


def test_timer_runs_on_the_event_loop_and_signals_at_zero(qtbot):
    timer = WorkshopTimer(minutes=0.005, interval_ms=10)  # 0.3 s
    timer.start()
    with qtbot.waitSignal(timer.finished, timeout=3000):
        pass
    assert timer.expired and timer.remaining() == 0


def test_timer_keys_overlay_and_gentle_flash_at_zero(window, qtbot):
    clock = Clock()
    workshop = start(window, qtbot)
    workshop.timer._clock = clock
    overlay = workshop.timer_overlay
    assert not overlay.isVisible()
    press(workshop, K.Key_T)
    assert overlay.isVisible()
    QTest.keyClicks(workshop, "1")
    assert workshop.timer.text() == "05:00"
    QTest.keyClicks(workshop, "3")
    assert workshop.timer.text() == "15:00"
    QTest.keyClicks(workshop, "2")
    assert workshop.timer.text() == "10:00"
    QTest.keyClicks(workshop, "+")
    assert workshop.timer.text() == "11:00"
    QTest.keyClicks(workshop, "-")
    QTest.keyClicks(workshop, "-")
    assert workshop.timer.text() == "09:00"
    press(workshop, K.Key_S)
    assert workshop.timer.running and overlay.status_text() == "Exercise running"
    clock.now += 30
    workshop.timer.tick()
    press(workshop, K.Key_S)
    assert not workshop.timer.running and workshop.timer.text() == "08:30"
    assert overlay.status_text() == "Paused"
    press(workshop, K.Key_T)
    assert not overlay.isVisible()
    press(workshop, K.Key_S)  # S shows the timer again and goes on
    assert overlay.isVisible() and workshop.timer.running
    press(workshop, K.Key_T)  # hidden while running: at zero it comes back to be seen
    clock.now += 600
    workshop.timer.tick()
    assert overlay.isVisible() and overlay.flashing and overlay.status_text() == "Time is up"
    assert workshop.step() == (0, 0)  # the timer keys never move the presentation
    press(workshop, K.Key_R)
    assert workshop.timer.text() == "10:00" and not overlay.flashing  # the preset's full time


def test_timer_buttons_work_with_the_mouse_without_taking_the_keys(window, qtbot):
    workshop = start(window, qtbot)
    workshop.show_timer(True)
    overlay = workshop.timer_overlay
    QTest.mouseClick(overlay.preset_buttons[15], Qt.MouseButton.LeftButton)
    assert workshop.timer.text() == "15:00"
    QTest.mouseClick(overlay.less_button, Qt.MouseButton.LeftButton)
    assert workshop.timer.text() == "14:00"
    QTest.mouseClick(overlay.run_button, Qt.MouseButton.LeftButton)
    assert workshop.timer.running
    press(workshop, K.Key_Space)  # Space still means "next phase", not "press the focused button"
    assert workshop.step() == (1, 0) and workshop.timer.running


def test_timer_overlay_avoids_the_current_phase(window, qtbot):
    workshop = start(window, qtbot)
    workshop.resize(1920, 1080)
    workshop.show_timer(True)
    geometry = workshop.scene.projection.geometry
    for phase in range(6):
        workshop.go(phase)
        lane = geometry.lanes[phase].rect
        rect = workshop.view.mapFromScene(QRectF(lane.x, lane.y, lane.w, geometry.height - lane.y)).boundingRect()
        assert not rect.intersects(workshop.timer_overlay.geometry())


def test_the_editor_behind_the_presentation_takes_no_keys(window, qtbot):
    window.scene.select_ids(["web"])
    window.view.setFocus()
    workshop = start(window, qtbot)
    assert QApplication.activeModalWidget() is workshop
    window.activateWindow()  # as if the window manager had left the focus on the editor
    qtbot.waitUntil(window.isActiveWindow)
    keys = ((K.Key_Delete, Qt.KeyboardModifier.NoModifier), (K.Key_X, Qt.KeyboardModifier.ControlModifier),
            (K.Key_Right, Qt.KeyboardModifier.NoModifier))
    for key, modifier in keys:  # through the window system, as a key that lands on the editor's window would
        QTest.keyClick(window.windowHandle(), key, modifier)
    assert window.document.undo_stack.count() == 0 and window.document.project.has_touchpoint("web")


def test_the_personas_the_editor_shows_are_presented_too(window, qtbot):
    layer = window.scene.persona_layer
    layer.show_only(["p1"])
    window.scene.flush_updates()
    workshop = start(window, qtbot)
    presented = workshop.scene.persona_layer
    assert presented.shown == {"p1"}
    glow = presented.glow("fair-web")
    assert glow is not None and not glow.isVisible()  # its second card is in a phase still to come
    press(workshop, K.Key_PageDown)
    assert glow.isVisible()
    press(workshop, K.Key_Escape)
    assert layer.shown == {"p1"}
