"""The management PDF as a reader uses it: label sizes, whole labels, tiles with every phase, working links,
sections, papers, branding, metadata; read back with pypdf, checked with qpdf."""

from __future__ import annotations

import datetime as dt
import io
import math
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from benchmarks.bench_pdf import build_journey
from journeymap.export import render_pdf
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Blueprint, BlueprintRow, Kpi, Meta, Opportunity, ProjectData, Touchpoint
from journeymap.model.phases import AIDALA_IDS
from journeymap.model.values import Logo

DAY = dt.date(2026, 11, 22)
SAMPLES = ("schmidt", "ebike")
LABEL_WORDS = ("Angebot", "Anfrage", "Beratung", "Rückruf", "Demo", "Service", "Rechnung", "Schulung", "Umfrage",
               "Webinar", "Katalog", "Termin", "Ersatzteil", "Wartung", "Lieferzeit")  # from the benchmark journey
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
       b'<rect width="120" height="40" rx="6" fill="#123456"/><circle cx="20" cy="20" r="12" fill="#F0C000"/></svg>')


def _reader(data: ProjectData, **options) -> PdfReader:
    pdf, _ = render_pdf(data, today=DAY, **options)
    return PdfReader(io.BytesIO(pdf))


def _runs(page, bold: bool = False) -> list[tuple[str, float]]:
    """Every text run of a page (or its bold ones: card labels, headers) with its size on paper (font size times
    the scale of text and graphics matrix)."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip() and (not bold or "Bold" in str((font or {}).get("/BaseFont", ""))):
            a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
            c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
            runs.append((text.strip(), size * math.sqrt(abs(a * d - b * c))))

    page.extract_text(visitor_text=visit)
    return runs


def _text(page) -> str:
    return " ".join((page.extract_text() or "").split())


def _section(reader: PdfReader, *titles: str) -> set[int]:
    """The pages of the top-level outline entries named `titles` (each up to the next top-level entry)."""
    tops = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline
            if not isinstance(item, list)]
    ends = [page for _, page in tops[1:]] + [len(reader.pages)]
    return {p for (title, start), end in zip(tops, ends, strict=True) if title in titles for p in range(start, end)}


def _map_pages(reader: PdfReader) -> list[int]:
    """The landscape pages of the map (the service blueprint's pages are landscape too)."""
    blueprint = _section(reader, "Service Blueprint", "Service blueprint")
    return [i for i, p in enumerate(reader.pages)
            if float(p.mediabox.width) > float(p.mediabox.height) and i not in blueprint]


@pytest.fixture(scope="module")
def samples() -> dict[str, ProjectData]:
    return {name: load(resource_path("samples", f"{name}.journey")) for name in SAMPLES}


@pytest.fixture(scope="module")
def big() -> PdfReader:
    return _reader(build_journey(500), paper="a4")


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_sample_labels_are_whole_and_at_least_9_pt(samples, name, paper):
    data = samples[name]
    reader = _reader(data, paper=paper)
    assert "…" not in " ".join(_text(p) for p in reader.pages)
    pages = _map_pages(reader)
    assert len(pages) == 1  # both samples fit one page at a readable size
    runs = _runs(reader.pages[pages[0]], bold=True)
    words = {w for tp in data.touchpoints for w in tp.label.split() if len(w) > 3}
    label_runs = [(text, size) for text, size in runs if any(w in text for w in words)]
    assert len(label_runs) >= len(data.touchpoints)
    assert min(size for _, size in label_runs) >= 9.0 - 0.01, sorted(label_runs, key=lambda r: r[1])[:3]


def test_every_tile_page_shows_all_six_phases_and_labels_stay_readable(big):
    pages = _map_pages(big)
    assert len(pages) > 3
    names = ("Aufmerksamkeit", "Interesse", "Verlangen", "Handlung", "Loyalität", "Empfehlung")
    for i in pages[1:]:  # the tiles (the first map page is the overview)
        text = _text(big.pages[i])
        assert all(name in text for name in names), (i, text[:200])
        sizes = [size for text, size in _runs(big.pages[i], bold=True) if any(w in text for w in LABEL_WORDS)]
        assert sizes and min(sizes) >= 9.0 - 0.01


def test_500_touchpoints_on_a4_stay_under_60_pages(big):
    """Under 60 pages for the sections the report had before blueprint and opportunities. The service blueprint takes
    a page per five or so touchpoints with blueprint rows (the benchmark journey fills them on about half its cards,
    the only ones shown when a journey has more than 60 touchpoints), the opportunities a page per 30 or so."""
    data = build_journey(500)
    blueprint = _section(big, "Service Blueprint")
    opportunities = _section(big, "Chancen")
    assert len(big.pages) - len(blueprint) - len(opportunities) < 60
    filled = sum(1 for tp in data.touchpoints if not tp.blueprint.is_empty())
    assert filled / 6 <= len(blueprint) <= filled / 4
    assert 1 <= len(opportunities) <= len(data.opportunities) / 25 + 2


def _dest_page(reader: PdfReader, annot) -> int:
    dest = annot["/Dest"]
    return reader.get_page_number(dest[0].get_object())


def test_summary_references_link_to_the_card_on_the_map(samples):
    data = samples["schmidt"]
    reader = _reader(data)
    summary = reader.pages[1]
    assert "Auf einen Blick" in _text(summary)
    links = [a.get_object() for a in summary.get("/Annots", [])]
    assert links and all(a["/Subtype"] == "/Link" for a in links)
    for annot in links:
        page = _dest_page(reader, annot)
        assert page == 2 and "Journey-Karte" in _text(reader.pages[page])
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Zusammenfassung — auf einen Blick" in outline


def test_tiles_link_to_their_neighbours_and_the_overview_to_every_tile(big):
    pages = _map_pages(big)
    overview = big.pages[pages[0]]
    targets = {_dest_page(big, a.get_object()) for a in overview.get("/Annots", [])}
    assert set(pages[1:]) <= targets
    second = big.pages[pages[2]]
    targets = {_dest_page(big, a.get_object()) for a in second.get("/Annots", [])}
    assert {pages[0], pages[1], pages[3]} <= targets  # overview, the part above and the part below


def test_findings_are_grouped_by_kind_with_counts(big):
    text = " ".join(_text(p) for p in big.pages)
    assert "Sackgassen (" in text or "Emotionale Tiefpunkte ohne Chance (" in text
    outline_pages = [i for i, p in enumerate(big.pages) if "Befunde" in _text(p)]
    assert outline_pages and len(outline_pages) <= 6


def test_empty_sections_are_left_out_and_sections_can_be_chosen(samples):
    data = samples["ebike"].model_copy(update={"personas": ()})
    titles = [item.title for item in _reader(data, lang="en").outline if not isinstance(item, list)]
    assert "Personas" not in titles and "Cover" in titles
    reader = _reader(samples["schmidt"], lang="en", sections=("map", "kpis"))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == ["Journey map", "KPIs per phase"]
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)  # starts with the map
    with pytest.raises(ValueError):
        render_pdf(samples["schmidt"], sections=("cover", "index"))


@pytest.mark.parametrize("paper, width", [("a4", 842), ("a3", 1191), ("a2", 1684), ("a1", 2384)])
def test_every_paper_size(samples, paper, width):
    reader = _reader(samples["schmidt"], paper=paper, lang="en")
    map_page = reader.pages[_map_pages(reader)[0]]
    assert round(float(map_page.mediabox.width)) == width
    assert "Journey map" in _text(map_page)


def test_poster_is_one_map_page_at_full_size(samples):
    reader = _reader(build_journey(120), paper="poster")
    pages = [p for p in reader.pages if "Journey-Karte" in _text(p) and float(p.mediabox.width) != 595]
    assert len(pages) == 1 and float(pages[0].mediabox.height) > 1191
    sizes = [size for text, size in _runs(pages[0], bold=True) if text.startswith(("Angebot", "Beratung"))]
    assert min(sizes) >= 12.9


def test_tile_mode_is_honoured_on_a3(samples):
    _, report = render_pdf(build_journey(120), paper="a3", mode="tile", today=DAY)
    assert report.mode == "tile"


def test_logo_accent_and_cover_facts(samples):
    meta = samples["schmidt"].meta.model_copy(update={
        "logo": Logo.from_bytes("image/svg+xml", SVG), "accent": "#AA3377", "workshop_date": "2026-10-05",
        "participants": "Anna Schmidt\nBen Ott", "status": "review", "version": "2.1",
        "description": "Wie Stammkunden <Ersatzteile> bestellen\nnach dem Messe-Workshop"})
    reader = _reader(samples["schmidt"].model_copy(update={"meta": meta}))
    cover = _text(reader.pages[0])
    assert "5. Oktober 2026" in cover and "Anna Schmidt, Ben Ott" in cover and "in Prüfung · Version 2.1" in cover
    assert "Wie Stammkunden <Ersatzteile> bestellen" in cover and "nach dem Messe-Workshop" in cover
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), "#336699").save(buffer, "PNG")
    png = meta.model_copy(update={"logo": Logo.from_bytes("image/png", buffer.getvalue())})
    from journeymap.export.logo import load_logo

    assert load_logo(png.logo).width == 60 and load_logo(meta.logo).width == 3 * load_logo(meta.logo).height
    assert load_logo(Logo.from_bytes("image/svg+xml", b"<svg><unclosed")) is None
    _reader(samples["schmidt"].model_copy(update={"meta": png}))  # a PNG logo works as well
    broken = meta.model_copy(update={"logo": Logo.from_bytes("image/svg+xml", b"<svg><unclosed")})
    _reader(samples["schmidt"].model_copy(update={"meta": broken}))  # a broken logo is left out, no failure


def test_metadata_xmp_and_title_bar(samples):
    reader = _reader(samples["schmidt"])
    root = reader.trailer["/Root"]
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "Schmidt Dreh- und Frästechnik" in xmp and "journeymap" in xmp
    assert root["/Lang"] == "de-DE"


def test_german_numbers(samples):
    text = " ".join(_text(p) for p in _reader(samples["schmidt"]).pages)
    assert "2,2" in text and "+0,8" in text


def test_qpdf_check_on_a_tiled_report_with_links(tmp_path):
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    out = tmp_path / "tiles.pdf"
    pdf, _ = render_pdf(build_journey(200), paper="a4", mode="tile", today=DAY)
    out.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------- valid files at the limits (issue 12)
def _long_text_journey() -> ProjectData:
    long = ("Sehr " * 2000)[:10_000]
    word = "x" * 10_000
    tps = tuple(Touchpoint(id=f"t{i}", label=long if i % 2 else word, phase=AIDALA_IDS[i % 6], position=float(i // 6),
                           description=long, emotion=-2, pain_points=(long, word), owner=long,
                           blueprint=Blueprint(evidence=BlueprintRow(texts=(long, word), owner=long),
                                               support=BlueprintRow(texts=(word,), owner=word)),
                           emotion_note=word,
                           kpis=(Kpi(name=word, unit=word, target=1e15, actual=-1e15),)) for i in range(8))
    from journeymap.model import Persona
    persona = Persona(id="p", name=long, role=long, quote=word, goals=(long, word), pains=(word,), industry=long,
                      touchpoint_ids=tuple(tp.id for tp in tps))
    opportunities = (Opportunity(id="o1", text=long, owner=word, touchpoint_ids=tuple(tp.id for tp in tps),
                                 impact=3, effort=1),
                     Opportunity(id="o2", text=word, owner=long, impact=1, effort=3, status="in_progress"))
    return ProjectData(meta=Meta(title=long, company=word, author=long, participants=long), touchpoints=tps,
                       personas=(persona,), opportunities=opportunities)


def _extreme_positions() -> ProjectData:
    tps = (Touchpoint(id="a", label="A", phase="attention", position=0.0),
           Touchpoint(id="b", label="B", phase="interest", position=1e6, kpis=(Kpi(name="k", unit="u" * 10_000),)),
           Touchpoint(id="c", label="C", phase="advocacy", position=500_000.5))
    from journeymap.model import Link
    links = (Link(id="l1", source="a", target="b"), Link(id="l2", source="b", target="c", label="z" * 10_000),
             Link(id="l3", source="c", target="a", kind="loop_back"))
    return ProjectData(touchpoints=tps, links=links)


@pytest.mark.parametrize("make", [_long_text_journey, _extreme_positions])
@pytest.mark.parametrize("paper, mode", [("a4", "tile"), ("a4", "fit"), ("a3", "auto"), ("poster", "auto")])
def test_valid_files_at_the_limits_export(make, paper, mode):
    pdf, report = render_pdf(make(), paper=paper, mode=mode, today=DAY)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == report.pages


def test_huge_journeys_tile_in_bounded_time(tmp_path):
    """10,000 touchpoints, and 2,000 with 50,000 links: the command finishes (generous timeout, no timing claim)."""
    from journeymap.fileformat import save
    from journeymap.model import Link

    dense = build_journey(2000)
    ids = [tp.id for tp in dense.touchpoints]
    links = tuple(Link(id=f"x{n}", source=ids[n % 2000], target=ids[(n * 7919 + 13) % 2000])
                  for n in range(50_000) if ids[n % 2000] != ids[(n * 7919 + 13) % 2000])[:50_000]
    cases = {"many.journey": build_journey(10_000), "dense.journey": dense.model_copy(update={"links": links})}
    for name, data in cases.items():
        path = tmp_path / name
        save(data, path)
        result = subprocess.run([sys.executable, "-m", "journeymap", "export", str(path),
                "-o", str(tmp_path / f"{name}.pdf"),
                                 "--mode", "tile", "--sections", "cover,summary,map"],
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- random valid journeys (issue 12)
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=400)


@st.composite
def _journeys(draw) -> ProjectData:
    from journeymap.model import Link, Persona

    n = draw(st.integers(0, 14))
    tps = tuple(Touchpoint(
        id=f"t{i}", label=draw(_TEXT.filter(str.strip)) or "x", phase=draw(st.sampled_from(AIDALA_IDS)),
        position=draw(st.floats(0, 1e6, allow_nan=False)), emotion=draw(st.none() | st.integers(-2, 2)),
        owner=draw(_TEXT), pain_points=tuple(draw(st.lists(_TEXT, max_size=3))),
        kpis=tuple(Kpi(name=draw(_TEXT.filter(str.strip)) or "k", unit=draw(_TEXT),
                       target=draw(st.none() | st.floats(-1e15, 1e15)), actual=draw(st.none() | st.floats(-1e15, 1e15)))
                   for _ in range(draw(st.integers(0, 2))))) for i in range(n))
    pairs = draw(st.lists(st.tuples(st.integers(0, max(0, n - 1)), st.integers(0, max(0, n - 1))), max_size=20))
    links = tuple(Link(id=f"l{k}", source=f"t{a}", target=f"t{b}", label=draw(_TEXT),
                       kind=draw(st.sampled_from(("step", "alternative", "loop_back"))))
                  for k, (a, b) in enumerate(pairs)) if n else ()
    personas = (Persona(id="p", name=draw(_TEXT.filter(str.strip)) or "p", quote=draw(_TEXT),
                        touchpoint_ids=tuple(tp.id for tp in tps[::2])),) if draw(st.booleans()) else ()
    return ProjectData(meta=Meta(title=draw(_TEXT), company=draw(_TEXT)), touchpoints=tps, links=links,
                       personas=personas)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_journeys(), st.sampled_from(("a4", "a3", "poster")), st.sampled_from(("auto", "fit", "tile")))
def test_random_valid_journeys_always_export(data, paper, mode):
    pdf, report = render_pdf(data, paper=paper, mode=mode, today=DAY)
    assert pdf.startswith(b"%PDF-") and report.pages >= 2
