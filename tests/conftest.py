"""Shared test setup: Qt runs offscreen, and small journeys are easy to build."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "JOURNEYMAP_CACHE" not in os.environ:  # parsed hyphenation patterns go to a folder of the run, not the home
    import tempfile

    os.environ["JOURNEYMAP_CACHE"] = tempfile.mkdtemp(prefix="journeymap-test-cache-")

import itertools

import pytest

from journeymap.model import Kpi, Link, Meta, Opportunity, Persona, Project, ProjectData, Touchpoint


def tp(tid: str, phase: str, **fields) -> Touchpoint:
    """A touchpoint with a label derived from its id."""
    return Touchpoint(id=tid, label=fields.pop("label", tid.upper()), phase=phase, **fields)


def link(source: str, target: str, kind: str = "step", lid: str | None = None) -> Link:
    return Link(id=lid or f"{source}-{target}", source=source, target=target, kind=kind)


def journey(touchpoints, links=(), **fields) -> ProjectData:
    return ProjectData(touchpoints=tuple(touchpoints), links=tuple(links), **fields)


def make_sample() -> ProjectData:
    """A small but complete journey through all six phases, with a persona and a KPI."""
    tps = [
        tp("fair", "attention", label="Messestand", kind="analogue", emotion=1),
        tp("web", "interest", label="Website", catalogue_id="website", emotion=0),
        tp("call", "desire", label="Anruf", kind="analogue", emotion=-1),
        tp("shop", "action", label="Online-Shop", catalogue_id="online_shop", emotion=2,
           kpis=(Kpi(name="Konversionsrate", unit="%", target=3.0, actual=2.5),)),
        tp("news", "loyalty", label="Newsletter", catalogue_id="newsletter"),
        tp("review", "advocacy", label="Bewertungsportal", catalogue_id="review_portal", contact="indirect"),
    ]
    ids = [t.id for t in tps]
    links = [link(a, b) for a, b in itertools.pairwise(ids)]
    persona = Persona(id="p1", name="Einkäuferin Eva", touchpoint_ids=("fair", "web"), link_ids=("fair-web",),
                      emotions={"web": -1})
    opportunity = Opportunity(id="op-call", text="Rückruf in 2 h", touchpoint_ids=("call",))
    return journey(tps, links, personas=(persona,), opportunities=(opportunity,),
                   meta=Meta(title="Größte Reise", company="Müller & Söhne GmbH"))


@pytest.fixture
def sample_data() -> ProjectData:
    return make_sample()


@pytest.fixture
def project(sample_data) -> Project:
    return Project(sample_data)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box is answered without showing (Discard for questions) and recorded."""
    from tests.helpers.app import MessageBoxes

    return MessageBoxes(monkeypatch)


@pytest.fixture
def window(qtbot, tmp_path, boxes):
    """An editor window on an empty journey; closed quietly after the test."""
    from tests.helpers.app import close_quietly, make_window

    win = make_window(qtbot, tmp_path)
    yield win
    close_quietly(win)


@pytest.fixture
def german(qtbot, tmp_path, boxes):
    """An editor window in German on an empty journey; closed quietly after the test."""
    from tests.helpers.app import close_quietly, make_window

    win = make_window(qtbot, tmp_path, lang="de")
    yield win
    close_quietly(win)
