"""Static checks for the SVG icons in resources/icons (no Qt required)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ICON_DIR = Path(__file__).parent.parent / "resources" / "icons"

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

DIGITAL_IDS = [
    "ar", "review_portal", "blog", "chatbot", "digital_payment", "email", "e_marketplace", "forum",
    "instant_messenger", "live_chat", "mobile_app", "newsletter", "online_trade_fair", "online_shop",
    "service_platform", "social_media", "voice_assistant", "sem", "track_and_trace", "video_conference",
    "vr", "virtual_showroom", "website",
]
ANALOGUE_IDS = [
    "trade_fair_stand", "phone_call", "field_sales_visit", "plant_tour", "personal_meeting",
    "print_brochure", "business_card_qr", "word_of_mouth", "trade_press_article", "conference_talk",
    "letter_invoice", "customer_hotline", "print_advertisement", "customer_event", "on_site_service",
    "sample_delivery",
]
REQUIRED_IDS = DIGITAL_IDS + ANALOGUE_IDS + ["custom", "journeymap"]

FORBIDDEN_TAGS = {"script", "image", "text", "foreignObject", "iframe", "object", "embed"}

SVG_FILES = sorted(ICON_DIR.glob("*.svg"))


def _local(name: str) -> str:
    """Strip an XML namespace: '{ns}tag' -> 'tag'."""
    return name.rsplit("}", 1)[-1]


def test_id_lists_are_complete_and_unique():
    assert len(DIGITAL_IDS) == 23
    assert len(ANALOGUE_IDS) == 16
    assert len(set(REQUIRED_IDS)) == len(REQUIRED_IDS) == 41


@pytest.mark.parametrize("icon_id", REQUIRED_IDS)
def test_required_icon_exists(icon_id):
    assert (ICON_DIR / f"{icon_id}.svg").is_file(), f"missing icon {icon_id}.svg"


def test_icon_folder_not_empty():
    assert SVG_FILES, f"no SVG files in {ICON_DIR}"


@pytest.mark.parametrize("svg_path", SVG_FILES, ids=lambda p: p.name)
def test_svg_is_safe_and_well_formed(svg_path):
    root = ET.parse(svg_path).getroot()

    assert root.tag == f"{{{SVG_NS}}}svg", f"{svg_path.name}: root is {root.tag!r}, not svg"
    view_box = root.get("viewBox")
    assert view_box, f"{svg_path.name}: no viewBox"
    parts = view_box.replace(",", " ").split()
    assert len(parts) == 4 and all(float(p) >= 0 for p in parts)

    for el in root.iter():
        tag = _local(el.tag)
        assert tag not in FORBIDDEN_TAGS, f"{svg_path.name}: forbidden element <{tag}>"
        for attr, value in el.attrib.items():
            name = _local(attr)
            assert not name.lower().startswith("on"), f"{svg_path.name}: event attribute {attr}"
            if name == "href":
                # only same-document fragment references would be acceptable
                assert value.startswith("#"), f"{svg_path.name}: external reference {value!r}"
            assert "javascript:" not in value.lower(), f"{svg_path.name}: javascript in {attr}"
            if "url(" in value:
                assert value.replace(" ", "").startswith("url(#"), f"{svg_path.name}: external url {value!r}"


@pytest.mark.parametrize("svg_path", SVG_FILES, ids=lambda p: p.name)
def test_svg_has_title(svg_path):
    root = ET.parse(svg_path).getroot()
    title = root.find(f"{{{SVG_NS}}}title")
    assert title is not None and (title.text or "").strip(), f"{svg_path.name}: missing <title>"


@pytest.mark.parametrize("icon_id", DIGITAL_IDS + ANALOGUE_IDS + ["custom"])
def test_touchpoint_icon_uses_24_grid_line_style(icon_id):
    root = ET.parse(ICON_DIR / f"{icon_id}.svg").getroot()
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("fill") == "none"
    assert root.get("stroke-width") == "1.75"
    allowed = {"svg", "title", "path", "line", "circle", "rect", "polyline", "ellipse"}
    used = {_local(el.tag) for el in root.iter()}
    assert used <= allowed, f"{icon_id}: unexpected elements {used - allowed}"
