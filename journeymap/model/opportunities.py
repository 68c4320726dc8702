"""Where an opportunity stands in the impact/effort matrix, and the order in which the reports list them.

Impact and effort go from 1 (low) to 3 (high). The matrix splits both at "low or not": impact 2 or 3 counts as
high, and so does effort 2 or 3, so a *quick win* is worth doing and takes little effort (1), a *big bet* is worth
doing and takes more, a *fill-in* is small either way, and a *thankless task* costs more than it brings. An
opportunity without both ratings has no quadrant yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from journeymap.model.values import STATUSES, Opportunity

Quadrant = Literal["quick_win", "big_bet", "fill_in", "thankless"]
QUADRANTS: tuple[Quadrant, ...] = ("quick_win", "big_bet", "fill_in", "thankless")
HIGH = 2  # a rating of at least this counts as high


def quadrant(impact: int | None, effort: int | None) -> Quadrant | None:
    """The quadrant of a rating, or None when impact or effort is not rated yet."""
    if impact is None or effort is None:
        return None
    if impact >= HIGH:
        return "big_bet" if effort >= HIGH else "quick_win"
    return "thankless" if effort >= HIGH else "fill_in"


def quadrant_of(opportunity: Opportunity) -> Quadrant | None:
    return quadrant(opportunity.impact, opportunity.effort)


def quick_wins(opportunities: Iterable[Opportunity], include_done: bool = False) -> list[Opportunity]:
    """The quick wins, highest impact first, then by status (ideas last); done ones only with `include_done`."""
    wins = [o for o in opportunities if quadrant_of(o) == "quick_win" and (include_done or o.status != "done")]
    order = {status: i for i, status in enumerate(("in_progress", "planned", "idea", "done"))}
    return sorted(wins, key=lambda o: (-(o.impact or 0), order[o.status]))


def by_owner_and_status(opportunities: Iterable[Opportunity]) -> list[tuple[str, list[Opportunity]]]:
    """(owner, their opportunities by status in workflow order) per owner, alphabetically; no owner ("") last."""
    groups: dict[str, list[Opportunity]] = {}
    for opp in opportunities:
        groups.setdefault(" ".join(opp.owner.split()), []).append(opp)
    rank = {status: i for i, status in enumerate(STATUSES)}
    ordered = sorted(groups, key=lambda owner: (owner == "", owner.casefold()))
    return [(owner, sorted(groups[owner], key=lambda o: rank[o.status])) for owner in ordered]
