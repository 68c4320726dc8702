"""The management PDF read back: texts, outline, metadata, fonts, structure, rendering, cancel, reproducibility."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap import __version__
from journeymap.export import ExportCancelled, export_pdf, render_pdf
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Kpi, Link, Meta, Opportunity, Persona, ProjectData, Touchpoint
from tests.helpers.pdf import embedded_fonts, outline_titles, pdf_text

DAY = dt.date(2026, 11, 22)
SAMPLE = resource_path("samples", "schmidt.journey")


@pytest.fixture(scope="module")
def schmidt() -> ProjectData:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def schmidt_pdf(schmidt, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "schmidt.pdf"
    export_pdf(schmidt, out, paper="a4", lang="de", today=DAY)
    return out


def test_every_label_kpi_value_and_umlaut_survives(schmidt, schmidt_pdf):
    reader = PdfReader(schmidt_pdf)
    text = pdf_text(reader)
    assert schmidt.meta.title in text
    for tp in schmidt.touchpoints:
        assert " ".join(tp.label.split()) in text, tp.label
    assert "Klickrate" in text and "2,2" in text and "≥ 3" in text  # German decimal comma, direction of target
    for word in ("Aufmerksamkeit", "Loyalität", "Frästechnik", "Befunde", "Verantwortlich"):
        assert word in text
    assert "Seite 1 von" in text


def test_outline_has_every_section_and_persona(schmidt, schmidt_pdf):
    titles = outline_titles(PdfReader(schmidt_pdf))
    for title in ("Deckblatt", "Zusammenfassung — auf einen Blick", "Journey-Karte", "Personas", "KPIs je Phase",
                  "Befunde", "Anhang: Touchpoints"):
        assert title in titles
    for persona in schmidt.personas:
        assert persona.name in titles


def test_metadata(schmidt, schmidt_pdf):
    meta = PdfReader(schmidt_pdf).metadata
    assert meta.title == schmidt.meta.title
    assert meta.author == schmidt.meta.author
    assert meta.subject
    assert meta.creator == f"journeymap {__version__}"


def test_all_fonts_are_the_embedded_bundled_font(schmidt_pdf):
    fonts = embedded_fonts(PdfReader(schmidt_pdf))
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts), fonts
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(schmidt_pdf)], capture_output=True, text=True, check=True).stdout
        assert "Helvetica" not in listing
        rows = listing.splitlines()[2:]
        assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), listing


def test_pages_are_portrait_text_and_landscape_map(schmidt_pdf):
    reader = PdfReader(schmidt_pdf)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert sizes[0] == (595, 842)  # cover, A4 portrait
    assert sizes[1] == (595, 842)  # the summary
    assert sizes[2] == (842, 595)  # the map, A4 landscape
    blueprint = 4  # the service blueprint's pages follow the map, landscape as well
    assert all(s == (842, 595) for s in sizes[3:3 + blueprint])
    assert all(s == (595, 842) for s in sizes[3 + blueprint:])


def test_a3_and_english(schmidt, tmp_path):
    out = tmp_path / "a3.pdf"
    report = export_pdf(schmidt, out, paper="a3", lang="en", today=DAY)
    reader = PdfReader(out)
    assert report.pages == len(reader.pages)
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (842, 1191)
    text = pdf_text(reader)
    assert "Journey map" in text and "Findings" in text and "Page 1 of" in text and "22 November 2026" in text
    assert "Attention" in text and "KPIs per phase" in text


def test_tile_mode_is_honoured_even_for_a_small_map(schmidt):
    assert render_pdf(schmidt, paper="a3", mode="tile", today=DAY)[1].mode == "tile"


def test_tiling_adds_pages(schmidt):
    assert render_pdf(schmidt, mode="tile", today=DAY)[1].mode == "tile"  # asked for: split even a small map
    big = _journey(60)
    _, fit = render_pdf(big, mode="fit", today=DAY)
    data, tile = render_pdf(big, mode="tile", today=DAY)
    assert fit.mode == "fit" and tile.mode == "tile"
    assert tile.pages > fit.pages
    titles = outline_titles(PdfReader(io.BytesIO(data)))
    assert any(t.startswith("Teil 1 von") for t in titles)


def test_auto_tiles_a_big_map_and_fits_a_small_one(schmidt):
    assert render_pdf(schmidt, paper="a3", today=DAY)[1].mode == "fit"
    big = _journey(90, lanes_only=2)
    assert render_pdf(big, paper="a4", today=DAY)[1].mode == "tile"


def test_euro_and_umlauts_in_user_text(tmp_path):
    data = _journey(3)
    out = tmp_path / "euro.pdf"
    export_pdf(data, out, lang="de", today=DAY)
    text = pdf_text(PdfReader(out))
    assert "Bestellwert" in text and "1.234,5" in text and "€" in text
    assert "Größe & Übermaß „Ä“ – ß → ✓" in text


def test_qpdf_check_passes(schmidt_pdf):
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    result = subprocess.run(["qpdf", "--check", str(schmidt_pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_rendered_pages_are_not_blank(schmidt_pdf, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    from PIL import Image, ImageStat

    subprocess.run(["pdftoppm", "-r", "20", "-png", str(schmidt_pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(PdfReader(schmidt_pdf).pages)
    for page in pages:
        variance = ImageStat.Stat(Image.open(page).convert("L")).var[0]
        assert variance > 20, f"{page.name} looks blank (variance {variance:.1f})"


def test_reproducible_bytes_in_invariant_mode(schmidt):
    first, _ = render_pdf(schmidt, today=DAY, invariant=True)
    second, _ = render_pdf(schmidt, today=DAY, invariant=True)
    assert first == second


def test_progress_is_reported_and_ends_complete(schmidt):
    calls: list[tuple[int, int]] = []
    _, report = render_pdf(schmidt, today=DAY, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (report.pages, report.pages)
    assert [d for d, _ in calls[:-1]] == list(range(1, report.pages + 1))
    assert all(done <= total for done, total in calls)


def test_cancel_leaves_no_file(schmidt, tmp_path):
    out = tmp_path / "cancelled.pdf"
    pages = []

    def cancelled() -> bool:
        return len(pages) >= 2

    with pytest.raises(ExportCancelled):
        export_pdf(schmidt, out, progress=lambda d, t: pages.append(d), cancelled=cancelled, today=DAY)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_cancel_before_start_and_existing_file_kept(schmidt, tmp_path):
    out = tmp_path / "old.pdf"
    out.write_bytes(b"old report")
    with pytest.raises(ExportCancelled):
        export_pdf(schmidt, out, cancelled=lambda: True)
    assert out.read_bytes() == b"old report"


def test_bad_options_are_refused(schmidt, tmp_path):
    for kwargs in ({"paper": "a5"}, {"lang": "fr"}, {"mode": "zoom"}):
        with pytest.raises(ValueError):
            export_pdf(schmidt, tmp_path / "x.pdf", **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_empty_journey_exports(tmp_path):
    out = tmp_path / "empty.pdf"
    report = export_pdf(ProjectData(), out, lang="en", today=DAY)
    text = pdf_text(PdfReader(out))
    assert report.pages == len(PdfReader(out).pages) == 3  # cover, map, findings: empty sections are left out
    assert "Untitled journey" in text and "no touchpoints yet" in text and "The phase Attention has no" in text
    titles = outline_titles(PdfReader(out))
    assert "KPIs per phase" not in titles and "Personas" not in titles and "Appendix: touchpoints" not in titles


def test_big_map_tiles_and_labels_stay_legible():
    data = _journey(150)
    pdf, report = render_pdf(data, paper="a4", today=DAY)
    assert report.mode == "tile"
    text = pdf_text(PdfReader(io.BytesIO(pdf)))
    for tp in data.touchpoints[::10]:
        assert tp.label in text


def _journey(count: int, lanes_only: int = 6) -> ProjectData:
    """A journey with `count` touchpoints over the first `lanes_only` lanes, links, a persona and a € KPI."""
    phases = ("attention", "interest", "desire", "action", "loyalty", "advocacy")[:lanes_only]
    tps = []
    for i in range(count):
        phase = phases[i % len(phases)]
        tps.append(Touchpoint(
            id=f"t{i}", label=f"Touchpoint {i} Größe & Übermaß „Ä“ – ß → ✓" if i == 0 else f"Schritt {i} Beratung",
            phase=phase, position=float(i // len(phases)), catalogue_id="website" if i % 3 else None,
            emotion=(i % 5) - 2,
                    kpis=(Kpi(name="Bestellwert", unit="€", target=1000.0, actual=1234.5),) if i == 0 else (),
            pain_points=("Wartezeit",)))
    links = tuple(Link(id=f"l{i}", source=f"t{i}", target=f"t{i + 1}", label="weiter" if i % 4 == 0 else "")
                  for i in range(count - 1) if tps[i].phase != tps[i + 1].phase or lanes_only == 1)
    persona = Persona(id="p", name="Einkäuferin Eva", touchpoint_ids=tuple(t.id for t in tps[:4]),
            channels=("website",))
    opportunities = tuple(Opportunity(id=f"o{i}", text="Rückruf", touchpoint_ids=(f"t{i}",)) for i in range(count))
    return ProjectData(meta=Meta(title="Prüfung", company="Müller & Söhne"), touchpoints=tuple(tps), links=links,
                       personas=(persona,), opportunities=opportunities)
