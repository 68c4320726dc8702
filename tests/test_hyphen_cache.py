"""The parsed hyphenation patterns kept between runs: the same points as pyphen's own parse, a broken cache file
ignored, an older one replaced."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyphen
import pytest

from journeymap.layout import hyphen_cache

WORDS = ("Sendungsverfolgung", "Betriebsbesichtigung", "Rahmenvertrag", "Werkstofflieferant", "Konfigurator")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and pyphen without any dictionary parsed in this process."""
    monkeypatch.setenv("JOURNEYMAP_CACHE", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    return tmp_path


def test_the_cached_patterns_hyphenate_as_pyphen_does(fresh):
    parsed = hyphen_cache.dictionary("de_DE")  # parses and writes the cache
    files = list(fresh.glob("hyph_de_DE-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 100_000
    pyphen.hdcache.clear()
    cached = hyphen_cache.dictionary("de_DE")  # reads it back
    reference = pyphen.Pyphen(filename=pyphen.LANGUAGES["de_DE"], cache=False)
    assert cached.hd is not parsed.hd and cached.hd.maxlen == reference.hd.maxlen
    assert cached.hd.patterns == reference.hd.patterns
    assert [cached.inserted(w) for w in WORDS] == [reference.inserted(w) for w in WORDS]


def test_a_broken_or_foreign_cache_file_is_ignored_and_an_older_one_replaced(fresh):
    hyphen_cache.dictionary("de_DE")
    [current] = fresh.glob("hyph_de_DE-*.marshal")
    older = fresh / "hyph_de_DE-0.1-1-1.marshal"
    older.write_bytes(b"old")
    for garbage in (b"", b"\x00not marshal", b"\xe9" * 40):
        current.write_bytes(garbage)
        pyphen.hdcache.clear()
        assert hyphen_cache.dictionary("de_DE").inserted("Sendungsverfolgung") == "Sen-dungs-ver-fol-gung"
    assert not older.exists() and current.stat().st_size > 100_000  # parsed again and kept anew


def test_an_unwritable_cache_folder_costs_nothing_but_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    monkeypatch.setenv("JOURNEYMAP_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(pyphen, "hdcache", {})
    reference = pyphen.Pyphen(filename=pyphen.LANGUAGES["en_GB"], cache=False)
    assert hyphen_cache.dictionary("en_GB").inserted("hyphenation") == reference.inserted("hyphenation")
    assert not (blocker / "cache").exists()


def test_a_fresh_process_reads_the_cache_instead_of_parsing(fresh):
    code = ("import time, pyphen; from journeymap.layout import hyphen_cache; "
            "calls = []; parse = pyphen.HyphDict.__init__; "
            "pyphen.HyphDict.__init__ = lambda self, path: (calls.append(path), parse(self, path))[1]; "
            "hyphen_cache.dictionary('de_DE'); print(len(calls))")
    env = {"JOURNEYMAP_CACHE": str(fresh), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                           cwd=Path(__file__).parent.parent).stdout.strip() for _ in range(2)]
    assert runs == ["1", "0"]  # parsed once, then read from the cache
