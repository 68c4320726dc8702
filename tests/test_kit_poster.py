"""The lane poster and the journey poster read back: paper sizes, the six lanes with their questions, the emotion
scale, fonts, structure; a journey's every label on its map; texts inside their lanes; rendered scaled down."""

from __future__ import annotations

import pytest

from journeymap.export.kit import poster as lane_poster
from journeymap.export.kit import render_poster
from journeymap.export.kit.texts import QUESTIONS
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Meta, ProjectData, Touchpoint
from journeymap.model.phases import aidala
from tests.helpers.kit_pdf import MM, fonts, page_texts, qpdf_check, reader, render_gray, runs, squeezed

SIZES_MM = {"a2": (594, 420), "a1": (841, 594), "a0": (1189, 841)}


@pytest.mark.parametrize("paper", ["a2", "a1", "a0"])
def test_poster_is_one_landscape_page_of_its_paper(paper):
    content, report = render_poster("de", paper, invariant=True)
    pages = reader(content).pages
    assert report.pages == len(pages) == 1
    w, h = float(pages[0].mediabox.width) / MM, float(pages[0].mediabox.height) / MM
    assert (round(w), round(h)) == SIZES_MM[paper]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_lanes_have_headers_questions_and_rows(lang):
    content, _ = render_poster(lang, "a1", invariant=True)
    text = squeezed(page_texts(content)[0])
    for phase in aidala().phases:
        assert squeezed(phase.name.get(lang)) in text
        assert squeezed(phase.subtitle.get(lang)) in text
        assert squeezed(QUESTIONS[phase.id].get(lang)) in text, phase.id
    for label in ("+2", "+1", "0", "−1", "−2"):
        assert label in text
    rows = ("TOUCHPOINTS", "EMOTION", "SCHMERZPUNKTE", "UNDIDEEN") if lang == "de" else (
        "TOUCHPOINTS", "EMOTION", "PAINPOINTS", "ANDIDEAS")
    for row in rows:
        assert row in text


def test_questions_are_our_own_and_end_in_a_question_mark():
    assert set(QUESTIONS) == {p.id for p in aidala().phases}
    for text in QUESTIONS.values():
        assert text.de.endswith("?") and text.en.endswith("?")


def test_lanes_are_wide_enough_for_printed_cards():
    """A card printed on A4 is 90 mm wide; it fits a lane of the A2 poster, and an A3 card (127 mm) one of A0."""
    lane_a1 = (lane_poster.DESIGN_W - 2 * lane_poster.MARGIN - lane_poster.GUTTER) / 6 / MM
    assert lane_a1 / 2 ** 0.5 >= 90 and lane_a1 * 2 ** 0.5 >= 127


@pytest.mark.parametrize("lang", ["de", "en"])
def test_header_texts_stay_in_their_lane(lang):
    content, _ = render_poster(lang, "a1", invariant=True)
    scale = 1.0  # A1 is the design size
    left = lane_poster.MARGIN + lane_poster.GUTTER
    lane_w = (lane_poster.DESIGN_W - lane_poster.MARGIN - left) / 6
    header_top = lane_poster.DESIGN_H - lane_poster.MARGIN - lane_poster.TITLE_H - 6 * MM
    checked = 0
    for run in runs(content):
        if not header_top - lane_poster.HEADER_H < run.y < header_top:
            continue  # only the lane headers
        lane = int((run.x - left) // lane_w)
        assert run.x >= left + lane * lane_w + lane_poster.LANE_PAD - 0.5, run.text
        assert run.right * scale <= left + (lane + 1) * lane_w - lane_poster.LANE_PAD + 0.5, run.text
        checked += 1
    assert checked >= 6 * 4  # number, name, subtitle and at least one line of the question per lane


def test_fonts_metadata_and_structure(tmp_path):
    content, _ = render_poster("en", "a0", invariant=True)
    used = fonts(content)
    assert used and all(used.values())
    path = tmp_path / "poster.pdf"
    path.write_bytes(content)
    qpdf_check(path)
    meta = reader(content).metadata
    assert meta.title == "Lane poster · Workshop kit"


def test_journey_poster_shows_the_whole_map():
    data = load(resource_path("samples", "schmidt.journey"))
    for paper in ("a2", "a1", "a0"):
        content, report = render_poster("de", paper, data, invariant=True)
        assert report.items == len(data.touchpoints) and report.pages == 1
        text = squeezed(page_texts(content)[0])
        assert squeezed(data.meta.title) in text
        for tp in data.touchpoints:
            assert squeezed(tp.label) in text, tp.label
        page = reader(content).pages[0]
        assert round(float(page.mediabox.width) / MM) == SIZES_MM[paper][0]


def test_journey_poster_of_an_empty_journey_and_an_untitled_one():
    content, _ = render_poster("en", "a1", ProjectData(), invariant=True)
    assert "Untitled journey" in page_texts(content)[0]
    data = ProjectData(touchpoints=(Touchpoint(id="x", label="Only card " * 300, phase="action"),),
                       meta=Meta(title="T " * 3000))
    content, _ = render_poster("en", "a2", data, invariant=True)
    assert "…" in page_texts(content)[0]


@pytest.mark.parametrize("kwargs", [{"paper": "a4"}, {"paper": "poster"}, {"lang": "xx"}])
def test_bad_options_are_refused(kwargs):
    with pytest.raises(ValueError):
        render_poster(**{"lang": "de", "paper": "a1", **kwargs})


def test_rendered_a1_poster_scaled_down_has_the_lane_colours(tmp_path):
    """Rendered at 12 dpi (an A1 poster as a 400 px picture): the six header bars are there in order, darker than
    the lane bodies, and the page is not blank."""
    content, _ = render_poster("de", "a1", invariant=True)
    path = tmp_path / "poster.pdf"
    path.write_bytes(content)
    width, height, pixels = render_gray(path, 1, 12, tmp_path)
    assert width == round(841 / 25.4 * 12) or abs(width - 841 / 25.4 * 12) <= 1
    px = 12 / 72
    bar_y = int((lane_poster.MARGIN + lane_poster.TITLE_H + 6 * MM + 2 * MM) * px)
    left = lane_poster.MARGIN + lane_poster.GUTTER
    lane_w = (lane_poster.DESIGN_W - lane_poster.MARGIN - left) / 6
    for i in range(6):
        x = int((left + (i + 0.5) * lane_w) * px)
        assert min(pixels[y * width + x] for y in range(bar_y - 2, bar_y + 2)) < 170, i  # the colour bar
        assert pixels[(height // 2) * width + x] > 235, i  # the lane body stays light for cards and notes
