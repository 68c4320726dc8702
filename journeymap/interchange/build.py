"""From a parsed Mermaid journey to a whole, validated journey.

Sections become phases (AIDA(LA) when every section names one, else a custom model), tasks become touchpoints
in order, consecutive tasks are joined by `step` links, scores 1..5 become emotions -2..+2, actors personas
(whose paths skip other actors' tasks by `alternative` links).
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from journeymap.catalogue import fold
from journeymap.fileformat import dumps
from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.matching import PhaseMatch, guess_language, match_entry, match_phase
from journeymap.interchange.mermaid import MermaidJourney, Section, Task, parse_mermaid
from journeymap.interchange.source import invalid, validated
from journeymap.layout.theme import PERSONA_COLOURS
from journeymap.model import Link, LocalText, Meta, Persona, Phase, PhaseModel, ProjectData, Touchpoint
from journeymap.model.limits import MAX_FILE_BYTES, MAX_LINKS, MAX_PERSONAS, MAX_TOUCHPOINTS
from journeymap.model.phases import AIDA_IDS, aida, aidala

MAX_PHASES = 24  # PhaseModel's limit
_NAME_LIMIT = 10_000


def now() -> str:
    """The current time for `Meta.created`/`modified` (ISO 8601, UTC)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def resolve_language(lang: str | None, guessed: str | None) -> str:
    """The language asked for, else the one the names suggest, else the system's."""
    if lang in ("de", "en"):
        return lang
    if lang is not None:
        raise InterchangeError.coded("unknown_language", lang=lang)
    from journeymap.templates import default_language

    return guessed or default_language()


def read_mermaid(content: bytes | str, lang: str | None = None) -> ProjectData:
    """A whole journey from Mermaid `journey` text (UTF-8 bytes or str); `lang` None: guessed from the names."""
    return mermaid_to_journey(parse_mermaid(content), lang)


def mermaid_to_journey(parsed: MermaidJourney, lang: str | None = None) -> ProjectData:
    """The journey a Mermaid diagram describes; `InterchangeError` (with the line) when it breaks a limit."""
    matches = [match_phase(section.name) for section in parsed.sections]
    lang = resolve_language(lang, guess_language([m.lang for m in matches if m]))
    model, phase_of = _phase_model(parsed.sections, matches, lang)
    touchpoints: list[Touchpoint] = []
    tasks: list[Task] = []
    filled: dict[str, int] = {}
    for section in parsed.sections:
        phase = phase_of[id(section)]
        for task in section.tasks:
            if len(touchpoints) >= MAX_TOUCHPOINTS:
                raise InterchangeError.coded("too_many_tasks", task.line, limit=MAX_TOUCHPOINTS)
            touchpoints.append(_touchpoint(task, f"tp-{len(touchpoints) + 1}", phase, filled.get(phase, 0)))
            filled[phase] = filled.get(phase, 0) + 1
            tasks.append(task)
    links = [
        Link(id=f"link-{i + 1}", source=a.id, target=b.id, kind="step")
        for i, (a, b) in enumerate(itertools.pairwise(touchpoints))
    ]
    personas = _personas(tasks, touchpoints, links)
    title, title_line = (parsed.title, parsed.title_line) if parsed.title else (parsed.acc_title,
                                                                                  parsed.acc_title_line)
    meta = validated(Meta, title_line, title=title, language=lang, created=now(), modified=now(),
                     description=parsed.acc_description)
    return finish(meta=meta, phase_model=model, touchpoints=tuple(touchpoints), links=tuple(links),
                  personas=tuple(personas))


def finish(**fields: object) -> ProjectData:
    """The `ProjectData`, checked as a whole and as a file that `load` accepts (a problem here names no line)."""
    from pydantic import ValidationError

    try:
        data = ProjectData(**fields)
    except ValidationError as exc:
        raise invalid(exc, None) from None
    if len(dumps(data)) > MAX_FILE_BYTES:
        raise InterchangeError.coded("file_too_large", mb=MAX_FILE_BYTES // 2**20)
    return data


def _phase_model(sections: list[Section], matches: list[PhaseMatch | None],
                 lang: str) -> tuple[PhaseModel, dict[int, str]]:
    """The phase model and, for every section (by `id()`), the id of its phase (`matches`: each section's
    AIDA(LA) phase, None where the name is none)."""
    if not sections:
        return aidala(), {}
    known = [m for m in matches if m is not None]
    if len(known) == len(matches):
        found = {m.phase_id for m in known}
        model = aida() if found == set(AIDA_IDS) else aidala()
        return model, {id(s): m.phase_id for s, m in zip(sections, known, strict=False)}
    presets = {p.id: p for p in aidala().phases}
    phases: dict[str, Phase] = {}
    by_name: dict[str, str] = {}
    phase_of: dict[int, str] = {}
    for section, match in zip(sections, matches, strict=False):
        key = match.phase_id if match else " ".join(section.name.casefold().split())
        if key not in by_name:
            if len(phases) >= MAX_PHASES:
                raise InterchangeError.coded("too_many_sections", section.line, limit=MAX_PHASES)
            if match:
                phase = presets[match.phase_id]
            else:
                name = validated(LocalText, section.line, **{lang: section.name})
                phase = Phase(id=_phase_id(section.name, phases), name=name)
            phases[phase.id] = phase
            by_name[key] = phase.id
        phase_of[id(section)] = by_name[key]
    return PhaseModel(id="custom", phases=tuple(phases.values())), phase_of


def _phase_id(name: str, taken: dict[str, Phase]) -> str:
    base = fold(name).replace(" ", "_")[:48].strip("_") or "phase"
    candidate, n = base, 1
    while candidate in taken or match_phase(candidate):
        n += 1
        candidate = f"{base}_{n}"
    return candidate


def _touchpoint(task: Task, tid: str, phase: str, position: int) -> Touchpoint:
    if len(task.name) > _NAME_LIMIT:
        raise InterchangeError.coded("task_name_too_long", task.line, limit=_NAME_LIMIT)
    entry = match_entry(task.name)
    extra = {"catalogue_id": entry.id, "kind": entry.kind, "contact": entry.contact} if entry else {}
    return validated(Touchpoint, task.line, id=tid, label=task.name, phase=phase, position=float(position),
                     emotion=task.score - 3 if task.assessed else None, **extra)


def _personas(tasks: list[Task], touchpoints: list[Touchpoint], links: list[Link]) -> list[Persona]:
    """One persona per actor, in order of first appearance. Its path: its tasks, and a link from each of them to
    its next one: the `step` link when the two are neighbours, else a new `alternative` link (appended to `links`)
    that skips the tasks in between."""
    paths: dict[str, list[tuple[str, int]]] = {}
    for task, tp in zip(tasks, touchpoints, strict=False):
        for actor in task.actors:
            if actor not in paths and len(paths) >= MAX_PERSONAS:
                raise InterchangeError.coded("too_many_actors", task.line, limit=MAX_PERSONAS)
            paths.setdefault(actor, []).append((tp.id, task.line))
    by_ends = {(link.source, link.target): link.id for link in links}
    personas = []
    for index, (actor, path) in enumerate(paths.items()):
        link_ids = []
        for (source, _), (target, line) in itertools.pairwise(path):
            if (source, target) not in by_ends:
                if len(links) >= MAX_LINKS:
                    raise InterchangeError.coded("too_many_links", line, limit=MAX_LINKS)
                links.append(Link(id=f"link-{len(links) + 1}", source=source, target=target, kind="alternative"))
                by_ends[(source, target)] = links[-1].id
            link_ids.append(by_ends[(source, target)])
        personas.append(validated(
            Persona, path[0][1], id=f"persona-{index + 1}", name=actor,
            colour=PERSONA_COLOURS[index % len(PERSONA_COLOURS)],
            touchpoint_ids=tuple(tid for tid, _ in path), link_ids=tuple(link_ids),
        ))
    return personas
