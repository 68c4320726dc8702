"""Startup: time from launching the program to its first painted window, to the editor ready (window built,
the empty journey open, the canvas painted), and to the findings shown (the first analysis, which follows the
ready editor; no target), against a bare PySide6 program that shows an empty QMainWindow
(`benchmarks/bare_qt.py`), measured in the same run, alternating, median of several.

Each launch is a fresh subprocess under `QT_QPA_PLATFORM=offscreen` with `JOURNEYMAP_STARTUP_PROBE` pointing at a
file: the program writes `time.time()` there once its first window has been painted
(`journeymap.app.window.startup_probe`),
the benchmark subtracts the moment just before it started the process, then ends the process. Settings and autosaves
go to a temporary folder, so every launch is a first start without recovery questions.

Cases: the source checkout (`journeymap`, as `make run` starts it) on an empty journey and on the bundled sample
given on the command line (`journeymap resources/samples/schmidt.journey`), and, when it has been built
(`make dist`), the one-folder app `dist/journeymap/journeymap` (or the folder named by `JOURNEYMAP_DIST`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Result

BENCH = "startup"
RUNS = 7
TARGET_RATIO = 1.5  # first painted window (issue 7)
READY_RATIO = 2.0  # editor ready: built, journey open, canvas painted (issue 13)
ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "bare_qt.py"
SAMPLE = ROOT / "resources" / "samples" / "schmidt.journey"
TIMEOUT_S = 60.0


def _env(home: Path, probe: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "JOURNEYMAP_STARTUP_PROBE": str(probe),
                "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")})
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules are cached (the warm-up writes them)
    if sys.platform != "linux":  # QSettings/QStandardPaths elsewhere follow HOME / APPDATA
        env.update({"HOME": str(home), "APPDATA": str(home / "appdata"), "LOCALAPPDATA": str(home / "local")})
    return env


def _marks(probe: Path) -> dict[str, float]:
    text = probe.read_text("ascii") if probe.exists() else ""
    lines = text.splitlines() if text.endswith("\n") else text.splitlines()[:-1]  # complete lines only
    return {key: float(value) for key, value in (line.split() for line in lines)}


def launch(command: list[str], home: Path, wait_for: tuple[str, ...] = ("shown",)) -> dict[str, float]:
    """Start `command`, wait for the probe marks `wait_for`, end it; returns each mark in ms after launch."""
    probe = home / "probe.txt"
    probe.unlink(missing_ok=True)
    env = _env(home, probe)
    start = time.time()
    proc = subprocess.Popen(command, env=env, cwd=home, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        while True:
            marks = _marks(probe)
            if all(key in marks for key in wait_for):
                return {key: (value - start) * 1000 for key, value in marks.items()}
            if proc.poll() is not None:
                raise RuntimeError(f"{command[0]} ended (exit {proc.returncode}) before showing a window")
            if time.time() - start > TIMEOUT_S:
                raise RuntimeError(f"{command[0]} showed no window within {TIMEOUT_S:.0f} s")
            time.sleep(0.002)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def dist_program() -> Path | None:
    folder = Path(os.environ.get("JOURNEYMAP_DIST", ROOT / "dist" / "journeymap"))
    for name in ("journeymap", "journeymap.exe"):
        if (folder / name).is_file():
            return folder / name
    return None


def programs() -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """name → (command, probe marks to wait for)."""
    app = ("shown", "ready", "findings")
    script = Path(sys.executable).with_name("journeymap.exe" if sys.platform == "win32" else "journeymap")
    source = [str(script)] if script.is_file() else [sys.executable, "-m", "journeymap"]  # as `make run` starts it
    found = {"bare": ([sys.executable, str(BARE)], ("shown",)), "source": (source, app),
             "sample": ([*source, SAMPLE.name], app)}  # a copy in the launch folder (`compare`): no lock file here
    dist = dist_program()
    if dist is not None:
        found["dist"] = ([str(dist)], app)
    return found


def compare(commands: dict[str, tuple[list[str], tuple[str, ...]]], runs: int = RUNS) -> dict[str, dict[str, list]]:
    """Launch every program `runs` times, alternating (after one warm-up each): name → mark → times in ms."""
    times: dict[str, dict[str, list[float]]] = {name: {} for name in commands}
    with tempfile.TemporaryDirectory(prefix="jm-startup-") as tmp:
        home = Path(tmp)
        shutil.copyfile(SAMPLE, home / SAMPLE.name)  # launched there (cwd) by the "sample" case
        for command, marks in commands.values():
            launch(command, home, marks)  # warm the file cache, write the compiled modules
        for _ in range(runs):
            for name, (command, marks) in commands.items():
                for key, value in launch(command, home, marks).items():
                    times[name].setdefault(key, []).append(value)
    return times


def _spread(values: list[float]) -> str:
    return f"runs {min(values):.0f}–{max(values):.0f} ms"


def run() -> list[Result]:
    commands = programs()
    times = compare(commands)
    bare = statistics.median(times["bare"]["shown"])
    base = f"bare PySide6 QMainWindow, median of {RUNS}"
    results = []
    for name, label in (("source", "source checkout"), ("sample", "source checkout, the sample opened"),
                        ("dist", "one-folder app")):
        if name not in times:
            continue
        shown, ready = times[name]["shown"], times[name]["ready"]
        if name != "sample":  # (the same first window as the empty start)
            results.append(Result(BENCH, f"startup: first painted window ({label})", statistics.median(shown), bare,
                                  base, _spread(shown), target_ratio=TARGET_RATIO))
        results.append(Result(BENCH, f"startup: editor ready, canvas painted ({label})", statistics.median(ready),
                              bare, base, _spread(ready), target_ratio=READY_RATIO))
        found = times[name]["findings"]  # after "ready": shown so that nothing done later is hidden
        results.append(Result(BENCH, f"startup: findings shown, after ready ({label})", statistics.median(found),
                              bare, base, _spread(found)))
    return results


def main(argv: list[str]) -> int:
    """`python -m benchmarks.bench_startup [RUNS]`: every launch's times."""
    times = compare(programs(), int(argv[0]) if argv else RUNS)
    for name, marks in times.items():
        for key, values in marks.items():
            print(f"{name:>7} {key:>6}: median {statistics.median(values):6.0f} ms   "
                  + " ".join(f"{v:.0f}" for v in values))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
