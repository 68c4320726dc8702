"""Touchpoint cards read back: every catalogue entry or journey touchpoint, page sizes, fonts, structure, and every
text inside its card, also for labels and lists far too long for a card; rendered, the cut lines stay clear."""

from __future__ import annotations

import math

import pytest

from journeymap.catalogue import catalogue
from journeymap.export.kit import card_faces as faces
from journeymap.export.kit import render_cards
from journeymap.export.kit.card_content import first_sentence
from journeymap.export.kit.cards import grid_for
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Meta, Opportunity, ProjectData, Touchpoint
from journeymap.model.values import LocalText, Phase, PhaseModel
from tests.helpers.kit_pdf import MM, fonts, page_texts, qpdf_check, reader, render_gray, runs, squeezed

SAMPLE = resource_path("samples", "schmidt.journey")


@pytest.fixture(scope="module")
def schmidt() -> ProjectData:
    return load(SAMPLE)


@pytest.fixture(scope="module", params=["de", "en"])
def catalogue_pdf(request) -> tuple[str, bytes]:
    content, report = render_cards(request.param, "a4", blank=2, invariant=True)
    assert report.items == len(catalogue()) and report.blank == 2
    return request.param, content


def long_journey() -> ProjectData:
    """Labels, pain points and opportunities far beyond what a card holds, one very long word, a URL, custom
    phases."""
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller" * 3
    tps = (
        Touchpoint(id="a", phase="attention", emotion=-2,
                   label="Ein Touchpoint-Name, der auf keiner Karte Platz hat, weil er weiter und weiter geht " * 60,
                   pain_points=tuple(f"Schmerzpunkt {i} mit genug Text, dass er umbrechen muss" for i in range(40))),
        Touchpoint(id="b", phase="interest", emotion=2, label=word, pain_points=("kurz",)),
        Touchpoint(id="c", phase="desire", kind="analogue", contact="indirect",
                   label="https://www.example.com/ein/sehr/langer/pfad/ohne/leerzeichen/der/nicht/umbrechen/will"),
        Touchpoint(id="d", phase="action", label="X", pain_points=("A" * 5000,)),
    )
    opportunities = (*(Opportunity(id=f"o{i}", text="Chance " + "lang " * 200, touchpoint_ids=("a",))
                       for i in range(25)), Opportunity(id="ob", text=word, touchpoint_ids=("b",)))
    return ProjectData(touchpoints=tps, meta=Meta(title="Sehr lang " * 100), opportunities=opportunities)


def test_every_catalogue_entry_is_a_card(catalogue_pdf):
    lang, content = catalogue_pdf
    pages = page_texts(content)
    assert len(pages) == math.ceil((len(catalogue()) + 2) / 8)
    text = squeezed("\n".join(pages))
    for entry in catalogue():
        assert squeezed(entry.name.get(lang)) in text, entry.id
        assert squeezed(first_sentence(entry.description.get(lang))) in text, entry.id
    assert ("STÄRKEN" if lang == "de" else "SERVESBEST") in text
    m = len(pages)
    assert (f"Seite 1 von {m}" if lang == "de" else f"Page 1 of {m}") in pages[0]


def test_first_sentence_keeps_abbreviations():
    assert first_sentence("Etwa z. B. Messen. Dann mehr.") == "Etwa z. B. Messen."
    assert first_sentence("One sentence only") == "One sentence only"
    for entry in catalogue():  # every card has a real sentence, not a fragment
        assert len(first_sentence(entry.description.get("de"))) >= 40, entry.id


@pytest.mark.parametrize("paper, size", [("a4", (595.28, 841.89)), ("a3", (841.89, 1190.55))])
def test_pages_are_portrait_a4_or_a3(paper, size):
    content, report = render_cards("en", paper, invariant=True)
    assert report.paper == paper and report.pages == math.ceil(len(catalogue()) / 8)
    for page in reader(content).pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == size


def test_card_size_and_crop_marks_on_a4_and_a3():
    a4 = grid_for((595.28, 841.89), "a4")
    assert round((a4.xs[1] - a4.xs[0]) / MM, 1) == 90.0 and round((a4.ys[1] - a4.ys[0]) / MM, 1) == 64.0
    a3 = grid_for((841.89, 1190.55), "a3")
    assert round((a3.xs[1] - a3.xs[0]) / MM) == 127 and round((a3.ys[1] - a3.ys[0]) / MM) == 91
    assert a4.xs[0] > 12 * MM and a4.ys[0] > 15 * MM  # room for the marks inside a printer's margin


def test_fonts_are_embedded_and_the_file_is_sound(catalogue_pdf, tmp_path):
    lang, content = catalogue_pdf
    used = fonts(content)
    assert used and all(used.values()), used
    assert all("DejaVuSans" in name for name in used), used
    path = tmp_path / "cards.pdf"
    path.write_bytes(content)
    qpdf_check(path)
    meta = reader(content).metadata
    assert meta.title == ("Touchpoint-Karten" if lang == "de" else "Touchpoint cards")
    assert meta.creator.startswith("journeymap ")


def test_every_text_stays_inside_its_card(catalogue_pdf):
    _, content = catalogue_pdf
    _inside_cards(runs(content))


def test_journey_cards_show_every_touchpoint(schmidt):
    content, report = render_cards("de", "a4", schmidt, invariant=True)
    assert report.items == len(schmidt.touchpoints) and report.blank == 0
    text = squeezed("\n".join(page_texts(content)))
    for tp in schmidt.touchpoints:
        assert squeezed(tp.label) in text, tp.label
        for note in (*tp.pain_points, *(o.text for o in schmidt.opportunities_of(tp.id))):
            assert squeezed(note) in text, note
    assert "#1" in text and f"#{len(schmidt.touchpoints)}" in text
    assert "sehrzufrieden" in text and "neutral" in text
    _inside_cards(runs(content))


def test_journey_cards_in_english_name_the_phase_and_emotion(schmidt):
    content, _ = render_cards("en", "a3", schmidt, blank=3, invariant=True)
    text = "\n".join(page_texts(content))
    assert "Attention" in text and "Advocacy" in text and "PAIN POINTS" in text and "IDEAS" in text
    assert text.count("TOUCHPOINT\n") >= 3  # the empty cards' field
    _inside_cards(runs(content))


def test_long_labels_and_lists_never_leave_their_card():
    data = long_journey()
    for paper in ("a4", "a3"):
        content, _ = render_cards("de", paper, data, blank=1, invariant=True)
        texts = runs(content)
        _inside_cards(texts)
        card_text = " ".join(r.text for r in texts if r.origin != (0.0, 0.0))
        assert "…" in card_text  # shortened with a mark
        assert "+ 37 weitere" in card_text or "weitere" in card_text  # the list says how many are left out


@pytest.mark.parametrize("name, shortened", [("Abschnitt {i}", False), ("Phase mit sehr langem Namen {i}", True)])
def test_custom_phases_number_the_cards_and_the_key(name, shortened):
    phases = PhaseModel(phases=tuple(Phase(id=f"p{i}", name=LocalText(de=name.format(i=i))) for i in range(12)))
    data = ProjectData(phase_model=phases, touchpoints=tuple(
        Touchpoint(id=f"t{i}", label=f"Karte {i}", phase=f"p{i}") for i in range(12)))
    content, report = render_cards("de", "a4", data, blank=1, invariant=True)
    assert report.pages == 2
    pages = page_texts(content)
    key = pages[0][pages[0].index("Phasen:"):pages[0].index("Seite 1 von 2")]
    for i in range(12):  # the key in the margin names every phase, in two lines, shortened only if need be
        entry = f"{i + 1}\n" + (name.format(i=i)[:10] if shortened else name.format(i=i))
        assert entry in key, entry
    assert ("…" in key) == shortened
    assert "#12\nKarte 11" in pages[1]
    _inside_cards(runs(content))


def test_empty_journey_without_blank_cards_is_refused():
    with pytest.raises(ValueError, match="no touchpoints"):
        render_cards("de", "a4", ProjectData())
    _, report = render_cards("de", "a4", ProjectData(), blank=9, invariant=True)
    assert (report.items, report.blank, report.pages) == (0, 9, 2)


@pytest.mark.parametrize("kwargs", [{"paper": "a2"}, {"lang": "fr"}, {"blank": -1}, {"blank": 5000}])
def test_bad_options_are_refused(kwargs):
    with pytest.raises(ValueError):
        render_cards(**{"lang": "de", "paper": "a4", **kwargs})


def test_progress_and_cancel():
    from journeymap.export import ExportCancelled

    calls = []
    render_cards("de", "a4", progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] == 5 and [c[0] for c in calls[:5]] == [1, 2, 3, 4, 5]
    with pytest.raises(ExportCancelled):
        render_cards("de", "a4", cancelled=lambda: len(calls) > 6, progress=lambda d, t: calls.append((d, t)))


def test_rendered_sheet_keeps_the_cut_lines_clear(tmp_path):
    """Between two cards lies the cut: nothing dark may cross the band along it (text running off a card would)."""
    content, _ = render_cards("de", "a4", long_journey(), blank=4, invariant=True)
    path = tmp_path / "cards.pdf"
    path.write_bytes(content)
    dpi = 100
    width, _, pixels = render_gray(path, 1, dpi, tmp_path)
    grid = grid_for((595.28, 841.89), "a4")
    px = dpi / 72
    band = faces.INSET - 1.5  # points either side of a cut line that no card draws on

    def dark(x: int, y: int) -> bool:
        return pixels[y * width + x] < 140

    top, bottom = int((841.89 - grid.ys[-1]) * px) + 2, int((841.89 - grid.ys[0]) * px) - 2
    left, right = int(grid.xs[0] * px) + 2, int(grid.xs[-1] * px) - 2
    def clear(cut: float, lo: float, hi: float, across: bool) -> bool:
        """No dark pixel in the band from `lo` to `hi` (points from the cut) along the cut line."""
        if across:  # a vertical cut at x = cut
            xs = range(int((cut + lo) * px), int((cut + hi) * px) + 1)
            return not any(dark(x, y) for x in xs for y in range(top, bottom))
        ys = range(int((841.89 - cut - hi) * px), int((841.89 - cut - lo) * px) + 1)
        return not any(dark(x, y) for y in ys for x in range(left, right))

    for cuts, across in ((grid.xs, True), (grid.ys, False)):
        # an outer cut: only the card's side (the crop marks are outside); an inner cut: both sides
        assert clear(cuts[0], 0, band, across) and clear(cuts[-1], -band, 0, across), "ink on an outer cut"
        for cut in cuts[1:-1]:
            assert clear(cut, -band, band, across), f"ink on the cut at {cut}"


def _inside_cards(texts) -> None:
    """Every text drawn in a card's cell (not in the sheet's margin) stays inside the card's content box."""
    on_cards = [r for r in texts if r.origin != (0.0, 0.0)]
    assert on_cards
    for r in on_cards:
        assert r.x >= faces.INSET + faces.STRIP, r
        assert r.right <= faces.RIGHT + 0.6, (r.text, r.right, faces.RIGHT)
        assert faces.INSET + 2 <= r.y <= faces.TOP, r
