"""File ▸ New from Template/Sample and File ▸ Import… in the editor: new untitled documents, never overwriting the
bundled samples; bad import files give one line with the line number and leave the open journey untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymap.app.files.new_from import sample_data, template_data
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import AIDA_IDS, AIDALA_IDS
from journeymap.templates import sample_names

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"


def open_dialog(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


# ---------------------------------------------------------------- templates and samples
def test_menu_lists_templates_and_readable_sample_names(window):
    menu = window.commands.new_from_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Empty &AIDA(LA) map (six phases)", "Empty A&IDA map (four phases)"]
    assert "Schmidt Dreh- und Frästechnik (B2B example)" in texts
    assert "E-bike for the commute (B2C example)" in texts
    assert len(texts) == 3 + len(sample_names())


@pytest.mark.parametrize(("template", "phases"), [("aidala", AIDALA_IDS), ("aida", AIDA_IDS)])
def test_new_from_template_is_an_empty_untitled_journey(window, template, phases):
    window.new_from.templates[template].trigger()
    document = window.document
    assert document.path is None and not document.is_modified()
    assert document.project.phase_model.ids() == tuple(phases)
    assert document.project.touchpoints == () and document.project.links == ()
    assert document.project.meta.language == "en"  # the UI language
    assert window.windowTitle() == "Untitled[*] — journeymap"
    assert len(window.scene.projection.lanes) == len(phases)


def test_new_from_template_asks_about_unsaved_changes_first(window, boxes):
    window.add_from_catalogue("website")
    before = window.document
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.new_from.new_from_template("aida")
    assert boxes.kinds() == ["warning"] and window.document is before and before.is_modified()
    boxes.answer = QMessageBox.StandardButton.Discard
    assert window.new_from.new_from_template("aida")
    assert window.document is not before


def test_new_from_sample_opens_schmidt_untitled_and_save_asks_for_a_name(window, monkeypatch, tmp_path, boxes):
    bundled = resource_path("samples", "schmidt.journey")
    original = bundled.read_bytes()
    window.new_from.samples["schmidt"].trigger()
    document = window.document
    project = document.project
    assert document.path is None and not document.is_modified()
    assert "Schmidt" in project.meta.title and len(project.touchpoints) == len(load(bundled).touchpoints)
    assert project.personas and project.links
    assert project.meta.created == ""  # saving sets the dates of the new journey

    asked: list[tuple] = []
    target = tmp_path / "meine-reise.journey"

    def fake_save(*args, **kwargs):
        asked.append(args)
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window.add_from_catalogue("newsletter")
    assert window.files.save()
    assert len(asked) == 1 and Path(asked[0][2]).name.startswith("Customer Journey Schmidt")
    assert Path(asked[0][2]).parent != bundled.parent
    assert document.path == target and load(target).meta.created
    assert bundled.read_bytes() == original  # the bundled sample is never written
    assert boxes.calls == []


def test_every_sample_and_template_is_valid():
    for name in sample_names():
        data = sample_data(name)
        assert data.touchpoints and data.meta.created == "" and data.meta.modified == ""
    assert template_data("aidala", "de").meta.language == "de"
    assert template_data("aida", "xx").phase_model.ids() == AIDA_IDS


def test_broken_sample_shows_the_reason(window, monkeypatch, boxes, tmp_path):
    from journeymap import templates
    bad = tmp_path / "samples"
    bad.mkdir()
    (bad / "schmidt.journey").write_text("{ nope", "utf-8")
    monkeypatch.setattr(templates, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    before = window.document
    assert not window.new_from.new_from_sample("schmidt")
    assert boxes.kinds() == ["critical"] and "schmidt.journey" in boxes.calls[0][2]
    assert window.document is before


# ---------------------------------------------------------------- import
def test_import_mermaid_opens_a_new_modified_untitled_journey(window, monkeypatch, boxes):
    open_dialog(monkeypatch, FIXTURES / "docs_example.mmd")
    window.commands.import_.trigger()
    document = window.document
    assert document.path is None and document.is_modified() and window.isWindowModified()
    project = document.project
    assert project.meta.title == "My working day"
    assert [tp.label for tp in project.journey_order()] == [
        "Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"]
    assert {p.name for p in project.personas} == {"Me", "Cat"}
    assert window.windowTitle() == "My working day[*] — journeymap"
    assert "docs_example.mmd" in window.statusBar().currentMessage()
    assert boxes.calls == []
    assert window.settings.last_folder() == str(FIXTURES.resolve())


def test_import_csv(window, monkeypatch, boxes):
    open_dialog(monkeypatch, FIXTURES / "touchpoints.csv")
    assert window.import_export.import_()
    project = window.document.project
    labels = [tp.label for tp in project.touchpoints]
    assert "Messestand" in labels and "Website" in labels
    fair = project.touchpoint("fair")
    assert [k.name for k in fair.kpis] == ["Leads", "Kosten je Lead"]
    assert window.document.is_modified() and window.document.path is None
    assert boxes.calls == []


@pytest.mark.parametrize(("name", "content", "line"), [
    ("bad.mmd", "journey\n    title T\n    section A\n      Tea: 7: Me\n", 4),
    ("bad.csv", "id;phase;label\nweb;interest;Website\nx;nowhere;Broken\n", 3),
])
def test_malformed_import_shows_one_line_and_keeps_the_journey(window, monkeypatch, tmp_path, boxes, name,
                                                                content, line):
    window.add_from_catalogue("website")
    before = window.document
    undo_index = before.undo_stack.index()
    path = tmp_path / name
    path.write_text(content, "utf-8")
    open_dialog(monkeypatch, path)
    assert not window.import_export.import_()
    assert boxes.kinds() == ["critical"]  # no unsaved-changes question: nothing is going to replace the journey
    reason = boxes.calls[0][2].split("\n\n")[-1]
    assert "\n" not in reason and reason.startswith(f"{name}: line {line}: ")
    assert window.document is before and before.undo_stack.index() == undo_index
    assert [tp.catalogue_id for tp in before.project.touchpoints] == ["website"]


def test_import_of_an_unknown_or_missing_file(window, monkeypatch, tmp_path, boxes):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello", "utf-8")
    assert not window.import_export.import_path(odd)
    assert not window.import_export.import_path(tmp_path / "gone.mmd")
    assert boxes.kinds() == ["critical", "critical"]
    assert "cannot import '.txt' files" in boxes.calls[0][2] and "gone.mmd: no such file" in boxes.calls[1][2]


def test_import_cancelled_in_the_file_dialog(window, monkeypatch, boxes):
    before = window.document
    open_dialog(monkeypatch, "")
    assert not window.import_export.import_()
    assert window.document is before and boxes.calls == []


def test_import_asks_about_unsaved_changes_and_can_be_cancelled(window, monkeypatch, boxes):
    window.add_from_catalogue("website")
    before = window.document
    boxes.answer = QMessageBox.StandardButton.Cancel
    open_dialog(monkeypatch, FIXTURES / "docs_example.mmd")
    assert not window.import_export.import_()
    assert boxes.kinds() == ["warning"] and window.document is before and before.is_modified()
