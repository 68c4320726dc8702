"""One edit in the real window, findings included (issue 13): a shown 1600×1000 `MainWindow` opens the
`make_big` journey the way File ▸ Open does, zooms to 100 % on `HUB` (selected, so the inspector shows it), and
times each of four edits made through the user's own code path:

- *rename*: one letter typed into the inspector's label field (a key event; the next one is a Backspace),
- *emotion*: a face clicked in the inspector's emotion picker (alternating a low and a good score),
- *move*: the card moved to a free slot of the next lane, through the canvas's `MapEdits.move` (what a drop does),
- *undo*: Edit ▸ Undo of that move.

For each edit: the time from the edit until the view has painted (events processed until the viewport's paint
event has been handled; target 30 ms; floor: a bare `viewport().update()` repaint without an edit, same run);
the time until the findings dock shows the findings of the edited journey (its `updated` signal, then
`pending()` false; target 300 ms; the dock's result is checked against a full `analyse` once per size); and the
longest gap between the ticks of a 1 ms timer from the paint until 100 ms after the findings caught up (target
30 ms; floor: the longest gap of the same timer over the same time with nothing to do). Medians over the
repetitions, the slowest edit kind decides the summary rows; the caught-up time and the stall are maxima.
Autosave is set far off: its save is not an edit's cost. 2,000 touchpoints (4,000 links) with a row per edit;
500 and 10,000 (no targets for 10,000) with the summary rows. Then, at 2,000 and without targets, edits of
everything at once: select all, delete, undo, paste all again, undo the paste (each until the view painted).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks import Result
from benchmarks.make_big import HUB, make_big

BENCH = "edit"
WINDOW = (1600, 1000)
PAINT_TARGET, CAUGHT_UP_TARGET, STALL_TARGET = 30.0, 300.0, 30.0
TAIL_MS = 100  # the stall is watched this long after the findings caught up (deferred list layout etc.)
SIZES = ((2_000, 4_000, 5, True), (500, 1_000, 5, True), (10_000, 20_000, 3, False))  # tps, links, reps, target


class _PaintWatch(QObject):
    """Counts the paint events of a widget."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class _Ticks(QObject):
    """A 1 ms precise timer; `gap()` is the longest time between two ticks (or since `start`) so far."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest, self.last = max(self.longest, (now - self.last) * 1000), now

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest


def _wait_loop(ms: int, done: Callable[[], bool] | None = None, signal=None, limit_ms: int = 30_000) -> None:
    """Run the event loop (sleeping when idle, as the app does) until `done()` holds — checked whenever `signal`
    fires — then `ms` more milliseconds."""
    loop = QEventLoop()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)

    def check() -> None:
        if done is None or done():
            guard.start(ms)

    if signal is not None:
        signal.connect(check)
    check()
    if done is not None and not done():
        QTimer.singleShot(limit_ms, loop.quit)
    loop.exec()
    if signal is not None:
        signal.disconnect(check)


class _Editor:
    """The window with the big journey open, `HUB` selected and shown at 100 %."""

    def __init__(self, folder: Path, touchpoints: int, links: int) -> None:
        from journeymap.app import i18n
        from journeymap.app.files import opening
        from journeymap.app.settings import AppSettings
        from journeymap.app.window.main_window import MainWindow
        from journeymap.fileformat import save

        QStandardPaths.setTestModeEnabled(True)
        i18n.install("en")
        path = folder / f"big-{touchpoints}.journey"
        save(make_big(touchpoints, links), path)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        self.window = w = MainWindow(settings, autosave_folder=folder / "autosave", autosave_ms=3_600_000)
        w.resize(*WINDOW)
        w.show()
        QTest.qWaitForWindowExposed(w)
        if not (w.files.open_path(path) and opening.wait(w.files)):
            raise RuntimeError(f"cannot open {path}")
        w.view.zoom_reset()
        w.show_ids([HUB])
        _wait_loop(300)
        self.paints = _PaintWatch(w.view.viewport())
        self.ticks = _Ticks()
        self.typed = False
        self.low = True

    @property
    def project(self):
        return self.window.document.project

    # ---------------------------------------------------------------- the edits, as the user makes them
    def rename(self) -> None:
        label = self.window.inspector.tp_form.label
        QTest.keyClick(label, Qt.Key.Key_Backspace if self.typed else Qt.Key.Key_X)
        self.typed = not self.typed

    def emotion(self) -> None:
        self.window.inspector.tp_form.emotion.buttons[-2 if self.low else 1].click()
        self.low = not self.low

    def move(self) -> None:
        hub = self.project.touchpoint(HUB)
        phases = self.project.phase_model.ids()
        lane = phases[(phases.index(hub.phase) + 1) % len(phases)]
        taken = {t.position for t in self.project.touchpoints_in(lane)}
        slot = min((s for s in range(int(hub.position) + 30) if float(s) not in taken),
                   key=lambda s: abs(s - hub.position))
        assert self.window.scene.edits.move({HUB: (lane, float(slot))})

    def undo(self) -> None:
        self.window.commands.undo.trigger()

    def repaint_only(self) -> None:
        self.window.view.viewport().update()

    # ---------------------------------------------------------------- measuring
    def measure(self, edit: Callable[[], None], findings: bool = True) -> tuple[float, float, float]:
        """(ms until the view painted, ms until the findings caught up, longest tick gap in ms after the paint)."""
        dock = self.window.findings
        _wait_loop(150, lambda: not dock.pending(), dock.updated)  # a quiet start
        painted = self.paints.count
        start = time.perf_counter()
        edit()
        while self.paints.count == painted:
            QApplication.processEvents()
        paint = (time.perf_counter() - start) * 1000
        if not findings:
            return paint, 0.0, 0.0
        self.ticks.start()
        caught: list[float] = []

        def done() -> bool:
            if not caught and not dock.pending():
                caught.append((time.perf_counter() - start) * 1000)
            return bool(caught)

        _wait_loop(TAIL_MS, done, dock.updated)
        stall = self.ticks.stop()
        if not caught:
            raise RuntimeError("the findings did not catch up within 30 s")
        return paint, caught[0], stall

    def idle_gap(self, ms: float) -> float:
        self.ticks.start()
        _wait_loop(int(ms))
        return self.ticks.stop()

    def check_findings(self) -> None:
        from journeymap.analysis import analyse

        dock = self.window.findings
        expected = analyse(self.project.to_data(), dock.lang).findings
        if dock.findings != expected or dock.list.count() != len(expected):
            raise RuntimeError("the findings dock does not show the findings of the edited journey")

    def close(self) -> None:
        self.window.document.undo_stack.setClean()
        self.window.close()
        self.window.deleteLater()
        QApplication.processEvents()


def _measure_size(folder: Path, touchpoints: int, links: int, reps: int, with_target: bool,
                  full_rows: bool) -> list[Result]:
    editor = _Editor(folder, touchpoints, links)
    kinds = {"rename": editor.rename, "emotion": editor.emotion, "move": editor.move, "undo": editor.undo}
    figures: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in kinds}
    floors = [editor.measure(editor.repaint_only, findings=False)[0] for _ in range(3)]
    for kind in ("rename", "rename", "emotion", "emotion", "move", "undo"):  # warm-up, not counted
        editor.measure(kinds[kind])
    for _ in range(reps):
        for kind in ("rename", "rename", "emotion", "emotion", "move", "undo"):
            figures[kind].append(editor.measure(kinds[kind]))
        floors.append(editor.measure(editor.repaint_only, findings=False)[0])
    editor.check_findings()
    caught = max(c for runs in figures.values() for _, c, _ in runs)
    stall = max(s for runs in figures.values() for _, _, s in runs)
    idle = editor.idle_gap(statistics.median(c for runs in figures.values() for _, c, _ in runs) + TAIL_MS)
    editor.close()
    floor = statistics.median(floors)
    size = f"{touchpoints:,} tp / {links:,} links"
    paint_target = PAINT_TARGET if with_target else None
    results = []
    medians = {kind: statistics.median(p for p, _, _ in runs) for kind, runs in figures.items()}
    if full_rows:
        for kind, runs in figures.items():
            results.append(Result(BENCH, f"{kind} → canvas painted, {size}", medians[kind], floor,
                                  "bare repaint of the view", f"max {max(p for p, _, _ in runs):.1f} ms",
                                  target=paint_target))
    else:
        slowest = max(medians, key=medians.__getitem__)
        results.append(Result(BENCH, f"slowest edit → canvas painted, {size}", medians[slowest], floor,
                              "bare repaint of the view",
                              ", ".join(f"{k} {v:.1f}" for k, v in medians.items()), target=paint_target))
    per_kind = ", ".join(f"{k} {statistics.median(c for _, c, _ in runs):.0f}" for k, runs in figures.items())
    results.append(Result(BENCH, f"findings caught up after an edit (max), {size}", caught, None, "",
                          f"medians: {per_kind} ms", target=CAUGHT_UP_TARGET if with_target else None))
    results.append(Result(BENCH, f"longest UI stall while findings catch up (max), {size}", stall, idle,
                          "longest gap of the same 1 ms timer, idle", "from the paint to 100 ms after caught up",
                          target=STALL_TARGET if with_target else None))
    return results


def _bulk_rows(folder: Path, touchpoints: int, links: int) -> list[Result]:
    """Edits of everything at once, as a user makes them with the keyboard (no targets): Ctrl+A, Del, Ctrl+Z,
    then Ctrl+A, Ctrl+C, Ctrl+V and Ctrl+Z of the paste; each until the view has painted."""
    editor = _Editor(folder, touchpoints, links)
    window, c = editor.window, editor.window.commands
    window.view.setFocus()
    size = f"{touchpoints:,} tp / {links:,} links"
    results = []

    def timed_step(case: str, action) -> None:
        painted = editor.paints.count
        start = time.perf_counter()
        action.trigger()
        while editor.paints.count == painted:
            QApplication.processEvents()
        results.append(Result(BENCH, f"{case}, {size}", (time.perf_counter() - start) * 1000, None, "",
                              "until the view painted; no target"))
        _wait_loop(100, lambda: not window.findings.pending(), window.findings.updated)

    timed_step("select all", c.select_all)
    timed_step("delete everything selected", c.delete)
    timed_step("undo that delete", c.undo)
    c.select_all.trigger()
    c.copy.trigger()
    timed_step("paste all touchpoints and links again", c.paste)
    timed_step("undo that paste", c.undo)
    editor.close()
    QApplication.clipboard().clear()  # Qt's offscreen clipboard crashes at exit while it holds data
    return results


def run() -> list[Result]:
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("journeymap")
    app.setApplicationName("journeymap")
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        for touchpoints, links, reps, with_target in SIZES:
            results += _measure_size(Path(tmp), touchpoints, links, reps, with_target, touchpoints == 2_000)
        results += _bulk_rows(Path(tmp), 2_000, 4_000)
    return results


if __name__ == "__main__":
    from benchmarks.__main__ import table

    print(table(run()))
