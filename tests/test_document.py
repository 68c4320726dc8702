"""The Document: dirty state from the undo stack, save through the atomic writer, autosave and recovery."""

from __future__ import annotations

import json

import pytest

from journeymap.commands import EditTouchpoint
from journeymap.document import Document
from journeymap.fileformat import LoadError, SaveError, load
from journeymap.recovery import adopt, discard, find_orphans
from tests.conftest import make_sample


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "autosave"


def edit(document, label="Geändert"):
    document.push(EditTouchpoint(document.project, "web", {"label": label}))


def test_modified_follows_the_undo_stack(qapp, folder):
    document = Document(make_sample(), autosave_folder=folder)
    seen = []
    document.modified_changed.connect(seen.append)
    assert not document.is_modified()
    edit(document)
    assert document.is_modified()
    document.undo_stack.undo()
    assert not document.is_modified()
    assert seen == [True, False]


def test_save_and_open(qapp, folder, tmp_path):
    document = Document(make_sample(), autosave_folder=folder)
    edit(document)
    target = tmp_path / "a.journey"
    paths = []
    document.path_changed.connect(paths.append)
    document.save(target)
    assert not document.is_modified() and document.path == target and paths == [target]
    assert document.display_name() == "a.journey"
    document.close()  # (while it is open, a second Document on the file meets its lock: see test_file_guards)
    reopened = Document.open(target, autosave_folder=folder)
    assert reopened.project.touchpoint("web").label == "Geändert"
    assert reopened.project.meta.modified  # stamped at save


def test_failed_save_keeps_the_document_modified(qapp, folder, tmp_path, monkeypatch):
    import journeymap.document as document_module

    document = Document(make_sample(), autosave_folder=folder)
    edit(document)
    monkeypatch.setattr(document_module, "write_file",
                        lambda *a, **k: (_ for _ in ()).throw(SaveError("could not be saved (Disk full)", "x")))
    with pytest.raises(SaveError, match="Disk full"):
        document.save(tmp_path / "a.journey")
    assert document.is_modified() and document.path is None


def test_open_broken_file_raises_load_error(qapp, tmp_path):
    bad = tmp_path / "bad.journey"
    bad.write_text("{")
    with pytest.raises(LoadError):
        Document.open(bad)


def test_autosave_writes_after_the_interval_and_close_removes_it(qtbot, folder):
    document = Document(make_sample(), autosave_folder=folder, autosave_ms=50)
    assert not document.autosave_now()  # nothing unsaved yet
    edit(document)
    slot = document.autosave_slot
    qtbot.waitUntil(slot.journey.exists, timeout=3000)
    assert load(slot.journey).touchpoints[1].label == "Geändert"
    assert json.loads(slot.sidecar.read_text())["original_path"] is None
    document.close()
    assert not slot.journey.exists() and not slot.sidecar.exists()


def test_undo_to_clean_removes_the_autosave(qtbot, folder):
    document = Document(make_sample(), autosave_folder=folder)
    edit(document)
    assert document.autosave_now()
    document.undo_stack.undo()
    assert not document.autosave_slot.journey.exists()


def test_running_session_is_not_an_orphan_but_a_crashed_one_is(qapp, folder, tmp_path):
    document = Document(make_sample(), path=tmp_path / "mine.journey", autosave_folder=folder)
    edit(document, "Nach dem Absturz")
    document.autosave_now()
    assert find_orphans(folder) == []  # our own session holds the lock
    document.autosave_slot._lock.unlock()  # what a crash leaves behind: no lock holder
    [orphan] = find_orphans(folder)
    assert orphan.original_path == str(tmp_path / "mine.journey")
    data, slot = adopt(orphan)
    restored = Document(data, path=orphan.original_path, slot=slot, autosave_folder=folder)
    restored.mark_modified()
    assert restored.is_modified()
    assert restored.project.touchpoint("web").label == "Nach dem Absturz"
    restored.close()
    assert find_orphans(folder) == []


def test_discard_and_later(qapp, folder):
    document = Document(make_sample(), autosave_folder=folder)
    edit(document)
    document.autosave_now()
    document.autosave_slot._lock.unlock()
    [orphan] = find_orphans(folder)
    assert find_orphans(folder) == [orphan]  # "later": still offered next time
    discard(orphan)
    assert find_orphans(folder) == []


def test_autosave_failure_is_reported_not_raised(qapp, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    document = Document(make_sample(), autosave_folder=blocker / "autosave")
    reasons = []
    document.autosave_failed.connect(reasons.append)
    edit(document)
    assert not document.autosave_now()
    assert reasons and "\n" not in str(reasons[0])
