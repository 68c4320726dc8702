"""The findings dock: analysis re-run (debounced) on every change, clicking a finding shows its items."""

from __future__ import annotations

from journeymap.document import Document
from tests.conftest import make_sample


def codes(dock) -> list[str]:
    return [f.code for f in dock.findings]


def test_empty_journey_lists_empty_phases(window):
    dock = window.findings
    assert codes(dock).count("empty_phase") == 6
    assert dock.list.count() == len(dock.findings)
    assert dock.summary.text().startswith(f"{len(dock.findings)} findings")


def test_findings_follow_changes_debounced(window, qtbot):
    dock = window.findings
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    assert "empty_phase" not in codes(dock)
    window.document.project.touchpoint("call")  # the sample's dip at "call" has an opportunity: no finding
    assert "emotion_dip_without_opportunity" not in codes(dock)
    window.scene.select_ids(["call"])
    opportunities = window.inspector.tp_form.opportunities
    opportunities.list.setCurrentRow(0)
    opportunities.remove.click()  # the only opportunity there is deleted
    assert not window.document.project.opportunities
    assert dock.timer.isActive()  # not analysed on every change…
    qtbot.waitUntil(lambda: "emotion_dip_without_opportunity" in codes(dock), timeout=2000)  # …but soon


def test_clicking_a_finding_selects_and_shows_its_items(window, qtbot):
    doc = Document(make_sample(), autosave_folder=window.autosave_folder)
    doc.project.remove_links(["call-shop"])  # "call" becomes a dead end
    window.replace_document(doc)
    dock = window.findings
    row = codes(dock).index("dead_end")
    item = dock.list.item(row)
    dock.list.itemClicked.emit(item)
    assert window.scene.selected_touchpoint_ids() == ["call"]


def test_clicking_a_phase_finding_scrolls_to_the_lane(window, qtbot):
    window.view.zoom_reset()
    window.view.horizontalScrollBar().setValue(0)
    dock = window.findings
    row = next(i for i, f in enumerate(dock.findings) if f.ids == ("advocacy",))
    dock.list.itemClicked.emit(dock.list.item(row))
    assert window.view.horizontalScrollBar().value() > 0


def test_findings_speak_the_ui_language(window, qtbot):
    window.set_language_setting("de")
    qtbot.waitUntil(lambda: window.findings.windowTitle() == "Hinweise")
    assert any("Phase" in f.message for f in window.findings.findings)
    window.set_language_setting("en")
    qtbot.waitUntil(lambda: window.findings.windowTitle() == "Findings")


def rows(dock) -> list[str]:
    return [dock.list.item(i).text() for i in range(dock.list.count())]


def full_analysis(window) -> list:
    from journeymap.analysis import analyse

    return analyse(window.document.project.to_data(), window.findings.lang).findings


def test_edits_and_their_undo_arrive_in_the_list_row_by_row(window, qtbot):
    from journeymap.commands.touchpoints import EditTouchpoint, MoveTouchpoints

    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    dock, doc = window.findings, window.document
    project = doc.project
    shown = dock.list.item(0)
    edits = [
        EditTouchpoint(project, "web", {"emotion": -2}),  # a low without an opportunity: a new row
        EditTouchpoint(project, "web", {"label": "Webseite"}),  # that row's sentence changes
        MoveTouchpoints(project, {"news": ("attention", 5.0)}),  # loyalty empties, links run back
        EditTouchpoint(project, "fair", {"pain_points": ("Zu laut",)}),
    ]
    for command in edits:
        with qtbot.waitSignal(dock.updated, timeout=2000):
            doc.push(command)
            assert dock.pending()  # shown shortly after the edit, not inside it
        assert not dock.pending()
        assert dock.findings == full_analysis(window)
        assert rows(dock) == [f.message for f in dock.findings]
    assert "emotion_dip_without_opportunity" in codes(dock) and "backward_link" in codes(dock)
    assert any("Webseite" in text for text in rows(dock))
    for _ in edits:
        with qtbot.waitSignal(dock.updated, timeout=2000):
            doc.undo_stack.undo()
        assert dock.findings == full_analysis(window)
        assert rows(dock) == [f.message for f in dock.findings]
    assert dock.list.item(0) is shown  # the rows that stayed the same were never rebuilt
    for _ in edits:
        doc.undo_stack.redo()  # several edits in a row: one update
    with qtbot.waitSignal(dock.updated, timeout=2000):
        pass
    assert dock.findings == full_analysis(window)
    assert rows(dock) == [f.message for f in dock.findings]


def test_a_stream_of_edits_is_shown_without_waiting_for_it_to_end(window, qtbot):
    from journeymap.commands.touchpoints import EditTouchpoint

    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    dock, doc = window.findings, window.document
    updates: list[int] = []
    dock.updated.connect(lambda: updates.append(len(updates)))
    for i in range(40):  # typing: one change every 10 ms, longer than the delay in all
        doc.push(EditTouchpoint(doc.project, "web", {"label": f"Web {i}"}, merge_key=("label", 1)))
        qtbot.wait(10)
    assert updates  # the list followed while the typing went on (a debounce would still be waiting)
    qtbot.waitUntil(lambda: not dock.pending(), timeout=2000)
    assert dock.findings == full_analysis(window)


def test_the_old_journeys_edits_never_reach_the_list(window, qtbot):
    from journeymap.commands.touchpoints import EditTouchpoint

    old = Document(make_sample(), autosave_folder=window.autosave_folder)
    window.replace_document(old)
    dock = window.findings
    old.push(EditTouchpoint(old.project, "web", {"emotion": -2}))
    assert dock.pending()  # an update of the old journey is due…
    new_data = make_sample().model_copy(update={"links": ()})
    window.replace_document(Document(new_data, autosave_folder=window.autosave_folder))
    assert not dock.pending()  # …and is not done: the new journey was analysed at once
    expected = full_analysis(window)
    assert dock.findings == expected and "dead_end" in codes(dock)
    old.project.update_touchpoint("fair", emotion=-2)  # the old journey changes again: nothing is scheduled
    assert not dock.pending()
    qtbot.wait(100)
    assert dock.findings == expected and rows(dock) == [f.message for f in expected]


def test_a_language_switch_with_an_update_due_shows_the_current_journey_in_the_new_language(window, qtbot):
    from journeymap.commands.touchpoints import EditTouchpoint

    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    dock, doc = window.findings, window.document
    doc.push(EditTouchpoint(doc.project, "web", {"emotion": -2}))
    window.set_language_setting("de")
    assert not dock.pending()
    assert dock.findings == full_analysis(window) and dock.lang == "de"
    assert any(text.startswith("Bei „Website“ fühlt sich der Kunde schlecht") for text in rows(dock))
    window.set_language_setting("en")
    assert rows(dock) == [f.message for f in full_analysis(window)]


def test_closing_the_window_while_an_update_is_due_is_quiet(qtbot, tmp_path, boxes):
    from PySide6.QtWidgets import QApplication

    from journeymap.commands.touchpoints import EditTouchpoint
    from tests.helpers.app import close_quietly, make_window

    window = make_window(qtbot, tmp_path)
    document = Document(make_sample(), autosave_folder=window.autosave_folder)
    window.replace_document(document)
    dock = window.findings
    document.push(EditTouchpoint(document.project, "web", {"emotion": -2}))
    assert dock.pending()
    close_quietly(window)
    QApplication.sendPostedEvents(None, 0)  # deleteLater: the window, its dock and the document are gone
    qtbot.wait(100)  # past the delay: nothing fires into deleted widgets (an exception here fails the test)
