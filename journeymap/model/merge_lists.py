"""Three-way merges of lists and mappings, element by element (the building blocks of `model.merge`).

Lists are aligned with diff3 (`merge3`, the merge of the Breezy version control system): stretches that only one
side changed take that side. Where both sides changed the same stretch, the elements decide: what one side removed
goes, what either side added comes (ours first), and it is a conflict only when both removed the same element and
one of them put something else there (an edit against an edit or a removal): then ours is kept for the stretch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from merge3 import Merge3

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def merge_sequence(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]) -> tuple[list[str], bool]:
    """The merged list, and whether some stretch conflicted (ours kept there)."""
    if ours == theirs or theirs == base:
        return list(ours), False
    if ours == base:
        return list(theirs), False
    z, a, b = list(base), list(ours), list(theirs)
    merged: list[str] = []
    conflicted = False
    for region in Merge3(z, a, b).merge_regions():
        if region[0] == "unchanged":
            merged.extend(z[region[1]:region[2]])
        elif region[0] in ("same", "a"):
            merged.extend(a[region[1]:region[2]])
        elif region[0] == "b":
            merged.extend(b[region[1]:region[2]])
        elif region[0] == "conflict":
            z0, z1, a0, a1, b0, b1 = region[1:]
            part, clash = _stretch(z[z0:z1], a[a0:a1], b[b0:b1])
            merged.extend(part)
            conflicted = conflicted or clash
    return merged, conflicted


def _stretch(base: list[str], ours: list[str], theirs: list[str]) -> tuple[list[str], bool]:
    """A stretch both sides changed: element by element (see the module)."""
    removed_ours = Counter(base) - Counter(ours)
    removed_theirs = Counter(base) - Counter(theirs)
    added_theirs = Counter(theirs) - Counter(base)
    added_any = (Counter(ours) - Counter(base)) + added_theirs
    if removed_ours & removed_theirs and added_any:
        return ours, True
    drop = removed_theirs - removed_ours
    merged: list[str] = []
    for item in ours:
        if drop[item]:
            drop[item] -= 1
        else:
            merged.append(item)
    for item in theirs:
        if added_theirs[item]:
            added_theirs[item] -= 1
            merged.append(item)
    return merged, False


def merge_ids(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]) -> tuple[list[str], bool]:
    """`merge_sequence` for lists of unique items (ids): each item once, where it first appears."""
    merged, conflicted = merge_sequence(base, ours, theirs)
    return list(dict.fromkeys(merged)), conflicted


def merge_order(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str],
                kept: set[str] | frozenset[str]) -> list[str]:
    """The order of the items in `kept`: as the sides arranged them, ours first where they disagree."""
    merged, _ = merge_ids(base, ours, theirs)
    order: tuple[str, ...] = tuple(item for item in merged if item in kept)
    for side in (ours, theirs, base):  # kept although one side removed it: where that side had it
        order = put_back(side, order, kept.difference(order))
    return list(order)


def merge_mapping(base: Mapping[K, V], ours: Mapping[K, V],
                  theirs: Mapping[K, V]) -> tuple[dict[K, V], list[K]]:
    """Key by key: the merged mapping and the keys in conflict (ours kept there: a changed or removed value)."""
    merged: dict[K, V] = {}
    conflicts: list[K] = []
    missing = object()
    for key in dict.fromkeys((*ours, *theirs, *base)):
        b, o, t = base.get(key, missing), ours.get(key, missing), theirs.get(key, missing)
        if o == t or t == b:
            value = o
        elif o == b:
            value = t
        else:
            value = o
            conflicts.append(key)
        if value is not missing:
            merged[key] = value  # type: ignore[assignment]
    return merged, conflicts


def put_back(before: Sequence[str], now: Sequence[str], back: set[str] | frozenset[str]) -> tuple[str, ...]:
    """`now` with the items of `back` put back where they were in `before` (after their predecessor there)."""
    result = list(now)
    present = set(result)
    for i, item in enumerate(before):
        if item in back and item not in present:
            after = next((result.index(p) for p in reversed(before[:i]) if p in present), -1)
            result.insert(after + 1, item)
            present.add(item)
    return tuple(result)
