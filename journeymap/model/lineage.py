"""Where a journey comes from: its own id, the content hashes of its earlier versions, and for a to-be version the
as-is journey it was made from. Merge from… finds the common ancestor of two files with this.

The *content hash* identifies what a journey says, not how or when it was saved: the SHA-256 of its content in a
canonical form (sorted keys, no spaces, touchpoints and links by id) without the save time `meta.modified`, the
view state and the lineage itself, shortened to 32 hex digits. Two files with the same content have the same
hash, whenever they were saved.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, StringConstraints

from journeymap.model.values import Id, Value

if TYPE_CHECKING:
    from journeymap.model.data import ProjectData

MAX_ANCESTORS = 20
HASH_LENGTH = 32
ContentHash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]


class Origin(Value):
    """The journey a to-be version was made from (`journey`: its id, `version`: its content hash then)."""

    journey: Id
    version: ContentHash


class Lineage(Value):
    """A journey's ancestry (see the module). `journey` is given when the journey is created and kept by every copy
    of it; `ancestors` are the content hashes of earlier versions, newest first."""

    journey: Id | None = None
    ancestors: Annotated[tuple[ContentHash, ...], Field(max_length=MAX_ANCESTORS)] = ()
    origin: Origin | None = None

    def knows(self, version: str) -> bool:
        """Is `version` one of the earlier versions of this journey?"""
        return version in self.ancestors

    def after(self, previous: str | None) -> Lineage:
        """The lineage of a new version whose previous version had the content hash `previous`."""
        if previous is None or (self.ancestors and self.ancestors[0] == previous):
            return self
        kept = tuple(h for h in self.ancestors if h != previous)
        return self.model_copy(update={"ancestors": (previous, *kept)[:MAX_ANCESTORS]})

    def joined(self, *versions: str, other: Lineage | None = None) -> Lineage:
        """The lineage of a merge: `versions` (the hashes of the merged versions) first, then the ancestors of both."""
        merged = dict.fromkeys((*versions, *self.ancestors, *(other.ancestors if other else ())))
        return self.model_copy(update={"ancestors": tuple(merged)[:MAX_ANCESTORS]})


def with_journey_id(lineage: Lineage) -> Lineage:
    """`lineage` with an id for its journey (a new one when it has none yet)."""
    if lineage.journey is not None:
        return lineage
    return lineage.model_copy(update={"journey": f"jr-{uuid.uuid4().hex[:12]}"})


def as_is_origin(data: ProjectData) -> Lineage:
    """The lineage of a to-be version made from `data`: a journey of its own that knows where it came from."""
    source = with_journey_id(data.lineage)
    assert source.journey is not None
    return Lineage(journey=with_journey_id(Lineage()).journey,
                   origin=Origin(journey=source.journey, version=content_hash(data)))


def content_hash(data: ProjectData) -> str:
    """The content hash of a journey (see the module)."""
    return hash_of_dump(data.model_dump(mode="json"))


def hash_of_dump(dumped: Mapping[str, Any]) -> str:
    """The content hash from a journey already dumped as JSON values (`ProjectData.model_dump(mode="json")`), for a
    save that writes the same dump."""
    content = {key: value for key, value in dumped.items() if key not in ("view", "lineage")}
    content["meta"] = {key: value for key, value in dumped["meta"].items() if key != "modified"}
    for key in ("touchpoints", "links"):  # their order in the file means nothing (the map places them)
        content[key] = sorted(dumped[key], key=lambda item: str(item["id"]))
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def common_ancestor(a: Lineage, a_hash: str, b: Lineage, b_hash: str) -> str | None:
    """The newest version both journeys descend from, by their lineage: one of them when the other descends from
    it, else the first of `a`'s ancestors that `b` also knows; None when they are not versions of one journey."""
    if a.journey is None or a.journey != b.journey:
        return None
    if a_hash == b_hash or b.knows(a_hash):
        return a_hash
    if a.knows(b_hash):
        return b_hash
    return next((h for h in a.ancestors if b.knows(h)), None)
