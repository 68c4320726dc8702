"""Turn a project into another version of its journey through the project's own methods, so that every change is
signalled as if made by hand (the canvas, docks and findings follow). The merge in the editor applies its result
with it, and undoes it by applying the version before.
"""

from __future__ import annotations

from journeymap.model.data import ProjectData
from journeymap.model.project import Project
from journeymap.model.values import PhaseModel


def apply_data(project: Project, target: ProjectData) -> None:
    """Make `project` hold `target` (a valid journey): lanes first as a model with both sides' lanes, then what
    goes, what changes and what comes, then the final lanes, the properties and the lineage."""
    if project.phase_model != target.phase_model:
        known = set(project.phase_model.ids())
        passing = (*project.phase_model.phases, *(p for p in target.phase_model.phases if p.id not in known))
        if len(passing) != len(project.phase_model.phases):
            project.set_phase_model(PhaseModel.model_construct(id=target.phase_model.id, phases=passing))
    wanted_tp = {tp.id: tp for tp in target.touchpoints}
    wanted_ln = {link.id: link for link in target.links}
    wanted_ps = {p.id: p for p in target.personas}
    wanted_op = {o.id for o in target.opportunities}
    gone_ops = [o.id for o in project.opportunities if o.id not in wanted_op]
    if gone_ops:
        project.remove_opportunities(gone_ops)
    for persona in project.personas:
        if persona.id not in wanted_ps:
            project.remove_persona(persona.id)
    gone_links = [link.id for link in project.links if link.id not in wanted_ln
                  or (link.source, link.target) != (wanted_ln[link.id].source, wanted_ln[link.id].target)]
    if gone_links:
        project.remove_links(gone_links)
    gone_tps = [tp.id for tp in project.touchpoints if tp.id not in wanted_tp]
    if gone_tps:
        project.remove_touchpoints(gone_tps)
    for index, tp in enumerate(target.touchpoints):
        if not project.has_touchpoint(tp.id):
            project.add_touchpoint(tp, index)
        elif project.touchpoint(tp.id) != tp:
            old = project.touchpoint(tp.id)
            project.update_touchpoint(tp.id, **{name: getattr(tp, name) for name in type(tp).model_fields
                                                if name != "id" and getattr(old, name) != getattr(tp, name)})
    for index, link in enumerate(target.links):
        if not project.has_link(link.id):
            project.add_link(link, index)
        elif project.link(link.id) != link:
            project.update_link(link.id, label=link.label, kind=link.kind)
    present = {p.id for p in project.personas}
    for index, persona in enumerate(target.personas):
        if persona.id in present:
            project.replace_persona(persona)
            if project.personas[index].id != persona.id:  # the order of the personas is theirs to keep
                project.move_persona(persona.id, index)
        else:
            project.add_persona(persona, index)
    _opportunities(project, target)
    if project.phase_model != target.phase_model:
        project.set_phase_model(target.phase_model)
    changed_meta = {name: getattr(target.meta, name) for name in type(target.meta).model_fields
                    if getattr(project.meta, name) != getattr(target.meta, name)}
    if changed_meta:
        project.set_meta(**changed_meta)
    if project.answers != target.answers:
        project.set_answers(target.answers)
    project.set_lineage(target.lineage)


def _opportunities(project: Project, target: ProjectData) -> None:
    """The target's opportunities, added or replaced (their touchpoints exist by now), in the target's order."""
    for index, opportunity in enumerate(target.opportunities):
        if not project.has_opportunity(opportunity.id):
            project.add_opportunity(opportunity, index)
        elif project.opportunity(opportunity.id) != opportunity:
            project.replace_opportunity(opportunity)
    if [o.id for o in project.opportunities] != [o.id for o in target.opportunities]:
        project.remove_opportunities([o.id for o in project.opportunities])
        project.restore_opportunities(tuple(enumerate(target.opportunities)))
