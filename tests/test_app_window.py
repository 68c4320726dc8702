"""The main window: title and modified marker, save/open, unsaved-changes question, failed save, recent files,
dropping a file, language switch, copy/paste, and `run_editor`."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journeymap.app.settings import AppSettings
from journeymap.document import Document
from journeymap.fileformat import SaveError, load, save
from journeymap.model import Kpi
from tests.conftest import make_sample
from tests.helpers.app import close_quietly, drag_events, make_window


@pytest.fixture
def sample_file(tmp_path) -> Path:
    path = tmp_path / "sample.journey"
    save(make_sample(), path)
    return path


def test_title_and_modified_marker_follow_the_clean_state(window):
    assert window.windowTitle() == "Untitled[*] — journeymap"
    assert not window.isWindowModified()
    window.add_from_catalogue("website")
    assert window.isWindowModified()
    assert window.commands.undo.isEnabled()
    assert window.commands.undo.text().startswith("&Undo Add")
    window.commands.undo.trigger()
    assert not window.isWindowModified()
    assert window.commands.redo.text().startswith("&Redo Add")
    window.commands.redo.trigger()
    assert window.isWindowModified()


def test_save_as_and_open_through_the_window(window, tmp_path, monkeypatch, sample_file, boxes):
    target = tmp_path / "mine"
    window.add_from_catalogue("newsletter")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.commands.save.trigger()
    saved = tmp_path / "mine.journey"
    assert saved.is_file() and not window.isWindowModified()
    assert window.windowTitle() == "mine.journey[*] — journeymap"
    assert [tp.catalogue_id for tp in load(saved).touchpoints] == ["newsletter"]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_file), ""))
    window.commands.open.trigger()
    assert window.document.path == sample_file
    assert len(window.document.project.touchpoints) == 6
    # file — title — company
    assert window.windowTitle() == "sample.journey[*] — Größte Reise — Müller & Söhne GmbH — journeymap"
    assert window.settings.recent_files()[:2] == [str(sample_file.resolve()), str(saved.resolve())]
    assert boxes.calls == []


def test_open_bad_file_shows_one_sentence_and_keeps_running(window, tmp_path, monkeypatch, boxes):
    bad = tmp_path / "bad.journey"
    bad.write_text("{ not json", "utf-8")
    before = window.document
    assert not window.files.open_path(bad)
    assert boxes.kinds() == ["critical"]
    text = boxes.calls[0][2]
    assert "bad.journey" in text and "Traceback" not in text
    assert window.document is before


def test_close_with_unsaved_changes_asks(window, monkeypatch, tmp_path, boxes):
    window.add_from_catalogue("website")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible() and boxes.kinds() == ["warning"]
    boxes.answer = QMessageBox.StandardButton.Save
    target = tmp_path / "closing.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.close()
    assert target.is_file() and len(load(target).touchpoints) == 1


def test_new_discards_after_asking(window, monkeypatch, boxes):
    window.add_from_catalogue("website")
    boxes.answer = QMessageBox.StandardButton.Discard
    window.commands.new.trigger()
    assert boxes.kinds() == ["warning"]
    assert window.document.project.touchpoints == () and not window.isWindowModified()


def test_failed_save_shows_the_reason_and_stays_modified(window, monkeypatch, tmp_path, boxes):
    window.add_from_catalogue("website")

    def refuse(self, path=None, **_options):
        raise SaveError("Permission denied", path)

    monkeypatch.setattr(Document, "save", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x.journey"), ""))
    assert not window.files.save()
    assert boxes.kinds() == ["critical"] and "Permission denied" in boxes.calls[0][2]
    assert window.isWindowModified() and window.document.is_modified()


def test_failed_save_into_a_missing_folder(window, monkeypatch, tmp_path, boxes):
    window.add_from_catalogue("website")
    target = tmp_path / "no" / "such" / "folder" / "x.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not window.files.save_as()
    assert boxes.kinds() == ["critical"]
    assert window.isWindowModified() and not target.exists()


def test_recent_files_keep_ten_and_drop_missing(window, tmp_path, monkeypatch):
    paths = []
    for i in range(12):
        path = tmp_path / f"j{i}.journey"
        save(make_sample(), path)
        window.settings.add_recent_file(path)
        paths.append(path)
    recent = window.settings.recent_files()
    assert len(recent) == 10 and recent[0] == str(paths[-1].resolve())
    paths[-1].unlink()
    assert str(paths[-1].resolve()) not in window.settings.recent_files()
    window.commands.recent_menu.aboutToShow.emit()  # as when the menu opens
    actions = [a for a in window.commands.recent_menu.actions() if a.toolTip().endswith(".journey")]
    assert len(actions) == 9
    actions[0].trigger()
    assert window.document.path == paths[-2].resolve()


def test_dropping_a_journey_file_opens_it(window, qtbot, sample_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    enter, _move, drop = drag_events(QPointF(window.width() / 2, window.height() / 2), mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.document.path == sample_file)
    assert len(window.document.project.touchpoints) == 6


def test_dropping_a_journey_file_on_the_canvas_opens_it(window, qtbot, sample_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    viewport = window.view.viewport()
    enter, move, drop = drag_events(QPointF(viewport.width() / 2, viewport.height() / 2), mime)
    for event in (enter, move, drop):
        QApplication.sendEvent(viewport, event)
    assert enter.isAccepted()
    qtbot.waitUntil(lambda: window.document.path == sample_file)


def test_language_switch_retranslates_live(window, qtbot):
    assert window.commands.file_menu.title() == "&File"
    window.set_language_setting("de")
    qtbot.waitUntil(lambda: window.commands.file_menu.title() == "&Datei")
    assert window.catalogue_dock.windowTitle() == "Touchpoint-Katalog"
    names = [window.catalogue_dock.model.index(i).data() for i in range(3)]
    assert "Bewertungsportale" in names
    assert window.windowTitle() == "Unbenannt[*] — journeymap"
    assert window.settings.language() == "de"
    window.set_language_setting("en")
    qtbot.waitUntil(lambda: window.commands.file_menu.title() == "&File")


def test_geometry_and_state_persist(qtbot, tmp_path, boxes):
    first = make_window(qtbot, tmp_path)
    first.resize(720, 650)
    first.findings.hide()
    width = first.size().width()
    first.close()
    first.deleteLater()
    second = make_window(qtbot, tmp_path, size=None)
    assert second.size().width() == width == 720
    assert not second.findings.isVisible()
    close_quietly(second)


def test_copy_and_paste_make_new_items_in_one_step(window, qtbot):
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    window.view.setFocus()
    window.scene.select_ids(["fair", "web"])
    assert window.edit.copy()
    assert window.edit.can_paste()
    count = window.document.undo_stack.count()
    new_ids = window.edit.paste()
    project = window.document.project
    assert len(new_ids) == 2 and not set(new_ids) & {"fair", "web"}
    assert len(project.touchpoints) == 8 and window.document.undo_stack.count() == count + 1
    pasted = [project.touchpoint(t) for t in new_ids]
    assert {t.label for t in pasted} == {"Messestand", "Website"}
    assert any({link.source, link.target} == set(new_ids) for link in project.links)
    window.document.undo_stack.undo()
    assert len(project.touchpoints) == 6


def test_cut_removes_and_paste_brings_back(window):
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    window.view.setFocus()
    window.scene.select_ids(["news"])
    window.edit.cut()
    project = window.document.project
    assert not project.has_touchpoint("news")
    assert window.document.undo_stack.undoText() == "Cut 1 touchpoint"
    ids = window.edit.paste()
    assert project.touchpoint(ids[0]).label == "Newsletter" and project.touchpoint(ids[0]).phase == "loyalty"


def test_run_editor_with_a_bad_file_keeps_running(qtbot, tmp_path, monkeypatch, boxes):
    from journeymap.app import main

    QStandardPaths.setTestModeEnabled(True)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(main, "AppSettings", lambda: AppSettings(store))
    monkeypatch.setattr(main, "offer_recovery", lambda *a, **k: [])
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    bad = tmp_path / "broken.journey"
    bad.write_bytes(b"\x00\x01")
    assert main.run_editor(str(bad)) == 0
    window = main._windows[-1]  # shown at once; built, and the file opened, right after its first paint
    qtbot.waitUntil(lambda: boxes.kinds() == ["critical"])
    assert "broken.journey" in boxes.calls[0][2]
    assert window.isVisible() and window.built and window.document.path is None
    close_quietly(window)


def test_workshop_round_trip(qtbot, tmp_path, monkeypatch, boxes):
    """Five touchpoints in three lanes, linked, with emotions and a KPI; undo and redo all of it; save, quit,
    reopen: the same map."""
    window = make_window(qtbot, tmp_path)
    scene, project = window.scene, window.document.project
    lanes = {"attention": 0, "interest": 1, "action": 3}
    placed = []
    for entry_id, phase in [("trade_fair_stand", "attention"), ("website", "attention"), ("newsletter", "interest"),
                            ("online_shop", "action"), ("phone_call", "action")]:
        if entry_id not in window.catalogue:
            entry_id = window.catalogue.filter(phase)[0].id
        placed.append(scene.drop_touchpoint(entry_id, QPointF(lanes[phase] * 260 + 130, 200)))
    assert all(placed) and len(project.touchpoints) == 5
    assert sorted({t.phase for t in project.touchpoints}) == ["action", "attention", "interest"]
    for source, target in itertools.pairwise(placed):
        assert scene.add_link(source, target)
    for tid, score in zip(placed, (1, 0, -1, 2, -2), strict=True):
        window.scene.select_ids([tid])
        window.inspector.tp_form.emotion.buttons[score].click()
    window.scene.select_ids([placed[3]])
    window.inspector.tp_form.kpi_table.add_kpi(Kpi(name="Conversion", unit="%", target=3.0))
    expected = project.to_data()
    stack = window.document.undo_stack
    steps = stack.count()
    assert steps == 5 + 4 + 5 + 1
    while stack.canUndo():
        stack.undo()
    assert project.touchpoints == () and not window.isWindowModified()
    while stack.canRedo():
        stack.redo()
    assert project.to_data() == expected
    target = tmp_path / "workshop.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.commands.save.trigger()
    window.commands.quit.trigger()
    assert not window.isVisible() and boxes.calls == []
    window.deleteLater()
    again = make_window(qtbot, tmp_path)
    again.settings.recent_files()
    assert again.files.open_path(target)
    reopened = again.document.project.to_data()
    assert reopened.touchpoints == expected.touchpoints and reopened.links == expected.links
    close_quietly(again)
