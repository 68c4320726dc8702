"""The `.journey` file at size: load and save of the 2,000-touchpoint / 4,000-link journey (`make_big`) and of the
10,000 / 20,000 one, the analysis of both (findings, phase figures, paths: what the findings dock runs after every
edit), and `journeymap check` of both as whole processes.

Baselines, same run: `json.loads` of the same bytes (no validation, no model) for load; `json.dumps` plus a plain
write for save; for `check`, a fresh Python process that does `json.load` of the same file (alternating with the
check, median of several). Targets: load and save of 2,000 ≤ 250 ms, analysis of 2,000 ≤ 100 ms (issue 7);
`check` of 10,000 ≤ 6× its floor (issue 13).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Result, timed
from benchmarks.make_big import make_big

BENCH = "file"
SIZES = ((2_000, 4_000), (10_000, 20_000))
CHECK_RUNS = 5
CHECK_RATIO = 6.0
FLOOR = "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"


def _process_ms(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def check_processes(path: Path, runs: int = CHECK_RUNS) -> tuple[list[float], list[float]]:
    """`journeymap check PATH` and the `json.load` floor as fresh processes, alternating after one warm-up each:
    (check times, floor times) in ms."""
    script = Path(sys.executable).with_name("journeymap.exe" if sys.platform == "win32" else "journeymap")
    check = [str(script)] if script.is_file() else [sys.executable, "-m", "journeymap"]  # as a user runs it
    commands = ([*check, "check", str(path)], [sys.executable, "-c", FLOOR, str(path)])
    for command in commands:
        _process_ms(command)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for command, found in zip(commands, times, strict=True):
            found.append(_process_ms(command))
    return times


def _size(folder: Path, touchpoints: int, links: int) -> list[Result]:
    from journeymap.analysis import analyse
    from journeymap.fileformat import load, save

    data = make_big(touchpoints, links)
    size = f"{len(data.touchpoints)} tp / {len(data.links)} links"
    small = touchpoints <= 2_000  # the issue-7 targets are for the 2,000-touchpoint journey
    path = folder / f"big-{touchpoints}.journey"
    plain = folder / "plain.json"
    results = []
    saving = timed(lambda: save(data, path), repeat=5)
    payload = data.model_dump(mode="json")
    saving_plain = timed(lambda: plain.write_text(json.dumps(payload), "utf-8"), repeat=5)
    kib = path.stat().st_size / 1024
    results.append(Result(BENCH, f"save {size} ({kib:.0f} KiB, atomic, with .bak)", saving, saving_plain,
                          "json.dumps + write", target=250 if small else None))
    raw = path.read_bytes()
    loading = timed(lambda: load(path), repeat=5)
    loading_plain = timed(lambda: json.loads(raw), repeat=5)
    results.append(Result(BENCH, f"load {size} (read, migrate, validate)", loading, loading_plain,
                          "json.loads of the bytes", target=250 if small else None))
    results.append(Result(BENCH, f"analysis of {size} (findings, phases, paths)", timed(lambda: analyse(data), 5),
                          note="journeymap.analysis.analyse", target=100 if small else None))
    checks, floors = check_processes(path)
    results.append(Result(BENCH, f"`journeymap check` of {size}, whole process", statistics.median(checks),
                          statistics.median(floors), "python -c json.load(FILE), whole process",
                          f"median of {CHECK_RUNS}, alternating; runs {min(checks):.0f}–{max(checks):.0f} ms",
                          target_ratio=None if small else CHECK_RATIO))
    return results


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        return [result for touchpoints, links in SIZES for result in _size(Path(tmp), touchpoints, links)]
