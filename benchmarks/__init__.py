"""Benchmarks, run by hand (`make bench` = `python -m benchmarks`), never as timed tests.

Every module `bench_*.py` here has `run() -> list[Result]` (or a `main(argv)` that prints its own figures);
`python -m benchmarks` runs them all, prints one table and writes the figures as JSON to `benchmarks/results/`
(not kept in git).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Result:
    """One measured figure, optionally next to a baseline measured in the same run."""

    bench: str
    case: str
    ms: float
    baseline_ms: float | None = None
    baseline: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ms / self.baseline_ms if self.baseline_ms else None

    def to_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio}


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """The median wall time of `fn()` over `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
