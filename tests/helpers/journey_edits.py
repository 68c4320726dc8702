"""Random but realistic edits of a journey for the merge and diff property tests: every edit goes through the
`Project` aggregate, as in the editor, so each version is a journey a user could have saved."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from journeymap.model import (
    BLUEPRINT_ROWS,
    STATUSES,
    Kpi,
    Link,
    ModelError,
    Opportunity,
    Persona,
    Phase,
    PhaseModel,
    Project,
    ProjectData,
    Touchpoint,
)
from journeymap.model.values import LocalText

# The property tests of merge and diff: 150 cases each in `make test`; JOURNEYMAP_MERGE_EXAMPLES=10000 for a long run.
PROPERTY = settings(max_examples=int(os.environ.get("JOURNEYMAP_MERGE_EXAMPLES", "150")), deadline=None,
                    database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
WORDS = ["Preis", "Wartezeit", "Anruf", "Idee", "Flyer", "Formular", "zu lang", "unklar"]
TOUCHPOINT_IDS = [f"tp-n{i}" for i in range(6)]
LINK_IDS = [f"ln-n{i}" for i in range(6)]
PERSONA_IDS = ["ps-a", "ps-b"]
OPPORTUNITY_IDS = ["op-a", "op-b", "op-c"]
KPI_NAMES = ["Konversion", "Antwortzeit", "NPS"]


def _pick(data: st.DataObject, items):
    items = list(items)
    return data.draw(st.sampled_from(items)) if items else None


def _list_edit(data: st.DataObject, items: tuple[str, ...]) -> tuple[str, ...]:
    """Add, remove or reword one element."""
    action = data.draw(st.sampled_from(["add", "remove", "reword"] if items else ["add"]))
    word = data.draw(st.sampled_from(WORDS))
    if action == "add":
        at = data.draw(st.integers(0, len(items)))
        return (*items[:at], word, *items[at:])
    i = data.draw(st.integers(0, len(items) - 1))
    return (*items[:i], *([word] if action == "reword" else []), *items[i + 1:])


def _kpi_edit(data: st.DataObject, kpis: tuple[Kpi, ...]) -> tuple[Kpi, ...]:
    action = data.draw(st.sampled_from(["add", "remove", "change"] if kpis else ["add"]))
    if action == "add":
        return (*kpis, Kpi(name=data.draw(st.sampled_from(KPI_NAMES)), target=data.draw(st.integers(0, 5))))
    i = data.draw(st.integers(0, len(kpis) - 1))
    if action == "remove":
        return kpis[:i] + kpis[i + 1:]
    field = data.draw(st.sampled_from(["target", "actual", "unit"]))
    value = data.draw(st.sampled_from(["%", "h"])) if field == "unit" else float(data.draw(st.integers(0, 9)))
    return (*kpis[:i], kpis[i].model_copy(update={field: value}), *kpis[i + 1:])


def _touchpoint_edit(data: st.DataObject, project: Project, tp: Touchpoint) -> None:
    field = data.draw(st.sampled_from(["label", "emotion", "description", "pain_points", "blueprint", "kpis",
                                       "move", "owner"]))
    if field == "label":
        project.update_touchpoint(tp.id, label=data.draw(st.sampled_from(WORDS)))
    elif field == "emotion":
        project.update_touchpoint(tp.id, emotion=data.draw(st.sampled_from([None, -2, -1, 0, 1, 2])))
    elif field in ("description", "owner"):
        project.update_touchpoint(tp.id, **{field: data.draw(st.sampled_from(WORDS))})
    elif field == "pain_points":
        project.update_touchpoint(tp.id, pain_points=_list_edit(data, tp.pain_points))
    elif field == "blueprint":
        row = data.draw(st.sampled_from(BLUEPRINT_ROWS))
        current = tp.blueprint.row(row)
        if data.draw(st.booleans()):
            project.set_blueprint_row(tp.id, row, _list_edit(data, current.texts), current.owner)
        else:
            project.set_blueprint_row(tp.id, row, current.texts, data.draw(st.sampled_from(["", *WORDS])))
    elif field == "kpis":
        project.update_touchpoint(tp.id, kpis=_kpi_edit(data, tp.kpis))
    else:
        phase = _pick(data, project.phase_model.ids())
        project.move_touchpoints({tp.id: (phase, float(data.draw(st.integers(0, 4))))})


def _persona_edit(data: st.DataObject, project: Project, persona: Persona) -> None:
    field = data.draw(st.sampled_from(["name", "path", "links", "emotion", "goals", "quote"]))
    if field == "name":
        project.update_persona(persona.id, name=data.draw(st.sampled_from(WORDS)))
    elif field == "path":
        tid = _pick(data, [t.id for t in project.touchpoints])
        if tid is not None:
            path = persona.touchpoint_ids
            project.update_persona(persona.id, touchpoint_ids=tuple(t for t in path if t != tid) if tid in path
                                   else (*path, tid))
    elif field == "links":
        lid = _pick(data, [link.id for link in project.links])
        if lid is not None:
            ids = persona.link_ids
            project.update_persona(persona.id, link_ids=tuple(x for x in ids if x != lid) if lid in ids
                                   else (*ids, lid))
    elif field == "emotion":
        tid = _pick(data, [t.id for t in project.touchpoints])
        if tid is not None:
            project.update_persona(persona.id, emotions={**persona.emotions, tid: data.draw(st.integers(-2, 2))})
    elif field == "goals":
        project.update_persona(persona.id, goals=_list_edit(data, persona.goals))
    else:
        project.update_persona(persona.id, quote=data.draw(st.sampled_from(WORDS)))


def _opportunity_edit(data: st.DataObject, project: Project, opportunity: Opportunity) -> None:
    field = data.draw(st.sampled_from(["text", "owner", "status", "rating", "touchpoints"]))
    if field in ("text", "owner"):
        project.update_opportunity(opportunity.id, **{field: data.draw(st.sampled_from(WORDS))})
    elif field == "status":
        project.update_opportunity(opportunity.id, status=data.draw(st.sampled_from(STATUSES)))
    elif field == "rating":
        project.update_opportunity(opportunity.id, impact=data.draw(st.sampled_from([None, 1, 2, 3])),
                                   effort=data.draw(st.sampled_from([None, 1, 2, 3])))
    else:
        tid = _pick(data, [t.id for t in project.touchpoints])
        if tid is not None:
            ids = opportunity.touchpoint_ids
            project.update_opportunity(opportunity.id, touchpoint_ids=tuple(t for t in ids if t != tid)
                                       if tid in ids else (*ids, tid))


def _phase_edit(data: st.DataObject, project: Project) -> None:
    phases = project.phase_model.phases
    action = data.draw(st.sampled_from(["add", "remove", "rename"] if len(phases) > 1 else ["add", "rename"]))
    if action == "add":
        pid = data.draw(st.sampled_from(["ph-x", "ph-y"]))
        if pid not in project.phase_model.ids() and len(phases) < 24:
            at = data.draw(st.integers(0, len(phases)))
            new = Phase(id=pid, name=LocalText(de=pid, en=pid))
            project.edit_phases(PhaseModel(id="custom", phases=(*phases[:at], new, *phases[at:])))
    elif action == "remove":
        gone = _pick(data, range(len(phases)))
        kept = phases[:gone] + phases[gone + 1:]
        target = _pick(data, [p.id for p in kept])
        project.edit_phases(PhaseModel(id="custom", phases=kept), {phases[gone].id: target})
    else:
        i = data.draw(st.integers(0, len(phases) - 1))
        renamed = phases[i].model_copy(update={"name": LocalText(de=data.draw(st.sampled_from(WORDS)))})
        project.edit_phases(PhaseModel(id="custom", phases=(*phases[:i], renamed, *phases[i + 1:])))


def edit(data: st.DataObject, journey: ProjectData, steps: int = 8) -> ProjectData:
    """`journey` after up to `steps` random edits."""
    project = Project(journey)
    for _ in range(data.draw(st.integers(0, steps))):
        action = data.draw(st.sampled_from(
            ["add_tp", "add_tp", "remove_tp", "edit_tp", "edit_tp", "edit_tp", "add_link", "remove_link",
             "edit_link", "add_persona", "edit_persona", "edit_persona", "remove_persona", "add_opportunity",
             "edit_opportunity", "remove_opportunity", "meta", "answers", "phases"]))
        tp = _pick(data, project.touchpoints)
        try:
            if action == "add_tp":
                tid = data.draw(st.sampled_from(TOUCHPOINT_IDS))
                phase = _pick(data, project.phase_model.ids())
                position = data.draw(st.sampled_from([project.next_free_position(phase), 0.0, 1.5]))
                project.add_touchpoint(Touchpoint(id=tid, label=data.draw(st.sampled_from(WORDS)), phase=phase,
                                                  position=position, pain_points=(data.draw(st.sampled_from(WORDS)),)))
            elif action == "remove_tp" and tp is not None:
                project.remove_touchpoints([tp.id])
            elif action == "edit_tp" and tp is not None:
                _touchpoint_edit(data, project, tp)
            elif action == "add_link":
                source, target = _pick(data, project.touchpoints), _pick(data, project.touchpoints)
                if source is not None and target is not None:
                    project.add_link(Link(id=data.draw(st.sampled_from(LINK_IDS)), source=source.id,
                                          target=target.id, label=data.draw(st.sampled_from(["", *WORDS]))))
            elif action == "remove_link" and project.links:
                project.remove_links([_pick(data, project.links).id])
            elif action == "edit_link" and project.links:
                link = _pick(data, project.links)
                project.update_link(link.id, label=data.draw(st.sampled_from(WORDS)),
                                    kind=data.draw(st.sampled_from(["step", "alternative", "loop_back"])))
            elif action == "add_persona":
                project.add_persona(Persona(id=data.draw(st.sampled_from(PERSONA_IDS)),
                                            name=data.draw(st.sampled_from(WORDS))))
            elif action == "edit_persona" and project.personas:
                _persona_edit(data, project, _pick(data, project.personas))
            elif action == "remove_persona" and project.personas:
                project.remove_persona(_pick(data, project.personas).id)
            elif action == "add_opportunity":
                tids = tuple(t.id for t in project.touchpoints[:data.draw(st.integers(0, 2))])
                project.add_opportunity(Opportunity(id=data.draw(st.sampled_from(OPPORTUNITY_IDS)),
                                                    text=data.draw(st.sampled_from(WORDS)), touchpoint_ids=tids))
            elif action == "edit_opportunity" and project.opportunities:
                _opportunity_edit(data, project, _pick(data, project.opportunities))
            elif action == "remove_opportunity" and project.opportunities:
                project.remove_opportunities([_pick(data, project.opportunities).id])
            elif action == "meta":
                field = data.draw(st.sampled_from(["title", "company", "author", "status"]))
                value = data.draw(st.sampled_from(["draft", "final"])) if field == "status" else \
                    data.draw(st.sampled_from(WORDS))
                project.set_meta(**{field: value})
            elif action == "answers":
                project.set_answers({**project.answers, data.draw(st.sampled_from(["credibility", "visualisation"])):
                                     data.draw(st.integers(0, 3))})
            elif action == "phases":
                _phase_edit(data, project)
        except ModelError:
            pass  # an edit the editor refuses as well (a link that exists, an id in use)
    return project.to_data()
