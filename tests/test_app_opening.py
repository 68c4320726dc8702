"""Opening a big journey: read on a worker thread behind a progress dialog, the window keeps running meanwhile,
the canvas is built in steps that let it paint, and a bad big file still gives one clear line. No timings."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from benchmarks.make_big import make_big
from journeymap.app.files import opening
from journeymap.fileformat import dumps, save

BIG = (600, 1200)  # touchpoints, links: over `opening.BACKGROUND_BYTES` as a file


@pytest.fixture(scope="module")
def big_data():
    return make_big(*BIG)


@pytest.fixture
def big_file(tmp_path, big_data) -> Path:
    path = tmp_path / "big.journey"
    save(big_data, path)
    assert opening.is_big(path)
    return path


@pytest.fixture
def held_reading(monkeypatch):
    """The worker thread reads only once `release` is set (the test decides when)."""
    release = threading.Event()
    real = opening.read

    def read(path):
        release.wait(30)
        return real(path)

    monkeypatch.setattr(opening, "read", read)
    yield release
    release.set()


def test_a_big_file_opens_without_blocking_the_window(window, qtbot, big_file, held_reading):
    ticks: list[int] = []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 3:  # the window ran its timers while the file was being read: let the reading finish
            held_reading.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    assert window.files.open_path(big_file)  # returns at once: the opening has started
    job = window.files.opening
    assert job is not None and job.progress.isVisible()
    assert window.document.path is None  # the old journey stays until the new one is read
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=30_000)
    timer.stop()
    assert len(ticks) >= 3
    assert window.document.path == big_file
    assert len(window.document.project.touchpoints) == BIG[0]
    assert len(list(window.scene.cards())) == BIG[0] and len(list(window.scene.link_items())) == BIG[1]
    assert not window.isWindowModified()
    assert window.settings.recent_files()[0] == str(big_file)
    assert gc.isenabled()  # paused only while the worker thread ran


def test_the_canvas_of_a_big_file_is_built_in_steps(window, qtbot, big_file, monkeypatch):
    steps: list[tuple[int, int]] = []
    real = opening.OpenJob._built
    monkeypatch.setattr(opening.OpenJob, "_built", lambda job, done, total: (steps.append((done, total)),
                                                                             real(job, done, total)))
    window.files.open_path(big_file)
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=30_000)
    total = BIG[0] + BIG[1]
    assert len(steps) >= 3 and all(t == total for _, t in steps)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_cancel_keeps_the_current_journey(window, qtbot, big_file, held_reading):
    window.add_from_catalogue("website")
    before = window.document
    window.files.open_path(big_file)
    job = window.files.opening
    job.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    assert window.files.opening is None
    held_reading.set()
    qtbot.wait(200)  # the worker's result arrives and is dropped
    assert window.document is before and len(before.project.touchpoints) == 1


def test_a_second_open_replaces_the_first(window, qtbot, big_file, tmp_path, big_data, held_reading):
    other = tmp_path / "other.journey"
    save(big_data.model_copy(update={"meta": big_data.meta.model_copy(update={"title": "Other"})}), other)
    window.files.open_path(big_file)
    first = window.files.opening
    window.files.open_path(other)
    assert first.cancelled and window.files.opening is not first
    held_reading.set()
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=30_000)
    assert window.document.path == other


@pytest.mark.parametrize("damage, reason", [
    (lambda text: text.replace('"emotion": 1', '"emotion": 7', 1), "emotion"),
    (lambda text: "x" * len(text), "not a journey file"),
])
def test_a_bad_big_file_gives_one_clear_line(window, qtbot, tmp_path, big_data, boxes, damage, reason):
    path = tmp_path / "broken.journey"
    path.write_text(damage(dumps(big_data).decode("utf-8")), "utf-8")
    assert opening.is_big(path)
    before = window.document
    assert window.files.open_path(path)
    qtbot.waitUntil(lambda: window.files.opening is None, timeout=30_000)
    assert boxes.kinds() == ["critical"]
    _, title, text = boxes.calls[0]
    assert title == "Cannot open the file"
    detail = text.split("\n\n", 1)[1]
    assert "\n" not in detail and "broken.journey" in detail and reason in detail and "Traceback" not in detail
    assert window.document is before


def test_small_files_still_open_at_once(window, tmp_path, big_data):
    small = tmp_path / "small.journey"
    save(make_big(60, 100), small)
    assert not opening.is_big(small)
    assert window.files.open_path(small)
    assert window.files.opening is None and window.document.path == small


def test_read_never_raises(tmp_path):
    data, reason = opening.read(tmp_path / "missing.journey")
    assert data is None and "missing.journey" in reason and "\n" not in reason


def test_gc_pauses_nest_across_workers():
    """An open and an export running at once: the collector comes back only after both have ended."""
    import gc

    from journeymap.app import worker_gc

    assert gc.isenabled() and not worker_gc.paused()
    worker_gc.pause()  # a file is being opened
    worker_gc.pause()  # a PDF export starts meanwhile
    worker_gc.resume()  # the open ends
    assert not gc.isenabled()
    worker_gc.resume()  # the export ends
    assert gc.isenabled() and not worker_gc.paused()
    worker_gc.resume()  # an extra resume is harmless
    assert gc.isenabled()
