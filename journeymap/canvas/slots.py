"""Where cards sit in each lane, kept up to date from model signals, and where moved or new cards may go.

Qt-free bookkeeping so a single move never scans the whole journey: lane → {touchpoint id: position}, and a
count of cards per row so the lanes' height (`layout.rows_needed`) is known without looking at every card.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from journeymap.layout import SLOT, free_slot
from journeymap.layout import theme as t

CARD_CENTRE = t.CARD_HEIGHT / 2 / SLOT  # a card's middle, in slots below its top


class SlotIndex:
    """Positions of the cards per lane and the rows the lanes need."""

    def __init__(self) -> None:
        self._lanes: dict[str, dict[str, float]] = {}
        self._rows: Counter[int] = Counter()

    def place(self, tid: str, phase: str, position: float) -> None:
        self._lanes.setdefault(phase, {})[tid] = position
        self._rows[math.ceil(position + 1.0)] += 1

    def remove(self, tid: str, phase: str) -> None:
        position = self._lanes[phase].pop(tid)
        row = math.ceil(position + 1.0)
        self._rows[row] -= 1
        if not self._rows[row]:
            del self._rows[row]

    def move(self, tid: str, old: tuple[str, float], new: tuple[str, float]) -> None:
        self.remove(tid, old[0])
        self.place(tid, *new)

    def count(self, phase: str) -> int:
        return len(self._lanes.get(phase, ()))

    def positions(self, phase: str, excluding: Iterable[str] = ()) -> list[float]:
        """Positions taken in a lane, leaving out the cards in `excluding`."""
        lane = self._lanes.get(phase, {})
        skip = set(excluding)
        return [p for tid, p in lane.items() if tid not in skip]

    def rows(self) -> int:
        """How many card slots tall the lanes must be (same rule as `layout.rows_needed`)."""
        return max(t.MIN_ROWS, max(self._rows, default=0)) + 1

    def next_free(self, phase: str) -> float:
        """The first whole slot below every card in a lane (as `Project.next_free_position`)."""
        lane = self._lanes.get(phase)
        return float(int(max(lane.values())) + 1) if lane else 0.0

    def slot_for(self, phase: str, wanted: float, excluding: Iterable[str] = ()) -> float:
        """The free whole slot nearest to `wanted` in a lane."""
        return free_slot(self.positions(phase, excluding), wanted)

    def insertion(self, phase: str, at: float) -> tuple[float, dict[str, float]]:
        """Where a new card dropped at `at` goes in a lane, and which cards make room for it.

        `at` is the pointer's height in slots below the top of the first slot (fractional, any value). The card
        goes between the last card whose middle is above the pointer and the next one: into the lane's first
        slot when the lane is empty or the pointer is above every card, right below the last card when it is
        below all of them, into the gap at the pointer when the two are apart, and else into the next card's
        slot, whose card moves down a slot with every card right below it (no more than needed):
        returns (slot, {touchpoint id: new position}).
        """
        order = sorted(self._lanes.get(phase, {}).items(), key=lambda item: (item[1], item[0]))
        index = sum(1 for _, position in order if position + CARD_CENTRE < at)
        above = round(order[index - 1][1]) if index else -1
        if index == len(order):
            return float(above + 1), {}
        below = round(order[index][1])
        if below - above > 1:
            return float(min(max(round(at - CARD_CENTRE), above + 1), below - 1)), {}
        slot = max(0, above + 1)
        shifts: dict[str, float] = {}
        taken = slot  # the lowest slot taken so far: a card on it or above it moves below it
        for tid, position in order[index:]:
            if round(position) > taken:
                break
            taken += 1
            shifts[tid] = float(taken)
        return float(slot), shifts

    def plan(self, requests: Sequence[tuple[str, str, float]]) -> dict[str, tuple[str, float]]:
        """Free slots for cards that move together: [(tid, phase, wanted position)] → {tid: (phase, slot)}.

        The moving cards free their own slots; they are placed top to bottom, each at the free slot nearest to
        where it was wanted, so their order is kept and they never land on each other.
        """
        moving = {tid for tid, _, _ in requests}
        occupied: dict[str, set[int]] = {}
        result: dict[str, tuple[str, float]] = {}
        for tid, phase, wanted in sorted(requests, key=lambda r: (r[2], r[0])):
            taken = occupied.get(phase)
            if taken is None:
                taken = occupied[phase] = {round(p) for p in self.positions(phase, moving)}
            slot = free_slot(taken, wanted)
            taken.add(round(slot))
            result[tid] = (phase, slot)
        return result

    def nudge(self, cards: Sequence[tuple[str, str, float]], phases: Sequence[str], d_lane: int,
              d_slot: int) -> dict[str, tuple[str, float]]:
        """Where arrow keys send cards [(tid, phase, position)]: one lane left/right, or one free slot up/down.

        Up and down skip slots other cards occupy; cards at the first/last lane or the top stay where they are
        (they are left out of the result).
        """
        moving = {tid for tid, phase, _ in cards if 0 <= phases.index(phase) + d_lane < len(phases)}
        occupied: dict[str, set[int]] = {}
        result: dict[str, tuple[str, float]] = {}
        order = sorted(cards, key=lambda c: c[2], reverse=d_slot > 0)
        for tid, phase, position in order:
            index = phases.index(phase) + d_lane
            if not 0 <= index < len(phases):
                continue
            target = phases[index]
            taken = occupied.get(target)
            if taken is None:
                taken = occupied[target] = {round(p) for p in self.positions(target, moving)}
            slot: float | None
            if d_slot < 0:
                slot = next((s for s in range(math.ceil(position) - 1, -1, -1) if s not in taken), None)
            elif d_slot > 0:
                slot = next(s for s in range(math.floor(position) + 1, math.floor(position) + len(taken) + 2)
                            if s not in taken)
            else:
                slot = free_slot(taken, position)
            if slot is None:
                taken.add(round(position))
                continue
            taken.add(round(slot))
            result[tid] = (target, float(slot))
        return result
