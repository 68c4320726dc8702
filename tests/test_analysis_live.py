"""Live findings: after every edit (and its undo), the same list as a full `find_issues` of the same journey."""

from __future__ import annotations

import random

import pytest

from benchmarks.make_big import HUB, make_big
from journeymap.analysis import analyse, find_issues, journey_graph, journey_paths, link_graph
from journeymap.analysis.live import LiveFindings
from journeymap.model import Link, Opportunity, Project, Touchpoint
from journeymap.model.phases import aidala
from tests.conftest import make_sample


def full(project: Project, lang: str | None) -> list:
    data = project.to_data()
    return find_issues(data, journey_graph(data), lang)


def check(live: LiveFindings, project: Project, lang: str | None = "en") -> list:
    got = live.update(project.to_data(), lang)
    assert got == full(project, lang)
    return got


def random_edit(project: Project, rng: random.Random, serial: list[int]) -> None:
    """One edit of the kinds the editor makes (each through the model's own methods)."""
    tps = project.touchpoints
    phases = project.phase_model.ids()
    kind = rng.choice(["label", "emotion", "pains", "move", "add_tp", "remove_tp", "add_link", "remove_link",
                       "link_kind", "add_opp", "opp_owner", "remove_opp", "restore"])
    serial[0] += 1
    n = serial[0]
    removal, project._last_removal = getattr(project, "_last_removal", None), None  # type: ignore[attr-defined]
    if kind == "label" and tps:
        project.update_touchpoint(rng.choice(tps).id, label=f"Renamed {n}")
    elif kind == "emotion" and tps:
        project.update_touchpoint(rng.choice(tps).id, emotion=rng.choice((None, -2, -1, 0, 1, 2)))
    elif kind == "pains" and tps:
        project.update_touchpoint(rng.choice(tps).id, pain_points=rng.choice(((), ("slow",), (" ",))))
    elif kind == "move" and tps:
        tp = rng.choice(tps)
        project.move_touchpoints({tp.id: (rng.choice(phases), 500.0 + n)})
    elif kind == "add_tp":
        project.add_touchpoint(Touchpoint(id=f"new-{n}", label=f"New {n}", phase=rng.choice(phases),
                                          position=600.0 + n), index=rng.randrange(len(tps) + 1))
    elif kind == "remove_tp" and tps:
        project._last_removal = project.remove_touchpoints([rng.choice(tps).id])  # type: ignore[attr-defined]
    elif kind == "add_link" and len(tps) > 1:
        a, b = rng.sample(tps, 2)
        if not any(link.target == b.id for link in project.links_of(a.id) if link.source == a.id):
            project.add_link(Link(id=f"ln-new-{n}", source=a.id, target=b.id,
                                  kind=rng.choice(("step", "alternative", "loop_back"))))
    elif kind == "remove_link" and project.links:
        project._last_removal = project.remove_links([rng.choice(project.links).id])  # type: ignore[attr-defined]
    elif kind == "link_kind" and project.links:
        project.update_link(rng.choice(project.links).id, kind=rng.choice(("step", "alternative", "loop_back")))
    elif kind == "add_opp" and tps:
        project.add_opportunity(Opportunity(id=f"opp-{n}", text=f"Idea {n}",
                                            touchpoint_ids=tuple(t.id for t in rng.sample(tps, min(2, len(tps))))))
    elif kind == "opp_owner" and project.opportunities:
        project.update_opportunity(rng.choice(project.opportunities).id, owner=rng.choice(("", "Eva")))
    elif kind == "remove_opp" and project.opportunities:
        project.remove_opportunities([rng.choice(project.opportunities).id])
    elif kind == "restore" and removal is not None:
        project.restore(removal)  # the undo of the removal just before


@pytest.mark.parametrize("seed", range(6))
def test_live_findings_match_a_full_analysis_after_every_edit(seed):
    rng = random.Random(seed)
    project = Project(make_sample() if seed % 2 else make_big(60, 120, seed=seed))
    live = LiveFindings()
    check(live, project)
    serial = [0]
    for _ in range(150):
        random_edit(project, rng, serial)
        check(live, project)


def test_several_edits_between_updates_and_no_edit_at_all():
    rng = random.Random(11)
    project = Project(make_big(60, 120))
    live = LiveFindings()
    first = check(live, project)
    assert check(live, project) == first  # nothing changed
    serial = [0]
    for _ in range(30):
        for _ in range(rng.randrange(1, 6)):
            random_edit(project, rng, serial)
        check(live, project)


def test_language_phase_model_and_the_journeys_own_language():
    project = Project(make_sample())
    live = LiveFindings()
    english = check(live, project, "en")
    german = check(live, project, "de")
    assert [f.code for f in english] == [f.code for f in german] and english != german
    check(live, project, None)  # the journey's language
    project.set_meta(language="en" if project.meta.language == "de" else "de")
    check(live, project, None)
    project.set_phase_model(aidala())
    check(live, project)


def test_the_hub_moved_to_the_next_lane_and_back_reports_the_same_as_before():
    project = Project(make_big(500, 1000))
    live = LiveFindings()
    before = check(live, project)
    hub = project.touchpoint(HUB)
    project.move_touchpoints({HUB: ("loyalty", 999.0)})  # its ten links to "action" now run back
    moved = check(live, project)
    assert moved != before
    project.move_touchpoints({HUB: (hub.phase, hub.position)})
    assert check(live, project) == before


def test_removing_every_touchpoint_and_putting_them_back():
    project = Project(make_sample())
    live = LiveFindings()
    before = check(live, project)
    removal = project.remove_touchpoints([t.id for t in project.touchpoints])
    assert [f.code for f in check(live, project)].count("empty_phase") == len(project.phase_model.phases)
    project.restore(removal)
    assert check(live, project) == before


@pytest.mark.parametrize("seed", range(3))
def test_the_plain_link_graph_gives_what_the_networkx_graph_gives(seed):
    """`analyse` walks `link_graph` (plain dicts); the live findings walk networkx: the same findings and paths at
    every step of a random edit history (loop-backs and links both ways between two cards included)."""
    rng = random.Random(100 + seed)
    project = Project(make_big(90, 200, seed=seed))
    serial = [0]
    for step in range(80):
        data = project.to_data()
        plain, nx_graph = link_graph(data), journey_graph(data)
        assert plain.succ == {n: dict(nx_graph.succ[n]) for n in nx_graph} and list(plain.succ) == list(nx_graph)
        assert find_issues(data, plain, "de") == find_issues(data, nx_graph, "de")
        for cap in (3, 100):
            assert journey_paths(data, plain, max_paths=cap) == journey_paths(data, nx_graph, max_paths=cap)
        assert analyse(data).findings == find_issues(data, nx_graph)
        random_edit(project, rng, serial)
        if step % 10 == 0:  # now and then a loop-back against a link
            some = rng.choice(project.links)
            if not any(x.source == some.target and x.target == some.source for x in project.links):
                project.add_link(Link(id=f"back-{step}", source=some.target, target=some.source, kind="loop_back"))
