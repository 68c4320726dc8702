"""The PDF's “Recommended touchpoints” section and the persona emotion curves on the map page, read back."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from journeymap.catalogue import catalogue
from journeymap.catalogue.recommender import recommend
from journeymap.export import render_pdf
from journeymap.export.pdf_map import persona_curves
from journeymap.fileformat import load
from journeymap.layout import map_geometry
from journeymap.layout.geometry import emotion_y
from journeymap.locate import resource_path
from journeymap.model import Persona, ProjectData
from tests.conftest import make_sample
from tests.helpers.pdf import outline_titles, pdf_text

DAY = dt.date(2026, 11, 22)


def _reader(data: ProjectData, lang: str = "de", mode: str = "auto") -> PdfReader:
    content, _ = render_pdf(data, lang=lang, mode=mode, today=DAY)
    return PdfReader(io.BytesIO(content))


def _section_pages(reader: PdfReader, title: str) -> range:
    """The section's pages: from the one with its title up to the KPI section, which always follows it."""
    texts = [p.extract_text() or "" for p in reader.pages]
    first = next(i for i, text in enumerate(texts) if title in text)
    kpis = next(i for i, text in enumerate(texts)
                if i > first and ("KPIs je Phase" in text or "KPIs per phase" in text))
    return range(first, kpis)


@pytest.fixture(scope="module")
def schmidt() -> ProjectData:
    return load(resource_path("samples", "schmidt.journey"))


@pytest.fixture(scope="module")
def two_personas(schmidt) -> ProjectData:
    """The Schmidt sample with a second persona on every other touchpoint, feeling differently at two."""
    order = {pid: i for i, pid in enumerate(schmidt.phase_model.ids())}
    path = [tp.id for i, tp in enumerate(sorted(schmidt.touchpoints, key=lambda tp: (order[tp.phase], tp.position)))
            if i % 2 == 0]
    second = Persona(id="p_second", name="Thomas Berger", colour="#1F78B4", touchpoint_ids=tuple(path),
                     emotions={path[0]: -2, path[2]: 2})
    return schmidt.model_copy(update={"personas": (*schmidt.personas, second)})


# ---------------------------------------------------------------- the recommendations section
@pytest.mark.parametrize("lang, title", [("de", "Empfohlene Touchpoints"), ("en", "Recommended touchpoints")])
def test_section_title_entries_and_outline_titles(schmidt, lang, title):
    assert any(schmidt.answers.values())
    reader = _reader(schmidt, lang)
    assert title in outline_titles(reader)
    pages = _section_pages(reader, title)
    text = pdf_text(reader, pages)
    result = recommend(schmidt.answers, catalogue(), schmidt)
    for rec in result.recommendations[:10]:
        assert rec.entry.name.get(lang) in text, rec.entry.id
        assert f"{rec.score:.0f} %" in text
        assert rec.band.label.get(lang) in text
    assert result.recommendations[0].reasons[0].name.get(lang) in text  # the reasons
    for cid, level in schmidt.answers.items():  # the weighted needs
        if level:
            assert catalogue().category(cid).name.get(lang) in text
    weighted = "Gewichtete Bedürfnisse" if lang == "de" else "Weighted needs"
    assert weighted in text
    assert ("Leere Phasen" if lang == "de" else "Empty phases") not in text  # every phase is used: no block


def test_section_comes_after_the_personas_and_before_the_kpis(schmidt):
    titles = outline_titles(_reader(schmidt, "de"))
    assert titles.index(schmidt.personas[-1].name) < titles.index("Empfohlene Touchpoints") < titles.index(
        "KPIs je Phase")


def test_no_answers_no_section(schmidt):
    for answers in ({}, {"visualisation": 0, "credibility": 0}):
        reader = _reader(schmidt.model_copy(update={"answers": answers}), "en")
        assert "Recommended touchpoints" not in outline_titles(reader)
        assert "Recommended touchpoints" not in pdf_text(reader)


def test_empty_phases_are_named_with_touchpoints_that_suit_them():
    data = make_sample()
    data = data.model_copy(update={"touchpoints": data.touchpoints[:4], "links": data.links[:3],
                                   "personas": (), "answers": {"visibility_reach": 3, "customer_relationship": 2}})
    reader = _reader(data, "en")
    text = pdf_text(reader, _section_pages(reader, "Recommended touchpoints"))
    assert "Empty phases" in text
    result = recommend(data.answers, catalogue(), data)
    assert result.empty_phases == ("loyalty", "advocacy")
    for phase, name in (("loyalty", "Loyalty:"), ("advocacy", "Advocacy:")):
        assert name in text
        best = next(r for r in result.recommendations if phase in r.entry.phases)
        assert best.entry.name.get("en") in text
    assert "fills the empty phase" in text


def test_a_missing_catalogue_leaves_the_section_out(schmidt, monkeypatch):
    import journeymap.catalogue as package

    def broken():
        raise RuntimeError("no catalogue")

    monkeypatch.setattr(package, "catalogue", broken)
    reader = _reader(schmidt, "en")
    assert "Recommended touchpoints" not in outline_titles(reader)


# ---------------------------------------------------------------- persona curves on the map
def test_each_persona_has_its_own_curve_through_its_path(two_personas):
    data = two_personas
    band = map_geometry(data.phase_model, 5).band
    curves = persona_curves(data, band)
    assert [p.name for p, _ in curves] == [p.name for p in data.personas]
    for persona, points in curves:
        assessed = [tid for tid in persona.touchpoint_ids
                    if persona.emotion_at(next(tp for tp in data.touchpoints if tp.id == tid)) is not None]
        assert len(points) == len(assessed)
    second = curves[1][1]
    assert second[0][1] == emotion_y(band, -2)  # the persona's own emotions, not the touchpoints'
    assert emotion_y(band, 2) in [y for _, y in second]


def test_a_persona_without_assessed_touchpoints_has_no_curve():
    data = make_sample()
    lonely = Persona(id="p2", name="Ohne Weg")
    data = data.model_copy(update={"personas": (*data.personas, lonely)})
    band = map_geometry(data.phase_model, 5).band
    assert [p.id for p, _ in persona_curves(data, band)] == ["p1"]


@pytest.mark.parametrize("lang, general", [("de", "Allgemeine Kurve"), ("en", "General curve")])
def test_map_legend_names_both_personas_and_the_muted_general_curve(two_personas, lang, general):
    reader = _reader(two_personas, lang, mode="fit")
    map_text = pdf_text(reader, [2])
    for persona in two_personas.personas:
        assert persona.name in map_text
    assert general in map_text


def test_without_personas_the_map_has_no_general_curve_entry(schmidt):
    reader = _reader(schmidt.model_copy(update={"personas": ()}), "en", mode="fit")
    assert "General curve" not in pdf_text(reader, [2])


def test_tiled_map_pages_carry_the_persona_legend(two_personas):
    reader = _reader(two_personas, "en", mode="tile")
    map_pages = [i for i, p in enumerate(reader.pages) if "Journey map" in (p.extract_text() or "")
                 and "Part" in (p.extract_text() or "")]
    assert len(map_pages) > 1
    for i in map_pages:
        assert "Thomas Berger" in pdf_text(reader, [i])
