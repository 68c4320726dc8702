"""The bundled catalogue data is complete, bilingual, has its icons, and matches the guide (Table 1, §2.3)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeymap.catalogue import CATEGORY_IDS, PHASE_IDS, catalogue
from journeymap.locate import resource_path

DIGITAL_IDS = (
    "ar", "review_portal", "blog", "chatbot", "digital_payment", "email", "e_marketplace", "forum",
    "instant_messenger", "live_chat", "mobile_app", "newsletter", "online_trade_fair", "online_shop",
    "service_platform", "social_media", "voice_assistant", "sem", "track_and_trace", "video_conference", "vr",
    "virtual_showroom", "website",
)
ANALOGUE_IDS = (
    "trade_fair_stand", "phone_call", "field_sales_visit", "plant_tour", "personal_meeting", "print_brochure",
    "business_card_qr", "word_of_mouth", "trade_press_article", "conference_talk", "letter_invoice",
    "customer_hotline", "print_advertisement", "customer_event", "on_site_service", "sample_delivery",
)
UNRATED = ("live_chat", "online_trade_fair", "service_platform", "sem", "virtual_showroom")
GUIDE_CATEGORIES = CATEGORY_IDS[:13]
MATRIX = json.loads((Path(__file__).parent / "fixtures" / "guide_matrix.json").read_text(encoding="utf-8"))
ENTRIES = {e.id: e for e in catalogue().entries}


def test_all_contract_ids_and_nothing_else() -> None:
    assert set(ENTRIES) == set(DIGITAL_IDS) | set(ANALOGUE_IDS)
    assert list(ENTRIES)[:23] == list(DIGITAL_IDS)  # the guide's digital touchpoints first, in its order


@pytest.mark.parametrize("entry_id", DIGITAL_IDS)
def test_digital_entries_are_the_guides(entry_id: str) -> None:
    entry = ENTRIES[entry_id]
    assert (entry.kind, entry.source, entry.phases_source) == ("digital", "guide", "guide")


@pytest.mark.parametrize("entry_id", ANALOGUE_IDS)
def test_analogue_entries_are_our_own(entry_id: str) -> None:
    entry = ENTRIES[entry_id]
    assert (entry.kind, entry.source, entry.phases_source) == ("analogue", "own", "own")
    assert [block.source for block in entry.ratings] == ["own"]


def test_matrix_fixture_covers_the_guide() -> None:
    assert set(MATRIX["phases"]) == set(DIGITAL_IDS)
    assert set(MATRIX["needs"]) == set(DIGITAL_IDS)
    assert sorted(MATRIX["unrated"]) == sorted(UNRATED)
    for ratings in MATRIX["needs"].values():
        assert set(ratings) == set(GUIDE_CATEGORIES)


@pytest.mark.parametrize("entry_id", DIGITAL_IDS)
def test_phases_match_table_1(entry_id: str) -> None:
    assert list(ENTRIES[entry_id].phases) == MATRIX["phases"][entry_id]


@pytest.mark.parametrize("entry_id", [i for i in DIGITAL_IDS if i not in UNRATED])
def test_ratings_match_section_2_3(entry_id: str) -> None:
    entry = ENTRIES[entry_id]
    guide, own = entry.ratings
    assert guide.source == "guide" and guide.reason is None
    assert guide.values == MATRIX["needs"][entry_id]
    assert own.source == "own" and set(own.values) == {"low_running_cost"}
    assert own.reason is not None


@pytest.mark.parametrize("entry_id", UNRATED)
def test_unrated_entries_carry_only_our_own_ratings(entry_id: str) -> None:
    (block,) = ENTRIES[entry_id].ratings
    assert block.source == "own" and block.reason is not None
    assert set(block.values) == set(CATEGORY_IDS)


def test_need_categories() -> None:
    categories = catalogue().categories
    assert tuple(c.id for c in categories) == CATEGORY_IDS
    assert [c.source for c in categories] == ["guide"] * 13 + ["own"]


def _texts(node: object, where: str = ""):
    """Every localised text (a dict with `de` or `en`) in a JSON document, with where it is."""
    if isinstance(node, dict):
        if "de" in node or "en" in node:
            yield where, node
        else:
            for key, value in node.items():
                yield from _texts(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            label = value.get("id", index) if isinstance(value, dict) else index
            yield from _texts(value, f"{where}[{label}]")


@pytest.mark.parametrize("file", ["needs.json", "touchpoints.json"])
def test_every_text_in_german_and_english(file: str) -> None:
    document = json.loads(resource_path("catalogue", file).read_text(encoding="utf-8"))
    texts = list(_texts(document))
    assert len(texts) >= (3 * 14 if file == "needs.json" else 39 * 7)  # name, explanation, question / name, …
    for where, text in texts:
        assert set(text) == {"de", "en"}, where
        for lang in ("de", "en"):
            assert isinstance(text[lang], str) and text[lang].strip() == text[lang] and text[lang], (where, lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_names_are_unique_per_language(lang: str) -> None:
    names = [e.name.get(lang).casefold() for e in ENTRIES.values()]
    assert len(names) == len(set(names))


def test_phases_are_known_and_every_phase_has_touchpoints() -> None:
    for phase in PHASE_IDS:
        assert catalogue().filter(phase=phase), phase


@pytest.mark.parametrize("entry_id", DIGITAL_IDS + ANALOGUE_IDS)
def test_icon_exists_and_is_svg(entry_id: str) -> None:
    entry = ENTRIES[entry_id]
    assert entry.icon == f"{entry_id}.svg"
    path = resource_path("icons", entry.icon)
    assert path.is_file(), path
    root = ET.fromstring(path.read_bytes())
    assert root.tag in ("svg", "{http://www.w3.org/2000/svg}svg")
    assert root.get("viewBox"), f"{path.name} has no viewBox"
