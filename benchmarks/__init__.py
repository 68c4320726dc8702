"""Benchmarks, run by hand (`make bench` = `python -m benchmarks`), never as timed tests.

Every module `bench_*.py` here has `run() -> list[Result]`; `python -m benchmarks [NAME ...]` runs them (all, or
the named ones), prints one table (measure, floor, ours, ratio, target, met?) and writes the figures as JSON to
`benchmarks/results/` (not kept in git). What each case measures, the targets and the figures so far:
`docs/performance.md`.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Result:
    """One measured figure, optionally next to a baseline measured in the same run, and its target: an upper
    limit (`target`, in `unit`) or a multiple of the baseline (`target_ratio`)."""

    bench: str
    case: str
    ms: float  # the measured value, in `unit` (ms unless said otherwise)
    baseline_ms: float | None = None
    baseline: str = ""
    note: str = ""
    unit: str = "ms"
    target: float | None = None
    target_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.ms / self.baseline_ms if self.baseline_ms else None

    @property
    def met(self) -> bool | None:
        """Whether the target is met (None: no target)."""
        if self.target is not None:
            return self.ms <= self.target
        if self.target_ratio is not None and self.ratio is not None:
            return self.ratio <= self.target_ratio
        return None

    def to_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio, "met": self.met}


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """The median wall time of `fn()` over `repeat` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
