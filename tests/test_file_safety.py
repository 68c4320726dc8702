"""Only regular files are read or replaced, nothing blocks, and a save keeps what the file was (issue 12).

FIFOs and devices (also behind symlinks), a full disk (a small tmpfs, as root), hard links, owner and group,
extended attributes, write-protected files of another user, and temporary files a killed save left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.make_big import make_big
from journeymap.fileformat import (
    LoadError,
    NotWritableError,
    SaveError,
    allow_replacing,
    dumps,
    load,
    remove_orphans,
    save,
    tempfiles,
    write_file,
)
from journeymap.interchange import InterchangeError, import_file
from tests.conftest import journey, make_sample, tp
from tests.helpers.files import finishes

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX files")
root_only = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root")
ROOT = Path(__file__).resolve().parents[1]




def cli(*args: str, timeout: float = 30, user: int | None = None, cwd: str | None = None):
    command = [sys.executable, "-m", "journeymap", *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=cwd or str(ROOT), env=env)


# ------------------------------------------------------------------------------------------------- FIFOs
@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "pipe.journey"
    os.mkfifo(path)
    return path


@posix_only
def test_loading_a_fifo_is_refused_at_once(fifo):
    with pytest.raises(LoadError) as info:
        finishes(lambda: load(fifo))
    assert str(info.value) == (f"{fifo}: is a named pipe (FIFO), not an ordinary file; journeymap only reads "
                               "ordinary files")


@posix_only
def test_importing_a_fifo_is_refused_at_once(tmp_path):
    for name in ("pipe.csv", "pipe.mmd"):
        os.mkfifo(tmp_path / name)
        with pytest.raises(InterchangeError, match="named pipe"):
            finishes(lambda name=name: import_file(tmp_path / name))


@posix_only
def test_saving_onto_a_fifo_is_refused_and_it_stays_a_fifo(fifo):
    with pytest.raises(SaveError, match=r"is a named pipe .FIFO., not an ordinary file; journeymap only replaces"):
        finishes(lambda: save(make_sample(), fifo))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in fifo.parent.iterdir()) == ["pipe.journey"]


@posix_only
def test_command_line_never_hangs_on_a_fifo(tmp_path):
    """`check`, `import` and `export` onto a FIFO: exit 1 with one line, in seconds (a plain open() blocks)."""
    os.mkfifo(tmp_path / "in.journey")
    os.mkfifo(tmp_path / "in.csv")
    os.mkfifo(tmp_path / "out.csv")
    sample = str(ROOT / "resources" / "samples" / "schmidt.journey")
    for args in (("check", str(tmp_path / "in.journey")), ("import", str(tmp_path / "in.csv"), "-o",
                 str(tmp_path / "x.journey")), ("export", sample, "-o", str(tmp_path / "out.csv"), "--force")):
        result = cli(*args, timeout=30)
        assert result.returncode == 1, result
        assert result.stderr.count("\n") == 1 and "named pipe (FIFO)" in result.stderr
    assert stat.S_ISFIFO(os.lstat(tmp_path / "out.csv").st_mode)


# ------------------------------------------------------------------------------------------------- devices
@root_only
def test_a_device_behind_a_symlink_is_never_replaced(tmp_path):
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a second /dev/null
    link = tmp_path / "report.csv"
    link.symlink_to(device)
    result = cli("export", str(ROOT / "resources" / "samples" / "schmidt.journey"), "-o", str(link), "--force")
    assert result.returncode == 1 and "is a device, not an ordinary file" in result.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode) and link.is_symlink()
    with pytest.raises(SaveError, match="is a device"):
        write_file(b"x", link, replace_unwritable=True)
    with pytest.raises(LoadError, match="is a device"):
        load(link)
    assert stat.S_ISCHR(os.lstat(device).st_mode)


# ------------------------------------------------------------------------------------------------- full disk
@pytest.fixture
def small_disk(tmp_path):
    """A 256 KB tmpfs (root only; skipped where mounting is not allowed)."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(small_disk):
    path = small_disk / "a.journey"
    save(make_sample(), path)
    original = path.read_bytes()
    big = make_big(800, 1200)
    assert len(dumps(big)) > 256 * 1024
    with pytest.raises(SaveError, match="No space left on device"):
        save(big, path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in small_disk.iterdir()) == ["a.journey"]  # no temporary file, no half backup


def test_a_full_disk_in_place_write_fails_before_a_byte_changes(small_disk):
    """A hard-linked file is written in place: its space is reserved first, so a full disk cannot cut it."""
    path = small_disk / "a.journey"
    save(make_sample(), path)
    os.link(path, small_disk / "other-name.journey")
    original = path.read_bytes()
    with pytest.raises(SaveError, match="No space left on device"):
        save(make_big(800, 1200), path, backup=False)
    assert path.read_bytes() == original == (small_disk / "other-name.journey").read_bytes()


# ------------------------------------------------------------------------------------------------- what is kept
@posix_only
def test_a_hard_link_is_kept(tmp_path):
    path, other = tmp_path / "a.journey", tmp_path / "b.journey"
    save(make_sample(), path)
    os.link(path, other)
    inode = os.stat(path).st_ino
    new = journey([tp("x", "attention")])
    save(new, path)
    assert os.stat(path).st_ino == inode == os.stat(other).st_ino and os.stat(path).st_nlink == 2
    assert load(other) == new
    assert load(tmp_path / "a.journey.bak") == make_sample()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.journey", "a.journey.bak", "b.journey"]


@root_only
def test_owner_group_and_mode_are_kept(tmp_path):
    path = tmp_path / "a.journey"
    save(make_sample(), path)
    os.chown(path, 65534, 65534)
    path.chmod(0o640)
    save(journey([tp("x", "attention")]), path)
    status = os.stat(path)
    assert (status.st_uid, status.st_gid, stat.S_IMODE(status.st_mode)) == (65534, 65534, 0o640)


@posix_only
def test_extended_attributes_are_kept(tmp_path):
    path = tmp_path / "a.journey"
    save(make_sample(), path)
    try:
        os.setxattr(path, "user.journeymap.test", b"kept")
    except OSError:
        pytest.skip("this file system has no user attributes")
    save(journey([tp("x", "attention")]), path)
    assert os.getxattr(path, "user.journeymap.test") == b"kept"


@posix_only
def test_write_protected_file_is_not_replaced_without_consent(tmp_path, monkeypatch):
    """(Root may write anything, so the protection is simulated here; the next test runs as another user.)"""
    path = tmp_path / "report.csv"
    path.write_text("old")
    from journeymap.fileformat import output

    monkeypatch.setattr(output.os, "access", lambda *a, **k: False)
    with pytest.raises(NotWritableError, match="is write-protected"):
        write_file(b"new", path)
    assert path.read_text() == "old"
    allow_replacing(path)  # what the editor does after asking, and `--force` on the command line
    write_file(b"new", path)
    assert path.read_text() == "new"
    with pytest.raises(NotWritableError):  # the consent was for one write
        write_file(b"newer", path)


_WRITE_AS_USER = """
import sys
from journeymap.fileformat import NotWritableError, write_file
try:
    write_file(b"mine", sys.argv[1])
except NotWritableError as exc:
    print(exc)
"""


@root_only
def test_read_only_file_of_another_user_in_a_shared_folder():
    """As user `nobody` in a folder everyone may write, root's read-only file (which the folder would let
    `nobody` replace by renaming) is refused by the writer and by the command line without --force; with
    --force it is replaced, and the OS gives it the new owner: that is why it is never done without asking."""
    if not shutil.which("setpriv"):
        pytest.skip("setpriv is missing")
    shared = Path(f"/tmp/jm-shared-{os.getpid()}")
    shared.mkdir(mode=0o777)
    try:
        shared.chmod(0o777)
        out = shared / "report.mmd"
        out.write_text("root's")
        out.chmod(0o644)
        sample = shared / "in.journey"
        save(make_sample(), sample)
        sample.chmod(0o644)
        if cli("--version", user=65534, cwd="/tmp").returncode != 0:
            pytest.skip("user nobody cannot run this Python")
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT)}
        direct = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
                                 "-c", _WRITE_AS_USER, str(out)], capture_output=True, text=True, timeout=60,
                                cwd="/tmp", env=env)
        assert direct.stdout == f"{out}: is write-protected (it belongs to root)\n", direct.stderr
        assert out.read_text() == "root's"
        refused = cli("export", str(sample), "-o", str(out), user=65534, cwd="/tmp")
        assert refused.returncode == 1
        assert refused.stderr == f"error: {out}: already exists (use --force to overwrite it)\n"
        assert out.read_text() == "root's" and os.stat(out).st_uid == 0
        written = cli("export", str(sample), "-o", str(out), "--force", user=65534, cwd="/tmp")
        assert written.returncode == 0, written.stderr
        assert out.read_text().startswith("journey") and os.stat(out).st_uid == 65534
    finally:
        shutil.rmtree(shared, ignore_errors=True)


# ------------------------------------------------------------------------------------------------- temp files
def test_orphaned_temporary_files_are_removed_and_others_kept(tmp_path):
    path = tmp_path / "map.journey"
    save(make_sample(), path)
    dead = _dead_pid()
    host = tempfiles.process.host_tag()
    names = {
        f".map.journey.{host}-{dead}-0123abcd.tmp": False,  # ours, its process is gone: removed
        f".map.journey.bak.{host}-{dead}-0123abcd.tmp": False,
        f".map.journey.{host}-{os.getpid()}-0123abcd.tmp": True,  # a save of this very process: kept
        f".map.journey.ffffff-{dead}-0123abcd.tmp": True,  # another machine's, recent: kept
        ".map.journey.abcd_123.tmp": True,  # an older journeymap's, recent: kept
        ".other.journey.abcd_123.tmp": True,  # not this document's
        "map.journey.tmp": True,  # not our pattern
    }
    for name in names:
        (tmp_path / name).write_text("x")
    old = time.time() - 2 * tempfiles.ORPHAN_AGE
    removed = remove_orphans(path)
    assert sorted(p.name for p in removed) == sorted(n for n, keep in names.items() if not keep)
    for name, keep in names.items():
        assert (tmp_path / name).exists() == keep
    for name in (f".map.journey.ffffff-{dead}-0123abcd.tmp", ".map.journey.abcd_123.tmp"):
        os.utime(tmp_path / name, (old, old))  # an hour later they are orphans too
    save(make_sample(), path)  # a save cleans up as well
    assert not (tmp_path / ".map.journey.abcd_123.tmp").exists()
    assert (tmp_path / ".other.journey.abcd_123.tmp").exists() and (tmp_path / "map.journey.tmp").exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


_SAVE_LOOP = """
import sys
from benchmarks.make_big import make_big
from journeymap.fileformat import save
data = [make_big(600, 900, seed=s) for s in (1, 2)]
print("ready", flush=True)
i = 0
while True:
    save(data[i % 2], sys.argv[1])
    i += 1
"""


@posix_only
def test_kill_during_a_save_loop_then_open(qapp, tmp_path):
    """kill -9 at random moments of a save loop: the file always opens (old or new version), and opening it
    removes the temporary files the killed process left."""
    from journeymap.document import Document

    path = tmp_path / "map.journey"
    save(make_big(600, 900, seed=1), path)
    leftovers = 0
    for round_ in range(6):
        child = subprocess.Popen([sys.executable, "-c", _SAVE_LOOP, str(path)], stdout=subprocess.PIPE,
                                 cwd=str(ROOT), env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(0.15 + 0.07 * round_)
        child.send_signal(signal.SIGKILL)
        child.wait()
        leftovers += sum(1 for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
        document = Document.open(path, autosave_folder=tmp_path / "autosave")
        assert len(document.project.touchpoints) == 600
        document.close()
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
        assert not any(p.name.startswith(".~lock.") for p in tmp_path.iterdir())
    print(f"temporary files left by the killed saves: {leftovers} in 6 rounds")
