"""The PDF's "Service blueprint" and "Opportunities" sections, read back: outline, labelled lines, every row text,
tiling with every row labelled on every page, the matrix and the tables, the quick wins on the summary page."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from journeymap.export import render_pdf
from journeymap.export.pdf_document import check_options
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import BLUEPRINT_ROWS, Blueprint, BlueprintRow, Opportunity, ProjectData, Touchpoint
from journeymap.model.phases import AIDALA_IDS
from tests.helpers.kit_pdf import render_gray, runs, squeezed
from tests.helpers.pdf import outline_titles

ROW_LABELS = {"de": ("Belege", "Kundenaktion", "Frontstage", "Backstage", "Unterstützungs"),
              "en": ("Evidence", "Customer action", "Frontstage", "Backstage", "Support processes")}
LINES = {"de": ("Interaktionslinie", "Sichtbarkeitslinie", "Interne Interaktionslinie"),
         "en": ("Line of interaction", "Line of visibility", "Line of internal interaction")}


def sample(name: str) -> ProjectData:
    return load(resource_path("samples", f"{name}.journey"))


def pdf(data: ProjectData, lang: str = "de", **options) -> tuple[bytes, PdfReader]:
    content, _ = render_pdf(data, lang=lang, invariant=True, **options)
    return content, PdfReader(io.BytesIO(content))


def section_pages(reader: PdfReader, title: str) -> list[int]:
    """The pages (0-based) from the outline entry `title` up to the next top-level entry."""
    tops = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline
            if not isinstance(item, list)]
    for i, (name, page) in enumerate(tops):
        if name == title:
            end = tops[i + 1][1] if i + 1 < len(tops) else len(reader.pages)
            return list(range(page, end))
    raise AssertionError(f"no outline entry {title!r} in {[n for n, _ in tops]}")


@pytest.fixture(scope="module", params=[("schmidt", "de"), ("schmidt", "en"), ("ebike", "de")])
def report(request):
    name, lang = request.param
    data = sample(name)
    content, reader = pdf(data, lang)
    return data, lang, content, reader


def test_the_blueprint_section_shows_every_row_text_with_labelled_lines(report):
    data, lang, _content, reader = report
    title = "Service Blueprint" if lang == "de" else "Service blueprint"
    assert title in outline_titles(reader)
    pages = section_pages(reader, title)
    assert len(pages) >= 2
    text = squeezed(" ".join(reader.pages[p].extract_text() for p in pages))
    for tp in data.touchpoints:  # every touchpoint is a column, every row text and owner is there
        assert squeezed(tp.label) in text, tp.label
        for row in BLUEPRINT_ROWS:
            content_row = tp.blueprint.row(row)
            for item in (*content_row.texts, content_row.owner):
                assert squeezed(item) in text, (tp.id, row, item)
    for p in pages:  # every page: landscape A4, all rows and all three lines labelled
        page = reader.pages[p]
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
        page_text = squeezed(page.extract_text())
        for label in (*ROW_LABELS[lang], *LINES[lang]):
            assert squeezed(label) in page_text, (p, label)


def test_rows_and_lines_run_top_to_bottom_in_blueprint_order(report):
    _data, lang, content, reader = report
    pages = set(section_pages(reader, "Service Blueprint" if lang == "de" else "Service blueprint"))
    order = [ROW_LABELS[lang][0], ROW_LABELS[lang][1], LINES[lang][0], ROW_LABELS[lang][2], LINES[lang][1],
             ROW_LABELS[lang][3], LINES[lang][2], ROW_LABELS[lang][4]]
    by_page: dict[int, dict[str, float]] = {}
    for run in runs(content):
        if run.page in pages:
            for label in order:
                if run.text.strip().startswith(label) and label not in by_page.setdefault(run.page, {}):
                    by_page[run.page][label] = run.y
    assert set(by_page) == pages
    for page, found in by_page.items():
        assert list(found) and [found[label] for label in order] == sorted(found.values(), reverse=True), page


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm is not installed")
def test_the_three_lines_are_drawn_across_the_grid(tmp_path):
    content, reader = pdf(sample("schmidt"))
    page = section_pages(reader, "Service Blueprint")[0]
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    w, h, pixels = render_gray(path, page + 1, 72, tmp_path)
    line_runs = [r for r in runs(content) if r.page == page and r.text.strip() in LINES["de"]]
    assert len(line_runs) == 3
    darkness = []
    for run in line_runs:
        y = round(h - (run.y + 2.4))  # the label sits on its line: baseline 2.4 pt below it
        best = 0.0
        for line in (y - 1, y, y + 1):  # the line may fall between two rows of pixels
            grid = pixels[line * w:(line + 1) * w][int(run.right) + 12:w - 200]  # beyond the label, in the grid
            best = max(best, sum(1 for v in grid if v < 215) / len(grid))
        darkness.append(best)
    solid, dashed, dotted = darkness
    assert solid > 0.6 and 0.35 < dashed < 0.85 and 0.15 < dotted < 0.75, darkness


def tiled_journey(count: int, filled: int) -> ProjectData:
    """`count` touchpoints over the six lanes, the first `filled` of them with all four blueprint rows."""
    tps = []
    for i in range(count):
        blueprint = Blueprint(**{row: BlueprintRow(texts=(f"{row} Schritt {i}", f"zweiter {row} {i}"),
                                                   owner=f"Team {i}") for row in BLUEPRINT_ROWS}) if i < filled \
            else Blueprint()
        tps.append(Touchpoint(id=f"t{i}", label=f"Touchpoint {i}", phase=AIDALA_IDS[i * 6 // count],
                              position=float(i), blueprint=blueprint))
    return ProjectData(touchpoints=tuple(tps))


def test_a_wide_blueprint_is_tiled_with_every_column_once_and_every_row_on_every_page():
    data = tiled_journey(30, 30)
    content, reader = pdf(data, "en", sections=("blueprint",))
    assert len(reader.pages) >= 5
    numbers = []
    for page in reader.pages:
        text = page.extract_text()
        assert all(label in text for label in (*ROW_LABELS["en"], *LINES["en"]))
        numbers += [int(n) for n in re.findall(r"(?m)^#(\d+)$", text)]
    assert numbers == list(range(1, 31))  # every touchpoint once, in journey order, numbered as on the map
    titles = outline_titles(reader)
    assert titles[0] == "Service blueprint" and titles[1:] == [f"Part {n} of {len(reader.pages)}"
                                                               for n in range(1, len(reader.pages) + 1)]
    for run in runs(content):  # every text inside the page's margins (the footer below the grid)
        if run.text.startswith("Page "):
            continue  # "page n of m" is a form drawn at the footer's right end
        assert run.x >= 20 and run.right <= 842 - 20 and 10 <= run.y <= 595 - 20, run


def test_a_long_journey_shows_only_the_touchpoints_with_a_blueprint():
    data = tiled_journey(80, 6)
    _, reader = pdf(data, "en", sections=("blueprint",))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "only touchpoints with blueprint rows: 6 of 80" in text
    assert "Touchpoint 5" in text and "Touchpoint 6" not in text


def test_a_crowded_cell_shrinks_then_says_how_many_more():
    tp = Touchpoint(id="a", label="Anfrage", phase="interest", blueprint=Blueprint(
        backstage=BlueprintRow(texts=tuple(f"Prüfschritt {i} mit einer längeren Beschreibung der Arbeit"
                                           for i in range(60)), owner="Qualitätsmanagement")))
    content, reader = pdf(ProjectData(touchpoints=(tp,)), "de", sections=("blueprint",))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Prüfschritt 0 " in text and re.search(r"\+ \d+ weitere", text) and "Qualitätsmanagement" in text
    sizes = {round(r.size, 1) for r in runs(content) if r.text.startswith("Prüfschritt")}
    assert sizes == {6.0}
    assert all(r.y >= 44 for r in runs(content) if r.text.startswith("Prüfschritt"))  # above the footer


def test_sections_and_what_is_left_out():
    assert "blueprint" in check_options("a4", "de", "auto", None)
    assert "opportunities" in check_options("a4", "de", "auto", None)
    empty = ProjectData(touchpoints=(Touchpoint(id="a", label="A", phase="attention"),))
    _, reader = pdf(empty, "de")
    assert not {"Service Blueprint", "Chancen"} & set(outline_titles(reader))
    with pytest.raises(ValueError, match="nothing to show"):
        pdf(empty, "de", sections=("blueprint", "opportunities"))
    _, reader = pdf(sample("schmidt"), "de", sections=("blueprint", "opportunities"))
    assert [t for t in outline_titles(reader) if not t.startswith("Teil")] == ["Service Blueprint", "Chancen"]
    assert round(float(reader.pages[0].mediabox.width)) == 842  # the first page is a blueprint page


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_opportunities_section_has_the_matrix_and_the_tables(lang):
    data = sample("schmidt")
    _, reader = pdf(data, lang)
    title = "Chancen" if lang == "de" else "Opportunities"
    pages = section_pages(reader, title)
    text = " ".join(" ".join(reader.pages[p].extract_text().split()) for p in pages)
    quadrants = {"de": ("Quick Wins (3)", "Große Vorhaben (2)", "Lückenfüller (1)", "Undankbare Aufgaben (1)"),
                 "en": ("Quick wins (3)", "Big bets (2)", "Fill-ins (1)", "Thankless tasks (1)")}[lang]
    for name in quadrants:
        assert name in text, name
    prefix = "C" if lang == "de" else "O"
    for n, opp in enumerate(data.opportunities, start=1):
        assert f"{prefix}{n}" in text and " ".join(opp.text.split()) in text
    for owner in {o.owner for o in data.opportunities if o.owner}:
        assert f"{owner} (" in text
    assert ("Noch niemand verantwortlich (1)" if lang == "de" else "Nobody responsible yet (1)") in text
    for word in (("Idee", "geplant", "in Arbeit", "erledigt") if lang == "de" else
                 ("idea", "planned", "in progress", "done")):
        assert word in text


def test_the_summary_lists_the_quick_wins_first():
    data = sample("schmidt")
    _, reader = pdf(data, "de")
    summary = " ".join(reader.pages[section_pages(reader, "Zusammenfassung — auf einen Blick")[0]].extract_text()
                       .split())
    assert "Quick Wins (3)" in summary
    assert summary.index("Quick Wins") < summary.index("Emotionale Tiefpunkte")
    for text in ("Registrierung erst beim Bestellen verlangen", "Messekontakte innerhalb von zwei Werktagen"):
        assert text in summary
    assert "Liefertermine im Kundenportal" not in summary.split("Emotionale Tiefpunkte")[0]  # a big bet


def test_unrated_and_whole_journey_opportunities():
    data = ProjectData(touchpoints=(Touchpoint(id="a", label="Anfrage", phase="interest"),),
                       opportunities=(Opportunity(id="o1", text="Preise zeigen", owner="Vertrieb"),
                                      Opportunity(id="o2", text="Rückruf", touchpoint_ids=("a",), impact=3,
                                                  effort=1)))
    _, reader = pdf(data, "en", sections=("opportunities",))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Not rated yet (1): O1 Preise zeigen" in text and "whole journey" in text and "Quick wins (1)" in text


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm is not installed")
@pytest.mark.parametrize("name", ["schmidt", "ebike"])
def test_every_page_of_the_samples_renders(name, tmp_path):
    content, reader = pdf(sample(name), "de")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(content)
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "p")], check=True,
                   capture_output=True)
    assert len(list(tmp_path.glob("p-*.png"))) == len(reader.pages)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_phase_without_touchpoints_keeps_a_column_that_says_so(lang):
    tps = (Touchpoint(id="a", label="Messestand", phase="attention"),
           Touchpoint(id="b", label="Webshop", phase="action",
                      blueprint=Blueprint(frontstage=BlueprintRow(texts=("Bestätigung per E-Mail",)))),
           Touchpoint(id="c", label="Bewertung", phase="advocacy"))
    data = ProjectData(touchpoints=tps)
    content, reader = pdf(data, lang, sections=("blueprint",))
    note = {"de": "In dieser Phase noch kein Touchpoint", "en": "No touchpoint in this phase yet"}[lang]
    text = squeezed(" ".join(page.extract_text() for page in reader.pages))
    assert text.count(squeezed(note)) == 3  # interest, desire, loyalty
    numbers = [int(n) for page in reader.pages for n in re.findall(r"(?m)^#(\d+)$", page.extract_text())]
    assert numbers == [1, 2, 3]  # gaps take no number: the touchpoints keep theirs from the map
    found = runs(content)
    names = [p.name.get(lang) for p in data.phase_model.phases]
    headers = [r for r in found if r.bold and r.size == 8.5]  # the phase headers (a narrow one is shortened)
    assert [r.x for r in headers] == sorted(r.x for r in headers) and len(headers) == len(names)
    assert all(name.startswith(r.text.strip().rstrip("…")) for r, name in zip(headers, names, strict=True))
    heads = dict(zip(names, headers, strict=True))
    first_word = note.split()[0]
    gaps = [r for r in found if not r.bold and r.text.strip().split()[0] == first_word and r.x > 24 + 96]
    assert len(gaps) == 3
    for gap, phase in zip(gaps, ("interest", "desire", "loyalty"), strict=True):
        head = heads[data.phase_model.phases[data.phase_model.index(phase)].name.get(lang)]
        assert head.x <= gap.x < head.x + 72 and gap.y < head.y  # in its phase's column, under its header
        assert gap.size >= 6.0 and not gap.bold  # readable on A4, set apart from the cards' bold labels
