"""Run every benchmark (or those named: `python -m benchmarks canvas`), print a table, write JSON to
`benchmarks/results/`. Modules with `run() -> list[Result]` join the table; a module with only `main(argv)`
is run as it is and prints its own figures."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchmarks  # noqa: E402
from benchmarks import Result  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def _table(results: list[Result]) -> str:
    rows = [("bench", "case", "ours ms", "baseline ms", "×", "baseline", "note")]
    for r in results:
        rows.append((r.bench, r.case, f"{r.ms:.2f}", f"{r.baseline_ms:.2f}" if r.baseline_ms else "–",
                     f"{r.ratio:.1f}" if r.ratio else "–", r.baseline, r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) if i in (0, 1, 5, 6) else cell.rjust(w) for i, (cell, w) in
                       enumerate(zip(row, widths))).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    wanted = set(argv)
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    results: list[Result] = []
    for name in names:
        if wanted and name not in wanted and name.removeprefix("bench_") not in wanted:
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        if hasattr(module, "run"):
            results += module.run()
        elif hasattr(module, "main"):  # a bench that prints its own figures
            module.main([])
    print(_table(results))
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = None
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(json.dumps({
        "when": stamp, "python": platform.python_version(), "pyside6": pyside, "machine": platform.platform(),
        "cpus": os.cpu_count(), "results": [r.to_json() for r in results],
    }, indent=2), encoding="utf-8")
    print(f"\nwritten: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
