"""The rules of a persona's path (`model.personas`), headless, and the undo commands that use them."""

from __future__ import annotations

from journeymap.model import Project
from journeymap.model.personas import emotion_changes, path_changes
from tests.conftest import make_sample


def test_a_link_brings_both_its_touchpoints_in_journey_order():
    project = Project(make_sample())
    persona = project.persona("p1")  # path: fair, web; link fair-web; own emotion at web
    changes = path_changes(project, persona, link_ids=["call-shop", "web-call"])
    assert changes == {"touchpoint_ids": ("fair", "web", "call", "shop"),
                       "link_ids": ("fair-web", "call-shop", "web-call")}


def test_taking_a_touchpoint_off_drops_its_links_and_the_persona_emotion_there():
    project = Project(make_sample())
    changes = path_changes(project, project.persona("p1"), touchpoint_ids=["web"], on=False)
    assert changes == {"touchpoint_ids": ("fair",), "link_ids": (), "emotions": {}}


def test_no_change_gives_no_changes():
    project = Project(make_sample())
    persona = project.persona("p1")
    assert path_changes(project, persona, touchpoint_ids=["fair"]) == {}
    assert path_changes(project, persona, touchpoint_ids=["shop"], on=False) == {}


def test_an_own_emotion_equal_to_the_touchpoint_is_no_override():
    project = Project(make_sample())
    persona, web = project.persona("p1"), project.touchpoint("web")
    assert emotion_changes(persona, web, web.emotion) == {"emotions": {}}
    assert emotion_changes(persona, web, -1) == {}
    assert emotion_changes(persona, project.touchpoint("fair"), -2) == {"emotions": {"web": -1, "fair": -2}}
