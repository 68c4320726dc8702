"""Persona sheets read back: one A4 page per persona or an empty form, their fields, the channel tick list, every
text inside the page's margins even for personas with far too much text; rendered."""

from __future__ import annotations

import pytest

from journeymap.catalogue import catalogue
from journeymap.export.kit import render_personas
from journeymap.export.kit.persona_sheet import MARGIN
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Meta, Persona, ProjectData
from tests.helpers.kit_pdf import MM, fonts, page_texts, qpdf_check, reader, render_gray, runs, squeezed


@pytest.fixture(scope="module")
def schmidt() -> ProjectData:
    return load(resource_path("samples", "schmidt.journey"))


def test_one_sheet_per_persona_then_the_empty_ones(schmidt):
    content, report = render_personas("de", schmidt, blank=2, invariant=True)
    assert (report.items, report.blank, report.pages) == (len(schmidt.personas), 2, len(schmidt.personas) + 2)
    pages = page_texts(content)
    for page, persona in zip(pages, schmidt.personas, strict=False):
        text = squeezed(page)
        for value in (persona.name, persona.role, persona.industry, *persona.goals, *persona.pains):
            assert squeezed(value) in text, value
        assert squeezed(persona.quote) in text
    for page in pages[len(schmidt.personas):]:
        assert "Leerer Bogen zum Ausfüllen" in page and "Skizze oder Foto" in page
    for page in reader(content).pages:
        w, h = float(page.mediabox.width) / MM, float(page.mediabox.height) / MM
        assert (round(w), round(h)) == (210, 297)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_empty_sheet_has_every_field_and_every_catalogue_channel(lang):
    content, report = render_personas(lang, invariant=True)
    assert (report.items, report.blank, report.pages) == (0, 1, 1)
    text = squeezed(page_texts(content)[0])
    words = ("NAME", "ROLLE", "BRANCHE", "SEGMENT", "ZIELE", "SCHMERZPUNKTE", "BEVORZUGTEKANÄLE") if lang == "de" \
        else ("NAME", "ROLE", "INDUSTRY", "SEGMENT", "GOALS", "PAINS", "PREFERREDCHANNELS")
    for word in words:
        assert word in text
    for entry in catalogue():
        assert squeezed(entry.name.get(lang)) in text, entry.id


def test_a_journey_without_personas_gives_one_empty_sheet():
    content, report = render_personas("en", ProjectData(meta=Meta(title="Bare")), invariant=True)
    assert (report.items, report.blank, report.pages) == (0, 1, 1)
    assert "Journey: Bare" in page_texts(content)[0]


def test_preferred_channels_are_ticked_and_unknown_ones_listed():
    persona = Persona(id="p", name="Eva", channels=("website", "email", "carrier_pigeon"))
    content, _ = render_personas("en", ProjectData(personas=(persona,)), invariant=True)
    channel_runs = {r.text: r.bold for r in runs(content) if r.size == 8}  # the tick list is set in 8 pt
    assert channel_runs["Website"] and channel_runs["E-mail"] and channel_runs["carrier pigeon"]
    assert not channel_runs["Blog"] and not channel_runs["Newsletter"]
    assert sum(channel_runs.values()) == 3


def test_overlong_persona_stays_on_its_page(tmp_path):
    persona = Persona(id="p", name="Maximiliane " * 40, role="Leiterin " * 300, industry="Branche " * 100,
                      quote="Zitat " * 1500, goals=tuple("Ziel " * 80 for _ in range(60)),
                      pains=tuple("Schmerz " * 4 for _ in range(60)), channels=(
                          "website", *(f"eigener_kanal_{i}_mit_langem_namen" for i in range(12))))
    content, report = render_personas("de", ProjectData(personas=(persona,)), invariant=True)
    assert report.pages == 1
    w, h = 595.28, 841.89
    for run in runs(content):
        assert run.x >= MARGIN - 0.5 and run.right <= w - MARGIN + 0.5, run.text
        assert MARGIN - 25 <= run.y <= h - MARGIN + 0.5, run.text
    text = page_texts(content)[0]
    assert "…" in text and "weitere" in text
    path = tmp_path / "p.pdf"
    path.write_bytes(content)
    qpdf_check(path)
    _, _, pixels = render_gray(path, 1, 40, tmp_path)
    assert sum(1 for p in pixels if p < 128) > 2000  # the page is drawn, not blank


def test_fonts_embedded_and_bad_options(schmidt):
    content, _ = render_personas("de", schmidt, invariant=True)
    used = fonts(content)
    assert used and all(used.values())
    with pytest.raises(ValueError):
        render_personas("de", schmidt, blank=-1)
    with pytest.raises(ValueError):
        render_personas("fr")
