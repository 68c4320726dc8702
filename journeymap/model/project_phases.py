"""The part of the `Project` aggregate that changes the lanes: another phase model, or lanes renamed, added, removed
and reordered in one edit (a mixin of `Project`, kept apart so the aggregate stays readable)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journeymap.model.editing import ModelError
from journeymap.model.signals import GroupedSignal, Signal
from journeymap.model.values import PhaseModel, Touchpoint


@dataclass(frozen=True)
class PhaseChange:
    """What `edit_phases` did: the phase models before and after, and the cards it moved out of removed phases
    (touchpoint id → (phase, position)) with their places before."""

    before: PhaseModel
    after: PhaseModel
    moves: Mapping[str, tuple[str, float]]
    places: Mapping[str, tuple[str, float]]


class PhaseEdits:
    """Phase edits of a `Project` (which provides the state, signals and helpers declared here)."""

    _phase_model: PhaseModel
    _touchpoints: dict[str, Touchpoint]
    phases_changed: Signal
    changed: GroupedSignal

    if TYPE_CHECKING:
        def next_free_position(self, phase_id: str) -> float: ...
        def touchpoints_in(self, phase_id: str) -> list[Touchpoint]: ...
        def move_touchpoints(self, moves: Mapping[str, tuple[str, float]]) -> dict[str, tuple[str, float]]: ...

    def set_phase_model(self, model: PhaseModel) -> PhaseModel:
        """Switch to other phases; every touchpoint's phase must exist in the new model."""
        ids = set(model.ids())
        stranded = sorted({t.phase for t in self._touchpoints.values()} - ids)
        if stranded:
            raise ModelError("touchpoints are still in phases the new model lacks: " + ", ".join(stranded))
        if len(ids) != len(model.phases):
            raise ModelError("phase ids must be unique")
        old, self._phase_model = self._phase_model, model
        self.phases_changed.emit(model)
        self.changed.emit()
        return old

    def edit_phases(self, model: PhaseModel, reassign: Mapping[str, str] | None = None) -> PhaseChange:
        """Replace the lanes (renamed, added, removed, reordered) in one change. The cards of a phase the new
        model lacks go to the phase `reassign[old phase]`, below the cards already there, in their order.

        Returns what changed, for `revert_phases`."""
        reassign = dict(reassign or {})
        new_ids = model.ids()
        if len(set(new_ids)) != len(new_ids):
            raise ModelError("phase ids must be unique")
        old_ids = self._phase_model.ids()
        for source, target in reassign.items():
            if source not in old_ids:
                raise ModelError(f"there is no phase {source!r} in this journey")
            if source in new_ids:
                raise ModelError(f"the phase {source!r} stays, so its touchpoints need no new phase")
            if target not in new_ids:
                raise ModelError(f"there is no phase {target!r} in the new phases")
        stranded = sorted({t.phase for t in self._touchpoints.values()} - set(new_ids) - reassign.keys())
        if stranded:
            raise ModelError("touchpoints are still in phases that are removed: " + ", ".join(stranded))
        moves: dict[str, tuple[str, float]] = {}
        next_free = {pid: self.next_free_position(pid) for pid in set(reassign.values())}
        for source in old_ids:
            goal = reassign.get(source)
            if goal is None:
                continue
            for tp in self.touchpoints_in(source):
                moves[tp.id] = (goal, next_free[goal])
                next_free[goal] += 1.0
        before = self._phase_model
        places = self._swap_phases(before, model, moves)
        return PhaseChange(before, model, moves, places)

    def revert_phases(self, change: PhaseChange) -> None:
        """Undo `edit_phases`: the old lanes, and the moved cards back in their old places."""
        self._swap_phases(change.after, change.before, change.places)

    def _swap_phases(self, old: PhaseModel, new: PhaseModel,
                     moves: Mapping[str, tuple[str, float]]) -> dict[str, tuple[str, float]]:
        """Switch from `old` to `new` while moving cards between lanes of both: the cards move while the lanes of
        both models exist (a passing model with all of them), so observers never see a card outside every lane."""
        places: dict[str, tuple[str, float]] = {}
        if moves:
            kept = set(new.ids())
            passing = PhaseModel.model_construct(
                id=new.id, phases=(*new.phases, *(p for p in old.phases if p.id not in kept)))
            self._phase_model = passing
            self.phases_changed.emit(passing)
            places = self.move_touchpoints(moves)
        self._phase_model = new
        self.phases_changed.emit(new)
        self.changed.emit()
        return places
