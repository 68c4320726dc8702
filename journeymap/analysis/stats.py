"""Per-phase figures: how many touchpoints, how digital, how the customer feels."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from journeymap.model.data import ProjectData


@dataclass(frozen=True)
class PhaseStats:
    phase: str
    touchpoints: int
    digital: int
    analogue: int
    digital_share: float | None  # 0..1; None for an empty phase
    mean_emotion: float | None  # over assessed touchpoints; None if none is assessed

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def phase_stats(data: ProjectData) -> list[PhaseStats]:
    """Counts, digital/analogue share and mean emotion for every phase, in journey order."""
    result = []
    for phase in data.phase_model.phases:
        tps = [t for t in data.touchpoints if t.phase == phase.id]
        digital = sum(1 for t in tps if t.kind == "digital")
        emotions = [t.emotion for t in tps if t.emotion is not None]
        result.append(
            PhaseStats(
                phase=phase.id,
                touchpoints=len(tps),
                digital=digital,
                analogue=len(tps) - digital,
                digital_share=round(digital / len(tps), 4) if tps else None,
                mean_emotion=round(sum(emotions) / len(emotions), 4) if emotions else None,
            )
        )
    return result
