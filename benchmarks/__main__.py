"""Run the benchmark suite (or the benches named: `python -m benchmarks canvas startup`), print one table — measure,
floor, ours, ratio, target, met? — and write the figures as JSON to `benchmarks/results/` (not kept in git).

Each `bench_*.py` module here has `run() -> list[Result]`. The suite runs them in the order below (quick and
quiet first, then the ones that start processes); `make bench` runs it under `QT_QPA_PLATFORM=offscreen`.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchmarks
from benchmarks import Result

RESULTS = Path(__file__).resolve().parent / "results"
ORDER = ["file", "canvas", "edit", "pdf", "memory", "startup"]


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit != "ms":
        return f"{value:.0f} {unit}"
    return f"{value / 1000:.2f} s" if value >= 10_000 else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def _target(r: Result) -> str:
    if r.target is not None:
        return f"≤ {_value(r.target, r.unit)}"
    if r.target_ratio is not None:
        return f"≤ {r.target_ratio:g}× floor"
    return "–"


def table(results: list[Result]) -> str:
    rows = [("bench", "measure", "floor", "ours", "ratio", "target", "met?", "floor is", "note")]
    for r in results:
        met = {True: "yes", False: "NO", None: "–"}[r.met]
        rows.append((r.bench, r.case, _value(r.baseline_ms, r.unit), _value(r.ms, r.unit),
                     f"{r.ratio:.2f}×" if r.ratio else "–", _target(r), met, r.baseline, r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    right = {2, 3, 4}
    lines = ["  ".join(cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in
                       enumerate(zip(row, widths, strict=False))).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _names(wanted: set[str]) -> list[str]:
    found = [m.name.removeprefix("bench_") for m in pkgutil.iter_modules(benchmarks.__path__)
             if m.name.startswith("bench_")]
    ordered = [n for n in ORDER if n in found] + sorted(n for n in found if n not in ORDER)
    unknown = wanted - set(ordered) - {f"bench_{n}" for n in ordered}
    if unknown:
        raise SystemExit(f"error: no such bench: {', '.join(sorted(unknown))} (there are: {', '.join(ordered)})")
    return [n for n in ordered if not wanted or n in wanted or f"bench_{n}" in wanted]


def main(argv: list[str]) -> int:
    results: list[Result] = []
    started = time.perf_counter()
    for name in _names(set(argv)):
        print(f"running {name} …", file=sys.stderr, flush=True)
        results += importlib.import_module(f"benchmarks.bench_{name}").run()
    print(table(results))
    missed = [r for r in results if r.met is False]
    print(f"\n{sum(r.met is True for r in results)} targets met, {len(missed)} missed"
          + (": " + "; ".join(r.case for r in missed) if missed else "")
          + f" ({time.perf_counter() - started:.0f} s)")
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = None
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(json.dumps({
        "when": stamp, "python": platform.python_version(), "pyside6": pyside, "machine": platform.platform(),
        "cpus": os.cpu_count(), "load_average": load, "results": [r.to_json() for r in results],
    }, indent=2), encoding="utf-8")
    print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
