"""The `.journey` file at size: load and save of the 2,000-touchpoint / 4,000-link journey (`make_big`), and the
analysis of it (findings, phase figures, paths: what the findings dock runs after every edit).

Baselines, same run: `json.loads` of the same bytes (no validation, no model) for load; `json.dumps` plus a plain
write for save. Targets (issue 7): load ≤ 250 ms, save ≤ 250 ms, analysis ≤ 100 ms.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from benchmarks import Result, timed
from benchmarks.make_big import make_big

BENCH = "file"


def run() -> list[Result]:
    from journeymap.analysis import analyse
    from journeymap.fileformat import load, save

    data = make_big()
    size = f"{len(data.touchpoints)} tp / {len(data.links)} links"
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.journey"
        plain = Path(tmp) / "plain.json"
        saving = timed(lambda: save(data, path), repeat=5)
        payload = data.model_dump(mode="json")
        saving_plain = timed(lambda: plain.write_text(json.dumps(payload), "utf-8"), repeat=5)
        kib = path.stat().st_size / 1024
        results.append(Result(BENCH, f"save {size} ({kib:.0f} KiB, atomic, with .bak)", saving, saving_plain,
                              "json.dumps + write", target=250))
        raw = path.read_bytes()
        loading = timed(lambda: load(path), repeat=5)
        loading_plain = timed(lambda: json.loads(raw), repeat=5)
        results.append(Result(BENCH, f"load {size} (read, migrate, validate)", loading, loading_plain,
                              "json.loads of the bytes", target=250))
    results.append(Result(BENCH, f"analysis of {size} (findings, phases, paths)", timed(lambda: analyse(data), 5),
                          note="journeymap.analysis.analyse", target=100))
    return results
