"""The change report PDF (as-is → to-be), read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from journeymap.export.change_report import export_change_report, render_change_report
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Kpi, Link, Opportunity, Phase, PhaseModel, Project, ProjectData, Touchpoint
from journeymap.model.values import LocalText
from tests.helpers.pdf import embedded_fonts, outline_titles, pdf_text

DAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def versions() -> tuple[ProjectData, ProjectData]:
    """The e-bike sample as-is, and a to-be version: one card reworded and happier, one gone, one new with a KPI
    and a link, a persona path shortened, a new title."""
    old = load(resource_path("samples", "ebike.journey"))
    project = Project(old)
    ids = [tp.id for tp in old.touchpoints]
    project.update_touchpoint(ids[0], label="Instagram-Reel mit Leasing-Rechner", emotion=2, pain_points=("zu kurz",))
    project.update_touchpoint(ids[4], emotion=1)
    project.set_blueprint_row(ids[4], "frontstage", ["Probefahrt online buchen"], "Verkauf")
    project.add_opportunity(Opportunity(id="op-new", text="Rückruf nach der Probefahrt", touchpoint_ids=(ids[4],)))
    project.remove_touchpoints([ids[2]])
    action = old.phase_model.ids()[3]
    project.add_touchpoint(Touchpoint(id="tp-chat", label="Live-Chat im Shop", phase=action, emotion=1,
                                      position=project.next_free_position(action),
                                      kpis=(Kpi(name="Antwortzeit", unit="min", target=2),)))
    project.add_link(Link(id="ln-chat", source=ids[5], target="tp-chat", label="Chat-Knopf"))
    project.set_meta(title="E-Bike für den Arbeitsweg – Soll", version="to-be")
    return old, project.to_data()


@pytest.fixture(scope="module")
def report_de(versions, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "aenderungen.pdf"
    path, pages = export_change_report(*versions, out, "de", names=("ist.journey", "soll.journey"), today=DAY)
    return path, pages


def test_the_report_reads_as_is_to_be_phase_by_phase(report_de, versions):
    path, pages = report_de
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 2
    assert all(round(float(p.mediabox.width)) == 595 and round(float(p.mediabox.height)) == 842 for p in reader.pages)
    first = pdf_text(reader, range(1))
    assert "ÄNDERUNGSBERICHT · IST → SOLL" in first and "E-Bike für den Arbeitsweg – Soll" in first
    assert "Ist: ist.journey" in first and "Soll: soll.journey · to-be" in first
    assert "Kennzahlen" in first and "Emotion je Phase" in first
    text = pdf_text(reader)
    phases = [p.name.de for p in versions[1].phase_model.phases]
    at = [text.index(name, text.index("Phase für Phase")) for name in phases]
    assert at == sorted(at), "the phases in journey order"
    action, loyalty = at[3], at[4]
    assert action < text.index("+ Live-Chat im Shop") < loyalty  # the new card in its phase
    assert "Bezeichnung: „Instagram-Video einer Pendlerin mit E-Bike“ → „Instagram-Reel mit Leasing-Rechner“" in text
    assert "Schmerzpunkte: + „zu kurz“" in text
    assert "Service Blueprint: Frontstage: Schritte: + „Probefahrt online buchen“" in text
    assert "Chancen" in text and "+ Rückruf nach der Probefahrt" in text
    assert "Emotion: +1 → +2" in text
    removed = versions[0].touchpoints[2].label
    assert f"− {removed}" in text
    assert "Titel: „Customer Journey: E-Bike für den Arbeitsweg“ → „E-Bike für den Arbeitsweg – Soll“" in text
    titles = outline_titles(reader)
    assert titles[:4] == ["E-Bike für den Arbeitsweg – Soll", "Kennzahlen", "Emotion je Phase", "Phase für Phase"]
    assert all(embedded_fonts(reader).values()), "every font embedded"


def test_the_emotion_of_both_versions_per_phase(report_de):
    text = pdf_text(PdfReader(report_de[0]), range(1))
    assert "+1,0 → +1,0" in text  # attention: one card happier, one gone
    assert "+0,3 → +0,7" in text  # interest: one card from 0 to +1
    assert "Ist" in text and "Soll" in text  # the legend of the two curves


def test_english_and_no_change(versions, tmp_path):
    content, _ = render_change_report(*versions, "en", today=DAY)
    out = tmp_path / "en.pdf"
    out.write_bytes(content)
    text = pdf_text(PdfReader(out))
    assert "CHANGE REPORT · AS-IS → TO-BE" in text and "Phase by phase" in text and "Pain points: + “zu kurz”" in text
    content, _ = render_change_report(versions[0], versions[0], "de", today=DAY)
    out.write_bytes(content)
    assert "Die beiden Fassungen sagen dasselbe." in pdf_text(PdfReader(out))


def test_phases_added_and_removed_are_named(versions):
    old, new = versions
    kept = tuple(p for p in new.phase_model.phases if p.id != "advocacy")
    moved = tuple(tp.model_copy(update={"phase": "loyalty"}) if tp.phase == "advocacy" else tp
                  for tp in new.touchpoints)
    new = new.model_copy(update={"touchpoints": moved, "phase_model": PhaseModel(
        id="custom", phases=(*kept, Phase(id="ph-fair", name=LocalText(de="Messe"))))})
    content, _ = render_change_report(old, new, "de", today=DAY)
    reader = PdfReader(__import__("io").BytesIO(content))
    text = pdf_text(reader)
    assert "Empfehlung (entfällt)" in text and "Messe (neu)" in text
    assert "hierher verschoben aus Empfehlung" in text


def test_a_big_journey_with_long_texts_fits_the_pages(tmp_path):
    phases = ("attention", "interest", "desire", "action", "loyalty", "advocacy")
    cards = tuple(Touchpoint(id=f"t{i}", label=f"Karte {i} " + "sehr lang " * 40, phase=phases[i % 6],
                             position=float(i // 6), emotion=(i % 5) - 2) for i in range(2000))
    old = ProjectData(touchpoints=cards)
    changed = tuple(tp.model_copy(update={"emotion": 2, "description": "neu " * 3000}) if i % 7 == 0 else tp
                    for i, tp in enumerate(cards) if i % 11)
    new = ProjectData(touchpoints=changed)
    path, pages = export_change_report(old, new, tmp_path / "big.pdf", "de", today=DAY)
    reader = PdfReader(path)
    assert pages == len(reader.pages) > 10
    assert "1.818 unverändert" not in pdf_text(reader, range(2))  # per phase, not in total


def test_rendered_pages_are_not_blank(report_de, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    from PIL import Image, ImageStat

    subprocess.run(["pdftoppm", "-r", "30", "-png", str(report_de[0]), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == report_de[1]
    for page in pages:
        assert ImageStat.Stat(Image.open(page).convert("L")).var[0] > 20, page.name
