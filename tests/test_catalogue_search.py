"""Catalogue lookup, filters, search (case-, umlaut- and accent-insensitive) and the phase-fit answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap.catalogue import CATEGORY_IDS, PHASE_IDS, Catalogue, PhaseFit, catalogue, fold, load_catalogue

MINI = Path(__file__).parent / "fixtures" / "catalogue" / "mini"
MATRIX = json.loads((Path(__file__).parent / "fixtures" / "guide_matrix.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def mini() -> Catalogue:
    return load_catalogue(MINI / "catalogue")


def _ids(entries) -> list[str]:
    return [e.id for e in entries]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Über-Messe!", "ueber messe"),
        ("ÄÖÜ äöü", "aeoeue aeoeue"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Café crème", "cafe creme"),
        ("  Online   Messen ", "online messen"),
        ("E-Mail/Newsletter", "e mail newsletter"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_without_e() -> None:
    assert fold("Über Straße", umlauts_as_e=False) == "uber strasse"


@pytest.mark.parametrize("query", ["Messe", "messe", "MESSE", "  messe "])
def test_messe_finds_online_fairs_and_fair_stand(query: str) -> None:
    found = _ids(catalogue().search(query))
    assert "online_trade_fair" in found and "trade_fair_stand" in found


def test_umlauts_written_out_find_umlauts() -> None:
    cat = catalogue()
    with_ueber = [
        e.id for e in cat.entries
        if any("über" in t.casefold() for t in (e.name.de, e.description.de, e.name.en, e.description.en))
    ]
    assert with_ueber, "the German texts should use 'über' somewhere"
    found = _ids(cat.search("ueber"))
    assert set(with_ueber) <= set(found)
    assert found == _ids(cat.search("über")) == _ids(cat.search("ÜBER")) == _ids(cat.search("Ueber"))


def test_umlauts_without_dots_find_umlauts(mini: Catalogue) -> None:
    assert _ids(mini.search("uber")) == ["hotline"]  # "über" in the German description
    assert _ids(mini.search("strasse")) == _ids(mini.search("Straßen")) == ["hotline"]


def test_names_come_before_descriptions(mini: Catalogue) -> None:
    assert _ids(mini.search("messe")) == ["fair_stand", "web_page"]


def test_all_words_must_match(mini: Catalogue) -> None:
    assert _ids(mini.search("kunden telefon")) == ["hotline"]
    assert _ids(mini.search("kunden messe")) == []


def test_language_limits_the_search(mini: Catalogue) -> None:
    assert _ids(mini.search("Messestand", lang="de")) == ["fair_stand"]
    assert _ids(mini.search("Messestand", lang="en")) == []
    assert _ids(mini.search("trade fair", lang="en")) == ["fair_stand", "web_page"]
    assert _ids(mini.search("trade fair", lang="de")) == []
    with pytest.raises(ValueError, match="unknown language"):
        mini.search("x", lang="fr")


def test_search_finds_ids_too() -> None:
    assert "track_and_trace" in _ids(catalogue().search("track and trace"))


def test_empty_query_gives_everything(mini: Catalogue) -> None:
    assert _ids(mini.search("")) == _ids(mini.entries)
    assert _ids(mini.search(" - ")) == _ids(mini.entries)


def test_search_in_english_and_german_names() -> None:
    cat = catalogue()
    assert "review_portal" in _ids(cat.search("review"))
    assert "field_sales_visit" in _ids(cat.search("außendienst"))
    assert "field_sales_visit" in _ids(cat.search("aussendienst"))


def test_lookup(mini: Catalogue) -> None:
    assert mini.get("hotline").name.en == "Customer hotline"
    assert "hotline" in mini and "nothing" not in mini
    assert len(mini) == 3 and _ids(mini) == ["web_page", "fair_stand", "hotline"]
    assert mini.find("nothing") is None and mini.find(None) is None
    assert mini.index("hotline") == 2
    assert mini.category("visualisation").id == "visualisation"
    with pytest.raises(KeyError, match="no catalogue entry 'nothing'"):
        mini.get("nothing")
    with pytest.raises(KeyError, match="no need category"):
        mini.category("nothing")


def test_needs_are_flattened(mini: Catalogue) -> None:
    needs = mini.get("web_page").needs
    assert tuple(needs) == CATEGORY_IDS
    assert (needs["visualisation"], needs["credibility"], needs["low_running_cost"], needs["sales_channels"]) == (
        3, 2, 2, 0)


def test_filters(mini: Catalogue) -> None:
    assert _ids(mini.filter()) == ["web_page", "fair_stand", "hotline"]
    assert _ids(mini.filter(phase="desire")) == ["web_page", "fair_stand"]
    assert _ids(mini.filter(kind="analogue")) == ["fair_stand", "hotline"]
    assert _ids(mini.filter(phase="interest", kind="digital")) == ["web_page"]
    assert _ids(mini.filter(phase="advocacy")) == []
    with pytest.raises(ValueError, match="unknown phase 'onboarding'"):
        mini.filter(phase="onboarding")
    with pytest.raises(ValueError, match="unknown kind"):
        mini.filter(kind="hybrid")


@pytest.mark.parametrize("phase", PHASE_IDS)
def test_filter_by_phase_follows_table_1(phase: str) -> None:
    found = {e.id for e in catalogue().filter(phase=phase, kind="digital")}
    assert found == {entry_id for entry_id, phases in MATRIX["phases"].items() if phase in phases}


def test_fits_phase_for_a_guide_entry() -> None:
    cat = catalogue()
    fit = cat.fits_phase("blog", "interest")
    assert fit.fits and fit.suggested == ("interest",) and fit.source == "guide"
    miss = cat.fits_phase("blog", "attention")
    assert isinstance(miss, PhaseFit) and not miss.fits
    assert miss.message("en") == "The guide suggests Blog for Interest, not for Attention."
    assert miss.message("de") == "Der Leitfaden empfiehlt Blog für Interesse, nicht für Aufmerksamkeit."


def test_fits_phase_for_our_own_entry(mini: Catalogue) -> None:
    fit = mini.fits_phase("hotline", "attention")
    assert not fit.fits and fit.source == "own"
    assert fit.message("en") == "We suggest Customer hotline for Loyalty, not for Attention."
    assert fit.message("de").startswith("Wir empfehlen Kundenhotline für Loyalität")
    ok = mini.fits_phase("fair_stand", "interest")
    assert ok.fits and "Attention, Interest, Desire" in ok.message("en")


@pytest.mark.parametrize(("entry_id", "phase"), [(None, "desire"), ("", "desire"), ("my_own", "desire"),
                                                 ("blog", "onboarding")])
def test_unknown_entries_and_custom_phases_fit_everywhere(entry_id, phase: str) -> None:
    fit = catalogue().fits_phase(entry_id, phase)
    assert fit.fits and fit.suggested == () and fit.source is None and fit.message("de") == ""
