"""Every command's do / undo / redo, and merging of typing into one step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from journeymap.commands import (
    AddItems,
    AddLink,
    AddPersona,
    EditLink,
    EditPersona,
    EditTouchpoint,
    MovePersona,
    MoveTouchpoints,
    RemoveItems,
    RemovePersona,
    SetAnswers,
    SetMeta,
)
from journeymap.model import Link, Persona, Project
from tests.conftest import link, make_sample, tp


@pytest.fixture
def stack(qapp):
    return QUndoStack()


def roundtrip(stack: QUndoStack, project: Project, command) -> None:
    """Push, undo, redo: undo must restore the exact state and redo the exact result."""
    before = project.to_data()
    stack.push(command)
    after = project.to_data()
    assert after != before
    stack.undo()
    assert project.to_data() == before
    stack.redo()
    assert project.to_data() == after


@pytest.fixture
def project():
    return Project(make_sample())


def test_add_items(stack, project):
    new = [tp("n1", "interest"), tp("n2", "desire")]
    roundtrip(stack, project, AddItems(project, new, [link("n1", "n2")]))
    assert project.has_touchpoint("n1") and project.has_link("n1-n2")
    assert stack.undoText() == "Add 2 touchpoint(s)"


def test_remove_touchpoint_with_links_and_undo_restores_both(stack, project):
    roundtrip(stack, project, RemoveItems(project, ["web"]))
    assert not project.has_link("fair-web")
    stack.undo()
    assert project.has_link("fair-web") and project.has_link("web-call")
    assert project.persona("p1").touchpoint_ids == ("fair", "web")


def test_remove_mixed_selection_skips_links_of_removed_cards(stack, project):
    command = RemoveItems(project, ["web"], ["fair-web", "shop-news"])
    assert command.link_ids == ("shop-news",)
    roundtrip(stack, project, command)
    assert stack.undoText() == "Delete 2 item(s)"


def test_remove_links_only(stack, project):
    roundtrip(stack, project, RemoveItems(project, [], ["fair-web"]))
    assert stack.undoText() == "Delete 1 link(s)"


def test_move(stack, project):
    roundtrip(stack, project, MoveTouchpoints(project, {"web": ("desire", 3.0), "fair": ("interest", 0.0)}))
    assert project.touchpoint("web").phase == "desire"
    assert stack.undoText() == "Move 2 touchpoint(s)"


def test_edit_touchpoint_and_typing_merges(stack, project):
    roundtrip(stack, project, EditTouchpoint(project, "web", {"emotion": -2}))
    for text in ("W", "We", "Web", "Webs"):
        stack.push(EditTouchpoint(project, "web", {"label": text}, merge_key="label-1"))
    assert stack.count() == 2
    assert project.touchpoint("web").label == "Webs"
    stack.undo()
    assert project.touchpoint("web").label == "Website"
    stack.redo()
    stack.push(EditTouchpoint(project, "web", {"label": "Neu"}, merge_key="label-2"))  # a new typing session
    assert stack.count() == 3


def test_typing_back_to_the_original_leaves_no_step(stack, project):
    stack.push(EditTouchpoint(project, "web", {"label": "X"}, merge_key="k"))
    stack.push(EditTouchpoint(project, "web", {"label": "Website"}, merge_key="k"))
    assert stack.count() == 0
    assert project.touchpoint("web").label == "Website"


def test_edits_of_different_fields_do_not_merge(stack, project):
    stack.push(EditTouchpoint(project, "web", {"label": "X"}, merge_key="k"))
    stack.push(EditTouchpoint(project, "web", {"owner": "Y"}, merge_key="k"))
    assert stack.count() == 2


def test_links(stack, project):
    roundtrip(stack, project, AddLink(project, Link(id="new", source="fair", target="shop", kind="alternative")))
    roundtrip(stack, project, EditLink(project, "new", {"label": "QR"}))
    stack.push(EditLink(project, "new", {"label": "QR-C"}, merge_key="m"))
    stack.push(EditLink(project, "new", {"label": "QR-Code"}, merge_key="m"))
    assert project.link("new").label == "QR-Code"
    stack.undo()
    assert project.link("new").label == "QR"


def test_personas(stack, project):
    roundtrip(stack, project, AddPersona(project, Persona(id="p2", name="Tom")))
    roundtrip(stack, project, EditPersona(project, "p2", {"touchpoint_ids": ("shop",), "emotions": {"shop": -2}}))
    roundtrip(stack, project, MovePersona(project, "p2", 0))
    assert [p.id for p in project.personas] == ["p2", "p1"]
    roundtrip(stack, project, RemovePersona(project, "p2"))


def test_meta_and_answers(stack, project):
    roundtrip(stack, project, SetMeta(project, {"title": "Neu", "author": "Ich"}))
    roundtrip(stack, project, SetAnswers(project, {"visualisation": 3, "low_entry_cost": 0}))


def test_persona_path_and_emotion_commands(stack, project):
    from journeymap.commands import SetPersonaEmotion, SetPersonaPath

    before = project.persona("p1")
    command = SetPersonaPath(project, "p1", link_ids=["web-call"])
    assert command.changed and command.text() == "Add to the path of Einkäuferin Eva"
    roundtrip(stack, project, command)
    assert project.persona("p1").touchpoint_ids == ("fair", "web", "call")
    off = SetPersonaPath(project, "p1", touchpoint_ids=["web"], on=False)
    roundtrip(stack, project, off)
    assert project.persona("p1").emotions == {} and project.persona("p1").link_ids == ()
    stack.undo()
    stack.undo()
    assert project.persona("p1") == before
    assert not SetPersonaEmotion(project, "p1", "web", -1).changed
    roundtrip(stack, project, SetPersonaEmotion(project, "p1", "fair", 2))
    assert project.persona("p1").emotions == {"web": -1, "fair": 2}


# ---------------------------------------------------------------- opportunities and blueprint rows (issue 16)
def test_opportunity_commands(stack, project):
    from journeymap.commands import AddOpportunity, EditOpportunity, RemoveOpportunities
    from journeymap.model import Opportunity

    roundtrip(stack, project, AddOpportunity(project, Opportunity(id="o2", text="Preise zeigen",
                                                                  touchpoint_ids=("web", "shop"))))
    assert stack.undoText() == "Add opportunity"
    roundtrip(stack, project, EditOpportunity(project, "o2", {"status": "planned", "impact": 3, "effort": 1}))
    for text in ("Pr", "Preise", "Preise online"):  # typing in one field is one step
        stack.push(EditOpportunity(project, "o2", {"text": text}, merge_key="text-1"))
    assert stack.count() == 3 and project.opportunity("o2").text == "Preise online"
    stack.undo()
    assert project.opportunity("o2").text == "Preise zeigen"
    roundtrip(stack, project, RemoveOpportunities(project, ["op-call", "o2"]))
    assert stack.undoText() == "Delete 2 opportunity(s)" and project.opportunities == ()
    stack.undo()
    assert [o.id for o in project.opportunities] == ["op-call", "o2"]


def test_deleting_a_touchpoint_and_undo_keep_opportunities_consistent(stack, project):
    from journeymap.commands import AddOpportunity
    from journeymap.model import Opportunity, ProjectData

    stack.push(AddOpportunity(project, Opportunity(id="o2", text="Beide", touchpoint_ids=("call", "web"))))
    before = project.to_data()
    roundtrip(stack, project, RemoveItems(project, ["call"]))
    assert project.opportunity("op-call").touchpoint_ids == () and project.opportunity("o2").touchpoint_ids == ("web",)
    ProjectData.model_validate(project.to_data().model_dump())
    stack.undo()
    assert project.to_data() == before


def test_pasted_items_bring_their_opportunities_in_one_step(stack, project):
    from journeymap.model import Opportunity

    new = [tp("n1", "interest")]
    opportunity = Opportunity(id="o9", text="Neu", touchpoint_ids=("n1",))
    roundtrip(stack, project, AddItems(project, new, opportunities=[opportunity]))
    assert project.opportunities_of("n1") == (opportunity,)


def test_blueprint_row_command_merges_typing_and_leaves_no_empty_step(stack, project):
    from journeymap.commands import SetBlueprintRow

    command = SetBlueprintRow(project, "web", "backstage", ["Anfrage prüfen", " "], "Vertrieb")
    assert command.changed
    roundtrip(stack, project, command)
    assert stack.undoText() == "Edit service blueprint"
    for texts in (["A"], ["An"], ["Angebot"]):
        stack.push(SetBlueprintRow(project, "web", "support", texts, merge_key="s-1"))
    assert stack.count() == 2 and project.touchpoint("web").blueprint.support.texts == ("Angebot",)
    stack.push(SetBlueprintRow(project, "web", "support", [], merge_key="s-1"))  # typed back to empty
    assert stack.count() == 1
    assert not SetBlueprintRow(project, "web", "backstage", ["Anfrage prüfen"], "Vertrieb").changed
