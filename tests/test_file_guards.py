"""One file, one editor: lock files (LibreOffice convention), stale locks, and the check for changes on disk
before a save (issue 12). Qt is needed only for `Document` (a QObject)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from journeymap.commands import EditTouchpoint
from journeymap.document import ChangedOnDiskError, Document, ReadOnlyError
from journeymap.fileformat import DocumentLock, LockedError, LockOwner, load, process, save
from journeymap.fileformat import lock as locks
from tests.conftest import make_sample


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "map.journey"
    save(make_sample(), target)
    return target


@pytest.fixture
def opened(qapp, tmp_path):
    documents: list[Document] = []

    def open_(path, mode="edit"):
        document = Document.open(path, mode=mode, autosave_folder=tmp_path / "autosave")
        documents.append(document)
        return document

    yield open_
    for document in documents:
        document.close()


def edit(document: Document, label: str) -> None:
    document.push(EditTouchpoint(document.project, "web", {"label": label}))


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# ------------------------------------------------------------------------------------------------- lock files
def test_lock_file_follows_the_libreoffice_convention(path, opened):
    document = opened(path)
    lock_file = path.parent / ".~lock.map.journey#"
    assert document.lock is not None and document.lock.path == lock_file
    text = lock_file.read_text("utf-8")
    fields = text.rstrip(";").split(",")
    assert text.endswith(";") and len(fields) == 5
    assert fields[1] == process.user_name() and fields[2] == process.host_name()
    assert time.strptime(fields[3], "%d.%m.%Y %H:%M")
    assert fields[4].startswith(f"journeymap:pid={os.getpid()}&since=")
    document.close()
    assert not lock_file.exists()


def test_fields_with_commas_and_semicolons_round_trip():
    owner = LockOwner("Müller, Eva; Dr.", "eva", "pc\\1", "04.12.2025 17:14", 42, 1733330000.0, "0a1b2c3d")
    text = locks.render(owner)
    assert text.count(";") == 2 and locks.parse(text) == owner  # one escaped `;` in the name, one at the end
    assert locks.parse(",eva,host,04.12.2025 10:30,file:///home/eva/.config/libreoffice/4;") == LockOwner(
        "", "eva", "host", "04.12.2025 10:30")  # LibreOffice's own lock: no pid, so only the user can end it
    assert locks.parse("garbage without a semicolon") is None


def test_two_documents_on_one_file(path, opened):
    first = opened(path)
    with pytest.raises(LockedError) as info:
        opened(path)
    assert info.value.owner.pid == os.getpid() and info.value.owner.is_here()
    assert str(info.value).startswith(f"{path}: is open in another editor (")
    reader = opened(path, "read_only")
    assert reader.is_read_only() and reader.lock is None and reader.display_name() == "map.journey (read-only)"
    edit(reader, "Nur lesen")
    with pytest.raises(ReadOnlyError):
        reader.save()
    assert load(path) == make_sample()
    second = opened(path, "anyway")  # the user chose so: it takes the lock over
    assert second.lock is not None and locks.holder(path).lock_id == second.lock.owner.lock_id
    first.close()  # the first one's lock is no longer its own: closing leaves the second one's alone
    assert (path.parent / ".~lock.map.journey#").exists()


def test_an_edit_saved_by_one_is_never_lost_by_the_other(path, opened):
    """A saves, B saves: B is told the file changed on disk, and only an explicit overwrite replaces it."""
    a, b = opened(path), opened(path, "anyway")
    edit(a, "Von A")
    edit(b, "Von B")
    a.save()
    with pytest.raises(ChangedOnDiskError, match="was changed on disk by someone else since it was opened"):
        b.save()
    assert load(path).touchpoints[1].label == "Von A" and b.is_modified()
    b.save(overwrite=True)  # the user chose "Overwrite"
    assert load(path).touchpoints[1].label == "Von B"
    assert load(path.with_name("map.journey.bak")).touchpoints[1].label == "Von A"  # and one .bak kept it
    edit(a, "Wieder A")
    with pytest.raises(ChangedOnDiskError):
        a.save()


def test_touching_the_file_is_no_change_and_a_removed_file_is_saved_again(path, opened):
    document = opened(path)
    os.utime(path, (time.time() + 5, time.time() + 5))
    assert not document.changed_on_disk()
    edit(document, "Neu")
    document.save()
    path.unlink()
    assert not document.changed_on_disk()
    edit(document, "Wieder da")
    document.save()
    assert load(path).touchpoints[1].label == "Wieder da"


def test_a_same_size_change_is_seen(path, opened):
    """Same size, same time stamp (a coarse file system): the hash tells."""
    document = opened(path)
    status = os.stat(path)
    content = path.read_bytes()
    changed = content.replace(b'"Website"', b'"WEBSITE"')
    assert len(changed) == len(content) and changed != content
    path.write_bytes(changed)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert document.changed_on_disk()


def test_save_as_onto_a_file_open_elsewhere_is_refused(path, tmp_path, opened):
    other = tmp_path / "other.journey"
    save(make_sample(), other)
    holder = opened(other)
    document = opened(path)
    with pytest.raises(LockedError):
        document.save(other)
    holder.close()
    document.save(other)
    assert document.path == other and document.lock.path.name == ".~lock.other.journey#"
    assert not (tmp_path / ".~lock.map.journey#").exists()  # the old file's lock was given up


# ------------------------------------------------------------------------------------------------- stale locks
def write_lock(path, owner: LockOwner) -> None:
    locks.lock_path(path).write_text(locks.render(owner), "utf-8")


def test_lock_of_a_dead_process_on_this_machine_is_stale(path, opened):
    write_lock(path, LockOwner("", "eva", process.host_name(), "01.01.2025 10:00", dead_pid(), time.time(), "x1"))
    document = opened(path)  # no question: that editor is gone
    assert document.lock is not None and document.lock.still_ours()


def test_lock_whose_pid_was_reused_by_a_later_process_is_stale(path, opened):
    """pid 1 runs, but started long after this lock was written (a reboot reused the number)."""
    if process.started_at(1) is None:
        pytest.skip("process start times are unknown here")
    write_lock(path, LockOwner("", "eva", process.host_name(), "01.01.2000 10:00", 1, 946717200.0, "x2"))
    assert opened(path).lock.still_ours()


def test_lock_of_a_running_process_or_another_machine_holds(path, opened):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        write_lock(path, LockOwner("Eva", "eva", process.host_name(), "01.01.2025 10:00", sleeper.pid,
                                   time.time(), "x3"))
        with pytest.raises(LockedError) as info:
            opened(path)
        assert info.value.owner.who() == "Eva (eva)"
    finally:
        sleeper.kill()
        sleeper.wait()
    write_lock(path, LockOwner("", "tom", "laptop-7", "01.01.2025 10:00", 1234, time.time(), "x4"))
    with pytest.raises(LockedError, match=r"\(tom on laptop-7 since 01.01.2025 10:00\)"):
        opened(path)


@pytest.mark.parametrize("content", [b"", b"\x00\xff not a lock", b";" * 5000, b"a,b;"])
def test_broken_lock_files_are_taken_over(path, opened, content):
    locks.lock_path(path).write_bytes(content)
    assert opened(path).lock.still_ours()


def test_a_fifo_as_lock_file_does_not_hang(qapp, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "map.journey"
    save(make_sample(), path)
    os.mkfifo(locks.lock_path(path))
    from tests.helpers.files import finishes

    lock = finishes(lambda: DocumentLock.acquire(path))
    assert lock is not None and lock.still_ours()  # the FIFO was replaced by a real lock file
    lock.release()


def test_read_only_folder_leaves_the_document_unlocked(qapp, tmp_path, monkeypatch):
    path = tmp_path / "map.journey"
    save(make_sample(), path)
    real_open = os.open

    def refuse(name, *args, **kwargs):
        if str(name).endswith("#"):
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(locks.os, "open", refuse)
    document = Document.open(path, autosave_folder=tmp_path / "autosave")
    assert document.lock is None and not document.is_read_only()
    document.close()
