"""The editor's file guards (issue 12): a file open elsewhere, a file changed on disk, a write-protected file,
the notice bar, the file watch, and control characters stripped on input and paste."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from journeymap.app.edit.clipboard import ITEMS_MIME
from journeymap.app.files import questions as file_dialogs
from journeymap.document import Document
from journeymap.fileformat import LockOwner, dumps, load, output, process, save
from journeymap.fileformat import lock as locks
from tests.conftest import journey, make_sample, tp


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "map.journey"
    save(make_sample(), target)
    return target


@pytest.fixture
def other_editor(path):
    """A lock on `path` held by another running process on this machine."""
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    owner = LockOwner("Eva Muster", "eva", process.host_name(), "04.12.2025 17:14", sleeper.pid,
                      float(int(time.time())), "ab12")
    locks.lock_path(path).write_text(locks.render(owner), "utf-8")
    yield owner
    sleeper.kill()
    sleeper.wait()


@pytest.fixture
def answers(monkeypatch):
    """The file guards' questions, answered by the test and recorded."""
    asked: list[tuple] = []
    given: dict[str, object] = {}

    def answer(kind):
        def fake(parent, *args):
            asked.append((kind, *args))
            return given.get(kind)
        return fake

    for kind in ("ask_locked", "ask_changed_on_disk", "ask_replace_unwritable"):
        monkeypatch.setattr(file_dialogs, kind, answer(kind))
    return asked, given


def save_as_answers(monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def edit_label(window, label="Geändert"):
    from journeymap.commands import EditTouchpoint

    window.document.push(EditTouchpoint(window.document.project, "web", {"label": label}))


# ------------------------------------------------------------------------------------------------- open
def test_a_file_open_elsewhere_asks_and_opens_read_only(window, path, other_editor, answers, monkeypatch,
                                                          tmp_path):
    asked, given = answers
    given["ask_locked"] = "read_only"
    assert window.files.open_file(path)
    assert asked[0][0] == "ask_locked" and asked[0][2] == other_editor
    assert window.document.is_read_only() and window.windowTitle().startswith("map.journey (read-only)[*]")
    bar = window.files.notices
    assert bar.isVisible() and bar.kind == "read_only" and "is open read-only" in bar.label.full_text
    assert [b.text() for b in bar.buttons()] == ["Save a Copy…"]
    edit_label(window)
    copy = tmp_path / "mine.journey"
    save_as_answers(monkeypatch, copy)
    assert window.files.save()  # Save on a read-only journey is Save As
    assert load(path) == make_sample() and load(copy).touchpoints[1].label == "Geändert"
    assert not window.document.is_read_only() and not bar.isVisible()
    assert locks.holder(path) == other_editor  # the other editor's lock was never touched


def test_open_a_copy_or_anyway_or_cancel(window, path, other_editor, answers):
    _asked, given = answers
    given["ask_locked"] = None
    before = window.document
    assert not window.files.open_file(path) and window.document is before
    given["ask_locked"] = "copy"
    assert window.files.open_file(path)
    assert window.document.path is None and window.document.copy_of == path
    assert window.windowTitle().startswith("map.journey (copy)")
    assert locks.holder(path) == other_editor
    given["ask_locked"] = "anyway"
    assert window.files.open_file(path)
    assert window.document.path == path and window.document.lock.still_ours()


def test_a_write_protected_file_opens_read_only(window, path, answers, monkeypatch):
    from journeymap.app.files import controller as files

    monkeypatch.setattr(files.os, "access", lambda p, mode: not str(p).endswith("map.journey"))
    assert window.files.open_file(path)
    assert window.document.is_read_only() and window.document.read_only_reason == "write_protected"
    assert "is write-protected" in window.files.notices.label.full_text
    assert answers[0] == []  # nobody else has it: no question


# ------------------------------------------------------------------------------------------------- save
@pytest.fixture
def changed(window, path):
    """The window has `path` open with an edit, and someone else saved the file meanwhile."""
    assert window.files.open_file(path)
    edit_label(window, "Meins")
    save(journey([tp("x", "attention", label="Von nebenan")]), path)
    return path


def test_save_over_a_changed_file_asks_and_cancel_writes_nothing(window, changed, answers):
    asked, _given = answers
    assert not window.files.save()
    assert asked == [("ask_changed_on_disk", changed)]
    assert load(changed).touchpoints[0].label == "Von nebenan" and window.document.is_modified()


def test_overwrite_after_asking(window, changed, answers):
    answers[1]["ask_changed_on_disk"] = "overwrite"
    assert window.files.save()
    assert load(changed).touchpoints[1].label == "Meins"
    assert load(changed.with_name("map.journey.bak")).touchpoints[0].label == "Von nebenan"


def test_save_as_a_copy_after_asking(window, changed, answers, monkeypatch, tmp_path):
    answers[1]["ask_changed_on_disk"] = "copy"
    save_as_answers(monkeypatch, tmp_path / "meins.journey")
    assert window.files.save()
    assert load(changed).touchpoints[0].label == "Von nebenan"
    assert load(tmp_path / "meins.journey").touchpoints[1].label == "Meins"


def test_reload_after_asking(window, changed, answers):
    answers[1]["ask_changed_on_disk"] = "reload"
    assert not window.files.save()
    assert [t.label for t in window.document.project.touchpoints] == ["Von nebenan"]
    assert not window.document.is_modified() and window.document.lock.still_ours()


def test_replacing_a_write_protected_file_asks(window, path, answers, monkeypatch):
    assert window.files.open_file(path)
    edit_label(window)
    monkeypatch.setattr(output.os, "access", lambda *a, **k: False)
    assert not window.files.save()
    assert answers[0][-1][0] == "ask_replace_unwritable" and load(path) == make_sample()
    answers[1]["ask_replace_unwritable"] = True
    assert window.files.save() and load(path).touchpoints[1].label == "Geändert"


def test_exports_ask_before_replacing_a_write_protected_file(window, path, answers, monkeypatch, tmp_path):
    target = tmp_path / "map.csv"
    target.write_text("alt")
    monkeypatch.setattr(output.os, "access", lambda *a, **k: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.import_export.export_csv() is None and target.read_text() == "alt"
    answers[1]["ask_replace_unwritable"] = True
    assert window.import_export.export_csv() == target and target.read_bytes().startswith(b"\xef\xbb\xbfid;")


# ------------------------------------------------------------------------------------------------- watch
def test_an_outside_change_shows_in_the_notice_bar(window, path, qtbot):
    assert window.files.open_file(path)
    bar = window.files.notices
    save(make_sample(), path)  # our own kind of save with the same content: not a change
    qtbot.wait(600)
    assert not bar.isVisible()
    time.sleep(0.01)
    save(journey([tp("x", "attention", label="Von nebenan")]), path)
    qtbot.waitUntil(lambda: bar.isVisible() and bar.kind == "changed", timeout=5000)
    assert "was changed on disk by someone else" in bar.label.full_text
    reload = next(b for b in bar.buttons() if b.text() == "Reload")
    reload.click()
    assert [t.label for t in window.document.project.touchpoints] == ["Von nebenan"]
    assert not bar.isVisible()
    path.unlink()
    qtbot.waitUntil(lambda: bar.kind == "removed", timeout=5000)
    assert "deleted or renamed" in bar.label.full_text


def test_our_own_save_is_no_outside_change(window, path, qtbot):
    assert window.files.open_file(path)
    edit_label(window)
    assert window.files.save()
    qtbot.wait(800)
    assert not window.files.notices.isVisible()
    assert window.files.watch.watched() == [path]


# ------------------------------------------------------------------------------------------------- dialogs
def click_when_shown(object_name: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        box.findChild(QPushButton, object_name).click()
    QTimer.singleShot(20, click)


def test_the_real_questions(window, path):
    owner = LockOwner("Eva Muster", "eva", "laptop-3", "04.12.2025 17:14", 99, 0.0, "x")
    click_when_shown("choice_copy")
    assert file_dialogs.ask_locked(window, path, owner) == "copy"
    click_when_shown("choice_overwrite")
    assert file_dialogs.ask_changed_on_disk(window, path) == "overwrite"
    click_when_shown("choice_replace")
    assert file_dialogs.ask_replace_unwritable(window, path, "nobody") is True
    assert file_dialogs.describe_owner(owner) == "Eva Muster (eva) on laptop-3, since 04.12.2025 17:14"


def test_cancel_is_the_safe_default(window, path):
    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, cancel)
            return
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()
    QTimer.singleShot(20, cancel)
    assert file_dialogs.ask_replace_unwritable(window, path, None) is False


# ------------------------------------------------------------------------------------------------- text
def test_control_characters_are_stripped_when_pasted_into_a_field(window, qtbot):
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    window.scene.select_ids(["web"])
    form = window.inspector.tp_form
    QGuiApplication.clipboard().setText("Web\x1b[2Jseite\u202e\nneu")
    form.label.setFocus()
    form.label.selectAll()
    form.label.paste()
    assert form.label.text() == "Web[2Jseite neu"
    assert window.document.project.touchpoint("web").label == "Web[2Jseite neu"
    QGuiApplication.clipboard().setText("Zeile\x00eins\r\nZeile zwei\x07")
    form.description.setFocus()
    form.description.selectAll()
    form.description.paste()
    assert window.document.project.touchpoint("web").description == "Zeileeins\nZeile zwei"


def test_pasted_items_with_control_characters_are_cleaned(window):
    raw = dumps(journey([tp("a", "attention", label="OK")])).replace(b'"label": "OK"', b'"label": "O\\u001bK"')
    mime = QMimeData()
    mime.setData(ITEMS_MIME, raw)
    QGuiApplication.clipboard().setMimeData(mime)
    window.edit.paste()
    assert [t.label for t in window.document.project.touchpoints] == ["OK"]


def test_a_bad_mermaid_file_gives_one_dialog_with_file_and_line(window, boxes, tmp_path):
    bad = tmp_path / "tag.mmd"
    bad.write_text("journey\nsection A\n  Tee: " + "9" * 400 + ": Ich\n", "utf-8")
    assert not window.import_export.import_path(bad)
    kind, _, text = boxes.calls[-1]
    assert kind == "critical" and "tag.mmd: line 3: the score 99999999999… of task 'Tee'" in text
    assert "unexpected" not in text


def test_windows_1252_import_says_so(window, tmp_path):
    source = tmp_path / "excel.csv"
    source.write_bytes("phase;label\nKaufphase;Bärbel’s Angebot\n".encode("cp1252"))
    assert window.import_export.import_path(source)
    assert window.document.project.touchpoints[0].label == "Bärbel’s Angebot"
    assert "(read as Windows-1252)" in window.statusBar().currentMessage()


@pytest.mark.skipif(os.name != "posix", reason="POSIX named pipes")
def test_opening_a_fifo_does_not_freeze_the_window(window, boxes, tmp_path):
    import signal

    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)

    def hung(*_args):
        raise TimeoutError("opening a FIFO blocks the window")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, 10)  # a blocking open() is interrupted and fails the test
    try:
        assert window.files.open_path(fifo) is False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert boxes.calls[-1][0] == "critical" and "named pipe (FIFO)" in boxes.calls[-1][2]


def test_the_pdf_export_asks_too(window, answers, monkeypatch, tmp_path):
    from tests.helpers.app import accept_options

    target = tmp_path / "bericht.pdf"
    target.write_bytes(b"%PDF old")
    accept_options(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(output.os, "access", lambda *a, **k: False)
    assert window.import_export.export_pdf() is None  # not replaced: the user said no
    assert answers[0][-1][0] == "ask_replace_unwritable" and target.read_bytes() == b"%PDF old"


def test_a_restored_journey_still_notices_an_outside_change(window, path, answers, tmp_path):
    """The autosave remembers the hash of the file the crashed session had read; if the file changed since, the
    first save of the restored journey asks."""
    from journeymap.recovery import find_orphans

    folder = tmp_path / "crashed-autosaves"
    crashed = Document.open(path, autosave_folder=folder)
    crashed.mark_modified()
    assert crashed.autosave_now()
    crashed.autosave_slot._lock.unlock()  # the session "crashed": its autosave slot is free
    crashed.release_lock()
    save(journey([tp("x", "attention", label="Später von nebenan")]), path)
    orphan = find_orphans(folder)[0]
    assert orphan.original_digest == crashed.stamp.digest
    assert window.files.restore(orphan)
    assert window.document.path == path and window.document.lock.still_ours()
    assert not window.files.save()
    assert answers[0] == [("ask_changed_on_disk", path)]
    assert load(path).touchpoints[0].label == "Später von nebenan"


def test_a_big_locked_file_opens_read_only_in_the_background(window, other_editor, answers, path):
    from benchmarks.make_big import make_big
    from journeymap.app.files import opening

    save(make_big(800, 1200), path)
    assert opening.is_big(path)
    answers[1]["ask_locked"] = "read_only"
    assert window.files.open_file(path)
    assert opening.wait(window.files)
    assert window.document.path == path and window.document.is_read_only() and window.document.lock is None
    assert len(window.document.project.touchpoints) == 800 and window.files.notices.kind == "read_only"
    assert window.document.stamp is not None and not window.document.changed_on_disk()
