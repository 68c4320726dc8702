"""Comparing and merging at size: two versions of the 2,000-touchpoint / 4,000-link journey (`make_big`), each
side with 200 cards edited, 50 removed and 100 added (ids of their own), merged three-way and compared; the
content hash that every save now computes; the change report PDF of the two versions.

Baselines, same run: reading one version as `journeymap merge` must (load: parse, check, validate) for merge and
diff; the save itself for the content hash. Targets: merge ≤ 3× the load of one version, diff ≤ 1× it, the hash
≤ 0.5× the save; the change report ≤ 1× the management report (`journeymap export … .pdf`) of the to-be version.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks import Result, timed
from benchmarks.make_big import make_big

BENCH = "compare"


def _side(data, seed: int, prefix: str):  # type: ignore[no-untyped-def]
    from journeymap.model import Project, Touchpoint

    rng = random.Random(seed)
    project = Project(data)
    ids = [tp.id for tp in data.touchpoints]
    for tid in rng.sample(ids, 200):
        tp = project.touchpoint(tid)
        project.update_touchpoint(tid, label=tp.label + " (neu)", emotion=rng.choice([-2, -1, 0, 1, 2]),
                                  pain_points=(*tp.pain_points, f"Punkt {prefix}"))
    project.remove_touchpoints([t for t in rng.sample(ids, 50) if project.has_touchpoint(t)])
    for i in range(100):
        phase = rng.choice(project.phase_model.ids())
        project.add_touchpoint(Touchpoint(id=f"{prefix}-{i}", label=f"Neu {i}", phase=phase,
                                          position=project.next_free_position(phase)))
    return project.to_data()


def run() -> list[Result]:
    from journeymap.export import render_pdf
    from journeymap.export.change_report import render_change_report
    from journeymap.fileformat import load, save
    from journeymap.model.diff import diff_journeys
    from journeymap.model.lineage import hash_of_dump
    from journeymap.model.merge import merge_journeys

    base = make_big()
    ours, theirs = _side(base, 1, "o"), _side(base, 2, "t")
    size = f"{len(base.touchpoints)} tp / {len(base.links)} links"
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ours.journey"
        save(ours, path, backup=False)
        loading = timed(lambda: load(path), repeat=3)
        saving = timed(lambda: save(ours, path, backup=False), repeat=3)
    merged = merge_journeys(base, ours, theirs)
    results.append(Result(BENCH, f"merge {size}, 350 changes a side ({len(merged.conflicts)} conflicts)",
                          timed(lambda: merge_journeys(base, ours, theirs), repeat=3), loading,
                          "load of one version", target_ratio=3.0))
    results.append(Result(BENCH, f"diff {size}, 350 changes", timed(lambda: diff_journeys(base, ours), repeat=3),
                          loading, "load of one version", target_ratio=1.0))
    dumped = ours.model_dump(mode="json")  # a save hashes the dump it writes (document.Document.save)
    results.append(Result(BENCH, f"content hash of {size} (added to every save)",
                          timed(lambda: hash_of_dump(dumped), 5), saving, "the save itself", target_ratio=0.5))
    report = timed(lambda: render_change_report(base, ours, "de"), repeat=1)
    management = timed(lambda: render_pdf(ours, "a4", "de"), repeat=1)
    results.append(Result(BENCH, f"change report PDF {size}, 350 changes", report, management,
                          "the report of the to-be version", note="A4", target_ratio=1.0))
    return results
