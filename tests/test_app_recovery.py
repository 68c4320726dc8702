"""Safe files in the editor: autosave after the interval, recovery offers restore/discard/later, a clean close
removes the autosave."""

from __future__ import annotations

import json

import pytest

from journeymap.app.files.recovery_dialog import DISCARD, LATER, RESTORE, describe, offer_recovery
from journeymap.document import Document
from journeymap.recovery import find_orphans
from tests.conftest import make_sample
from tests.helpers.app import MessageBoxes, close_quietly, make_window


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    MessageBoxes(monkeypatch)
    win = make_window(qtbot, tmp_path, autosave_ms=50)
    yield win
    close_quietly(win)


def crashed_session(folder, path=None) -> Document:
    """A document that autosaved and then 'crashed' (its lock released without a clean close)."""
    doc = Document(make_sample(), path=path, autosave_folder=folder)
    doc.mark_modified()
    assert doc.autosave_now()
    doc.autosave_slot._lock.unlock()
    return doc


def test_autosave_writes_after_the_interval_and_clean_close_removes_it(window, qtbot):
    slot = window.document.autosave_slot
    assert not slot.journey.exists()
    window.add_from_catalogue("website")
    qtbot.waitUntil(slot.journey.exists, timeout=3000)
    info = json.loads(slot.sidecar.read_text("utf-8"))
    assert info["original_path"] is None
    window.document.undo_stack.undo()  # back to the clean state: nothing left to recover
    assert not slot.journey.exists()
    window.add_from_catalogue("website")
    qtbot.waitUntil(slot.journey.exists, timeout=3000)
    close_quietly(window)
    assert not slot.journey.exists() and not slot.sidecar.exists()


def test_recovery_restore_opens_the_journey_modified_and_marked(window, tmp_path):
    folder = window.autosave_folder
    original = tmp_path / "workshop.journey"
    original.write_text("{}", "utf-8")  # the user's file exists; its newer work is only in the autosave
    crashed_session(folder, path=original)
    assert len(find_orphans(folder)) == 1
    assert "workshop.journey" in describe(find_orphans(folder)[0])
    choices = offer_recovery(window.files.restore, folder, window, asker=lambda orphan, parent: RESTORE)
    assert choices == [RESTORE]
    assert window.document.is_modified() and window.isWindowModified()
    assert window.windowTitle() == "workshop.journey (recovered)[*] — Größte Reise — Müller & Söhne GmbH — journeymap"
    assert len(window.document.project.touchpoints) == 6
    assert window.document.path == original
    assert find_orphans(folder) == []  # the running session owns the slot now


def test_recovery_discard_deletes_and_later_keeps(window):
    folder = window.autosave_folder
    crashed_session(folder)
    assert offer_recovery(window.files.restore, folder, window, asker=lambda o, p: LATER) == [LATER]
    assert len(find_orphans(folder)) == 1
    assert offer_recovery(window.files.restore, folder, window, asker=lambda o, p: DISCARD) == [DISCARD]
    assert find_orphans(folder) == []
    assert not any(folder.glob("*.journey"))
    assert window.document.project.touchpoints == ()


def test_saving_a_recovered_journey_clears_the_mark(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = window.autosave_folder
    crashed_session(folder)
    offer_recovery(window.files.restore, folder, window, asker=lambda o, p: RESTORE)
    assert "(recovered)" in window.windowTitle()
    target = tmp_path / "saved.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save()
    assert window.windowTitle() == "saved.journey[*] — Größte Reise — Müller & Söhne GmbH — journeymap"
    assert not window.isWindowModified()
    assert find_orphans(folder) == [] and not any(folder.glob("*.journey"))
