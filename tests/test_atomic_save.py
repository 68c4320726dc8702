"""Atomic save: the old file survives any failure, permissions and symlinks are kept, one .bak exists."""

from __future__ import annotations

import os
import stat

import pytest

from journeymap.fileformat import SaveError, dumps, load, output, save
from tests.conftest import journey, tp

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_save_writes_and_keeps_one_backup(tmp_path, sample_data):
    path = tmp_path / "a.journey"
    first = journey([tp("a", "attention")])
    save(first, path)
    assert not (tmp_path / "a.journey.bak").exists()
    save(sample_data, path)
    assert load(path) == sample_data
    assert load(tmp_path / "a.journey.bak") == first
    save(first, path)
    assert load(tmp_path / "a.journey.bak") == sample_data  # one generation only
    assert _leftovers(tmp_path) == []


def test_failure_mid_write_leaves_the_original_untouched(tmp_path, sample_data, monkeypatch):
    path = tmp_path / "a.journey"
    save(sample_data, path)
    original = path.read_bytes()

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", disk_full)
    with pytest.raises(SaveError, match="No space left on device") as info:
        save(journey([tp("x", "attention")]), path)
    assert str(info.value).startswith(str(path))
    assert path.read_bytes() == original
    assert _leftovers(tmp_path) == []


def test_failure_at_replace_leaves_the_original_untouched(tmp_path, sample_data, monkeypatch):
    path = tmp_path / "a.journey"
    save(sample_data, path)
    original = path.read_bytes()
    monkeypatch.setattr(output.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "Input/output error")))
    with pytest.raises(SaveError, match="Input/output error"):
        save(journey([tp("x", "attention")]), path)
    assert path.read_bytes() == original
    assert _leftovers(tmp_path) == []


@posix_only
@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_gives_a_clear_error(tmp_path, sample_data):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "a.journey"
    save(sample_data, path)
    original = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="Permission denied"):
            save(journey([tp("x", "attention")]), path)
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == original


def test_read_only_folder_error_simulated(tmp_path, sample_data, monkeypatch):
    """The same check that runs as root too: mkstemp refusing gives the OS reason in one sentence."""
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.tempfiles, "create", refuse)
    with pytest.raises(SaveError) as info:
        save(sample_data, tmp_path / "a.journey")
    assert str(info.value) == f"{tmp_path / 'a.journey'}: could not be saved (Permission denied)"
    assert not (tmp_path / "a.journey").exists()


def test_missing_folder(tmp_path, sample_data):
    with pytest.raises(SaveError, match="folder does not exist"):
        save(sample_data, tmp_path / "nope" / "a.journey")


@posix_only
def test_permissions_are_kept(tmp_path, sample_data):
    path = tmp_path / "a.journey"
    save(sample_data, path)
    path.chmod(0o640)
    save(journey([tp("x", "attention")]), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "a.journey.bak").stat().st_mode) == 0o640


@posix_only
def test_new_file_gets_ordinary_permissions(tmp_path, sample_data):
    path = tmp_path / "a.journey"
    save(sample_data, path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


@posix_only
def test_symlink_is_followed_not_replaced(tmp_path, sample_data):
    real = tmp_path / "store" / "real.journey"
    real.parent.mkdir()
    save(journey([tp("a", "attention")]), real)
    link = tmp_path / "link.journey"
    link.symlink_to(real)
    save(sample_data, link)
    assert link.is_symlink()
    assert load(real) == sample_data
    assert (real.parent / "real.journey.bak").exists()


def test_dumps_is_utf8_json(sample_data):
    assert dumps(sample_data).decode("utf-8").startswith('{\n "format": "journeymap"')
