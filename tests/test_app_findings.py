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
