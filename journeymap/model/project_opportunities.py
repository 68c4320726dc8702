"""The part of the `Project` aggregate that owns opportunities and the service blueprint rows of touchpoints.

Kept in its own module (a mixin of `Project`) so the aggregate stays readable; the rules are the aggregate's: each
method validates, changes, emits a small signal and then `changed`. An opportunity only ever names touchpoints
that exist: removing a touchpoint takes it out of every opportunity (`Project.remove_touchpoints`), and restoring
the touchpoint puts the opportunities back as they were.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError

from journeymap.model.editing import ModelError, insert, revalidate
from journeymap.model.limits import MAX_OPPORTUNITIES
from journeymap.model.signals import GroupedSignal, Signal
from journeymap.model.values import BLUEPRINT_ROWS, BlueprintRow, BlueprintRowName, Opportunity, Touchpoint

Taken = tuple[tuple[int, Opportunity], ...]  # (index in project order, value) of removed opportunities


class OpportunityEdits:
    """Opportunities and blueprint rows of a `Project` (which provides the state and signals declared here)."""

    _touchpoints: dict[str, Touchpoint]
    _opportunities: dict[str, Opportunity]
    touchpoint_changed: Signal
    opportunity_added: Signal  # (Opportunity)
    opportunity_removed: Signal  # (Opportunity)
    opportunity_changed: Signal  # (new Opportunity, old Opportunity)
    changed: GroupedSignal

    # ---------------------------------------------------------------- queries
    @property
    def opportunities(self) -> tuple[Opportunity, ...]:
        return tuple(self._opportunities.values())

    def opportunity(self, oid: str) -> Opportunity:
        try:
            return self._opportunities[oid]
        except KeyError:
            raise ModelError(f"there is no opportunity {oid!r}") from None

    def has_opportunity(self, oid: str) -> bool:
        return oid in self._opportunities

    def opportunities_of(self, tid: str) -> tuple[Opportunity, ...]:
        """The opportunities that belong to a touchpoint, in the journey's order."""
        return tuple(o for o in self._opportunities.values() if tid in o.touchpoint_ids)

    def owners(self) -> list[str]:
        """Every owner named in the journey (touchpoints, blueprint rows, opportunities), sorted, once each."""
        names = {o.owner for o in self._opportunities.values()}
        for tp in self._touchpoints.values():
            names.add(tp.owner)
            names.update(tp.blueprint.row(row).owner for row in BLUEPRINT_ROWS)
        return sorted({" ".join(n.split()) for n in names} - {""}, key=str.casefold)

    # ---------------------------------------------------------------- opportunities
    def add_opportunity(self, opportunity: Opportunity, index: int | None = None) -> Opportunity:
        """Add an opportunity (at `index` in project order, default: last)."""
        if opportunity.id in self._opportunities:
            raise ModelError(f"the opportunity id {opportunity.id!r} is already used")
        if len(self._opportunities) >= MAX_OPPORTUNITIES:
            raise ModelError(f"a journey can hold at most {MAX_OPPORTUNITIES:,} opportunities")
        opportunity = self._checked(opportunity)
        self._opportunities = insert(self._opportunities, opportunity.id, opportunity, index)
        self.opportunity_added.emit(opportunity)
        self.changed.emit()
        return opportunity

    def update_opportunity(self, oid: str, **changes: object) -> Opportunity:
        """Change fields of an opportunity (text, touchpoints, owner, status, impact, effort); returns the old
        value."""
        old = self.opportunity(oid)
        if "id" in changes and changes["id"] != oid:
            raise ModelError("an opportunity's id cannot change")
        return self.replace_opportunity(revalidate(old, changes))

    def replace_opportunity(self, opportunity: Opportunity) -> Opportunity:
        """Swap in a whole new value for an existing opportunity; returns the old value."""
        old = self.opportunity(opportunity.id)
        opportunity = self._checked(opportunity)
        if opportunity != old:
            self._opportunities[opportunity.id] = opportunity
            self.opportunity_changed.emit(opportunity, old)
            self.changed.emit()
        return old

    def remove_opportunities(self, ids: Iterable[str]) -> Taken:
        """Remove opportunities; returns (index, value) of each for `restore_opportunities`."""
        ids = list(dict.fromkeys(ids))
        for oid in ids:
            self.opportunity(oid)
        order = {oid: i for i, oid in enumerate(self._opportunities)}
        taken = tuple(sorted(((order[oid], self._opportunities[oid]) for oid in ids), key=lambda pair: pair[0]))
        for oid in ids:
            self.opportunity_removed.emit(self._opportunities.pop(oid))
        if ids:
            self.changed.emit()
        return taken

    def restore_opportunities(self, taken: Taken) -> None:
        """Put back what `remove_opportunities` took out, at the same places."""
        for index, opportunity in taken:
            self.add_opportunity(opportunity, index)

    def _checked(self, opportunity: Opportunity) -> Opportunity:
        """The opportunity with its touchpoints named once each; a ModelError for a blank text or a touchpoint that
        does not exist."""
        if not opportunity.text.strip():
            raise ModelError("an opportunity needs a text")
        for tid in opportunity.touchpoint_ids:
            if tid not in self._touchpoints:
                raise ModelError(f"there is no touchpoint {tid!r}")
        unique = tuple(dict.fromkeys(opportunity.touchpoint_ids))
        if unique != opportunity.touchpoint_ids:
            opportunity = opportunity.model_copy(update={"touchpoint_ids": unique})
        return opportunity

    def _strip_opportunities(self, gone: set[str]) -> tuple[Opportunity, ...]:
        """Take removed touchpoints out of every opportunity; returns the opportunities' values from before."""
        before = []
        for opp in self._opportunities.values():
            if gone.isdisjoint(opp.touchpoint_ids):
                continue
            before.append(opp)
            stripped = opp.model_copy(update={"touchpoint_ids": tuple(t for t in opp.touchpoint_ids if t not in gone)})
            self._opportunities[opp.id] = stripped
            self.opportunity_changed.emit(stripped, opp)
        return tuple(before)

    # ---------------------------------------------------------------- blueprint
    def set_blueprint_row(self, tid: str, row: BlueprintRowName, texts: Iterable[str],
                          owner: str = "") -> BlueprintRow:
        """Replace one blueprint row of a touchpoint: its texts (trimmed, blank ones dropped) and owner; returns the
        old row."""
        try:
            old_tp = self._touchpoints[tid]
        except KeyError:
            raise ModelError(f"there is no touchpoint {tid!r}") from None
        if row not in BLUEPRINT_ROWS:
            raise ModelError(f"there is no blueprint row {row!r} (use {', '.join(BLUEPRINT_ROWS)})")
        try:
            new_row = BlueprintRow(texts=tuple(t.strip() for t in texts if t.strip()), owner=owner.strip())
        except ValidationError as exc:
            error = exc.errors()[0]
            raise ModelError(f"{row}.{'.'.join(str(p) for p in error['loc'])}: {error['msg']}") from None
        old_row = old_tp.blueprint.row(row)
        if new_row != old_row:
            new_tp = old_tp.model_copy(update={"blueprint": old_tp.blueprint.model_copy(update={row: new_row})})
            self._touchpoints[tid] = new_tp
            self.touchpoint_changed.emit(new_tp, old_tp)
            self.changed.emit()
        return old_row
