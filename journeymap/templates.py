"""New journeys, Qt-free: an empty one from a phase-model template, or a copy of a bundled example journey, and
the system's language. `journeymap new` and the editor's File ▸ New from both start here."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from journeymap.locate import resource_path

if TYPE_CHECKING:
    from journeymap.model import ProjectData

TEMPLATES = ("aidala", "aida", "five_stage")  # the phase models File ▸ New from offers (`model.phases.PRESETS`)


def default_language() -> str:
    """`de` when the system speaks German, else `en`."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "de" if code.startswith("de") else "en"


def sample_names() -> list[str]:
    """Names of the bundled example journeys (`resources/samples/<name>.journey`)."""
    return sorted(path.stem for path in resource_path("samples").glob("*.journey"))


def new_journey(template: str = "aidala", sample: str | None = None,
                meta: Mapping[str, Any] | None = None) -> ProjectData:
    """A new journey: a copy of the bundled `sample`, else an empty one with the phase model `template`.

    `meta` overrides the journey's properties (an empty template is in the system's language unless `meta` names
    one). Each new journey gets an id of its own (`model.lineage`: versions of it can be merged later).
    Raises pydantic's `ValidationError` for a bad property, `JourneyFileError` for an unreadable sample."""
    from journeymap.fileformat import load
    from journeymap.model import Meta, ProjectData
    from journeymap.model.lineage import Lineage, with_journey_id
    from journeymap.model.phases import PRESETS

    given = dict(meta or {})
    lineage = with_journey_id(Lineage())
    if sample is not None:
        data = load(resource_path("samples", f"{sample}.journey"))
        return data.model_copy(update={"meta": Meta.model_validate({**data.meta.model_dump(), **given}),
                                       "lineage": lineage})
    return ProjectData(meta=Meta.model_validate({"language": default_language(), **given}),
                       phase_model=PRESETS[template](), lineage=lineage)
