"""Opportunities and service blueprint rows in the model: values, the Project's methods and signals, consistency
when touchpoints go and come back, and the impact/effort matrix."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeymap.model import Blueprint, BlueprintRow, ModelError, Opportunity, Project, ProjectData, Signal
from journeymap.model.opportunities import QUADRANTS, by_owner_and_status, quadrant, quick_wins
from tests.conftest import journey, link, tp


class Recorder:
    """The names of the signals a project emits, in order."""

    def __init__(self, project: Project) -> None:
        self.calls: list[str] = []
        for name, value in vars(project).items():
            if isinstance(value, Signal):
                value.connect(lambda *_args, _n=name: self.calls.append(_n))

    def names(self) -> list[str]:
        return list(self.calls)


def op(oid: str, *tids: str, **fields) -> Opportunity:
    return Opportunity(id=oid, text=fields.pop("text", f"Chance {oid}"), touchpoint_ids=tids, **fields)


@pytest.fixture
def project() -> Project:
    data = journey([tp("a", "attention"), tp("b", "interest"), tp("c", "desire")], [link("a", "b"), link("b", "c")],
                   opportunities=(op("o1", "a", "b"), op("o2", "b"), op("o3")))
    return Project(data)


def test_values_validate_ratings_status_and_texts():
    assert op("x").status == "idea" and op("x").impact is None and op("x").effort is None
    for bad in ({"impact": 0}, {"effort": 4}, {"status": "open"}, {"text": ""}, {"owner": "a\x1bb"}):
        with pytest.raises(ValidationError):
            op("x", **bad)
    with pytest.raises(ValidationError):
        BlueprintRow(texts=("",))
    row = BlueprintRow(texts=("Angebot prüfen",), owner="AV")
    assert not row.is_empty() and BlueprintRow().is_empty() and BlueprintRow(owner=" ").is_empty()
    assert Blueprint(backstage=row).row("backstage") == row and Blueprint().is_empty()
    assert tp("a", "attention").blueprint == Blueprint()


def test_project_data_refuses_dangling_and_repeated_references():
    tps = [tp("a", "attention")]
    with pytest.raises(ValidationError, match="names touchpoint 'zz', which does not exist"):
        journey(tps, opportunities=(op("o", "zz"),))
    with pytest.raises(ValidationError, match="names touchpoint 'a' twice"):
        journey(tps, opportunities=(op("o", "a", "a"),))
    with pytest.raises(ValidationError, match="opportunity id 'o' is used twice"):
        journey(tps, opportunities=(op("o"), op("o")))


def test_queries(project):
    assert [o.id for o in project.opportunities_of("b")] == ["o1", "o2"]
    assert project.opportunities_of("c") == () and project.has_opportunity("o3")
    data = project.to_data()
    assert data.opportunities_by_touchpoint() == {"a": [data.opportunities[0]], "b": list(data.opportunities[:2])}
    assert [o.id for o in data.opportunities_of("a")] == ["o1"]
    with pytest.raises(ModelError, match="no opportunity 'nope'"):
        project.opportunity("nope")


def test_add_update_remove_and_restore(project):
    rec = Recorder(project)
    project.add_opportunity(op("o4", "c", "c", text="Rückruf"), index=1)  # a touchpoint named twice: once
    assert [o.id for o in project.opportunities] == ["o1", "o4", "o2", "o3"]
    assert project.opportunity("o4").touchpoint_ids == ("c",)
    old = project.update_opportunity("o4", status="planned", owner="Vertrieb", impact=3, effort=1)
    assert old.status == "idea" and project.opportunity("o4").status == "planned"
    assert rec.names() == ["opportunity_added", "changed", "opportunity_changed", "changed"]
    for bad in ({"touchpoint_ids": ("zz",)}, {"id": "other"}, {"impact": 9}, {"text": "   "}, {"nope": 1}):
        with pytest.raises(ModelError):
            project.update_opportunity("o4", **bad)
    with pytest.raises(ModelError, match="already used"):
        project.add_opportunity(op("o1"))
    before = project.opportunities
    taken = project.remove_opportunities(["o2", "o4"])
    assert [i for i, _ in taken] == [1, 2] and [o.id for o in project.opportunities] == ["o1", "o3"]
    project.restore_opportunities(taken)
    assert project.opportunities == before


def test_removing_a_touchpoint_takes_it_out_of_opportunities_and_undo_restores_them(project):
    before = project.to_data()
    rec = Recorder(project)
    removal = project.remove_touchpoints(["b"])
    assert project.opportunity("o1").touchpoint_ids == ("a",)
    assert project.opportunity("o2").touchpoint_ids == ()  # it stays, as an opportunity of the whole journey
    assert {o.id for o in removal.opportunities} == {"o1", "o2"}
    assert rec.names().count("opportunity_changed") == 2
    ProjectData.model_validate(project.to_data().model_dump())  # never a dangling reference
    project.restore(removal)
    assert project.to_data() == before


def test_blueprint_rows(project):
    rec = Recorder(project)
    old = project.set_blueprint_row("a", "frontstage", ["  Anruf annehmen ", "", "Termin anbieten"], " Vertrieb ")
    assert old == BlueprintRow()
    row = project.touchpoint("a").blueprint.frontstage
    assert row == BlueprintRow(texts=("Anruf annehmen", "Termin anbieten"), owner="Vertrieb")
    assert rec.names() == ["touchpoint_changed", "changed"]
    project.set_blueprint_row("a", "frontstage", ["Anruf annehmen", "Termin anbieten"], "Vertrieb")
    assert rec.names() == ["touchpoint_changed", "changed"]  # no change, no signal
    for args in (("zz", "support", []), ("a", "middle", []), ("a", "support", ["ok", "\x07"])):
        with pytest.raises(ModelError):
            project.set_blueprint_row(*args)
    assert project.touchpoint("a").blueprint.support == BlueprintRow()


def test_owners_come_from_touchpoints_rows_and_opportunities(project):
    project.update_touchpoint("a", owner="Marketing")
    project.set_blueprint_row("b", "support", ["ERP"], "IT  ")
    project.update_opportunity("o1", owner="vertrieb")
    assert project.owners() == ["IT", "Marketing", "vertrieb"]


def test_quadrants_and_order():
    assert [quadrant(i, e) for i, e in ((3, 1), (2, 1), (3, 2), (2, 3), (1, 1), (1, 2), (1, 3))] == [
        "quick_win", "quick_win", "big_bet", "big_bet", "fill_in", "thankless", "thankless"]
    assert quadrant(None, 1) is None and quadrant(3, None) is None
    assert set(QUADRANTS) == {quadrant(i, e) for i in (1, 2, 3) for e in (1, 2, 3)}
    ops = [op("a", impact=2, effort=1), op("b", impact=3, effort=1, status="done"),
           op("c", impact=3, effort=1, status="planned"), op("d", impact=3, effort=2), op("e")]
    assert [o.id for o in quick_wins(ops)] == ["c", "a"]
    assert [o.id for o in quick_wins(ops, include_done=True)] == ["c", "b", "a"]
    grouped = by_owner_and_status([op("x", owner="Vertrieb", status="done"), op("y", owner="  "),
                                   op("z", owner="Vertrieb", status="planned"), op("w", owner="IT")])
    assert [(owner, [o.id for o in items]) for owner, items in grouped] == [
        ("IT", ["w"]), ("Vertrieb", ["z", "x"]), ("", ["y"])]


@pytest.mark.parametrize("name", ["schmidt", "ebike"])
def test_the_samples_have_a_blueprint_and_owned_opportunities(name):
    from journeymap.fileformat import load
    from journeymap.locate import resource_path
    from journeymap.model import BLUEPRINT_ROWS, STATUSES

    data = load(resource_path("samples", f"{name}.journey"))
    texts = [text for tp in data.touchpoints for row in BLUEPRINT_ROWS for text in tp.blueprint.row(row).texts]
    assert len(texts) >= 6 and len(set(texts)) == len(texts)
    filled = [tp for tp in data.touchpoints if not tp.blueprint.is_empty()]
    assert len(filled) >= 5 and all(not tp.blueprint.row(row).is_empty() for tp in filled for row in BLUEPRINT_ROWS)
    owned = [o for o in data.opportunities if o.owner.strip()]
    assert len(owned) >= 3 and len(owned) >= len(data.opportunities) - 1
    assert quick_wins(data.opportunities)  # the summary page has quick wins to list
    assert {o.status for o in data.opportunities} == set(STATUSES)  # every status is shown


def test_applying_another_version_brings_its_opportunities_in_order(project):
    from journeymap.model.apply import apply_data

    target = Project(project.to_data())
    target.remove_opportunities(["o2"])
    target.update_opportunity("o1", status="done", touchpoint_ids=("c",))
    target.add_opportunity(op("o9", "a"), index=0)
    target.set_blueprint_row("b", "support", ["ERP"], "IT")
    apply_data(project, target.to_data())
    assert project.to_data() == target.to_data()
