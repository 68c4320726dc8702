"""File ▸ Export from the editor: the PDF options dialog and the background export with progress and cancel, PNG and
SVG pictures of the map, CSV and Mermaid; errors in one message box, never a half-written file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from journeymap.app.exchange import pdf_export as export_dialog
from journeymap.app.exchange.pdf_export import PdfOptions, PdfOptionsDialog, load_pdf_options
from journeymap.canvas.pictures import MARGIN, PNG_SCALE, fitting_scale
from journeymap.fileformat import save
from journeymap.interchange import read_mermaid
from journeymap.model import AIDALA_IDS, Link, Meta, ProjectData, Touchpoint
from tests.conftest import make_sample
from tests.helpers.app import accept_options

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def opened(window, tmp_path):
    """The window showing the sample journey, saved as `tmp_path/work/reise.journey`."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "reise.journey"
    save(make_sample(), path)
    assert window.files.open_path(path)
    return window


def save_dialog(monkeypatch, target: Path | str) -> list[tuple]:
    """Answer the next save dialogs with `target`; returns the recorded calls (parent, title, start, filter)."""
    calls: list[tuple] = []

    def fake(*args, **kwargs):
        calls.append(args)
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return calls




def big_journey(count: int = 2_000) -> ProjectData:
    tps = [Touchpoint(id=f"t{i}", label=f"Kontaktpunkt Nummer {i}", phase=AIDALA_IDS[i % 6],
                      position=float(i // 6), emotion=(i % 5) - 2) for i in range(count)]
    links = [Link(id=f"l{i}", source=f"t{i}", target=f"t{i + 1}") for i in range(count - 1)]
    return ProjectData(meta=Meta(title="Große Reise"), touchpoints=tuple(tps), links=tuple(links))


# ---------------------------------------------------------------- PDF
def test_pdf_export_through_the_dialog(opened, qtbot, monkeypatch, boxes):
    target = opened.document.path.with_suffix(".pdf")
    calls = save_dialog(monkeypatch, target.with_suffix(""))  # the suffix is added
    seen = accept_options(monkeypatch, PdfOptions("a3", "fit", "en"))
    job = opened.import_export.export_pdf()
    assert job is not None
    assert calls[0][2] == str(target)  # suggested next to the journey file, with its name
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == ["done"] and job.percent == 100
    assert boxes.calls == []
    reader = PdfReader(target)
    assert reader.metadata.title == "Größte Reise"
    assert "Größte Reise" in reader.pages[0].extract_text()
    assert job.report.paper == "a3" and job.report.mode == "fit" and job.report.lang == "en"
    assert "Exported" in opened.statusBar().currentMessage()
    assert seen[0].paper == "a4"  # the defaults the first time
    assert not list(target.parent.glob(".*.tmp"))

    # the choices are remembered for the next export
    assert load_pdf_options(opened.settings.store) == PdfOptions("a3", "fit", "en")
    job = opened.import_export.export_pdf()
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert seen[1] == PdfOptions("a3", "fit", "en")


def test_pdf_export_cancelled_in_the_options_or_the_file_dialog(opened, monkeypatch):
    monkeypatch.setattr(PdfOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    asked = save_dialog(monkeypatch, "")
    assert opened.import_export.export_pdf() is None and asked == []
    accept_options(monkeypatch)
    assert opened.import_export.export_pdf() is None and len(asked) == 1
    assert not list(opened.document.path.parent.glob("*.pdf"))


def test_cancelling_the_pdf_export_leaves_no_file(opened, qtbot, monkeypatch, boxes, tmp_path):
    target = tmp_path / "work" / "cancelled.pdf"
    save_dialog(monkeypatch, target)
    accept_options(monkeypatch)
    job = opened.import_export.export_pdf()
    job.dialog.canceled.emit()  # the user presses Cancel before the first page is done
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == ["cancelled"]
    assert not target.exists() and not list(target.parent.glob(".*.tmp"))
    assert boxes.calls == []


def test_unwritable_pdf_target_shows_the_reason(opened, qtbot, monkeypatch, boxes, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "x.pdf"
    save_dialog(monkeypatch, target)
    accept_options(monkeypatch)
    job = opened.import_export.export_pdf()
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == ["failed"]
    assert boxes.kinds() == ["critical"]
    text = boxes.calls[0][2]
    assert "folder does not exist" in text and "x.pdf" in text and "Traceback" not in text
    assert len(text.split("\n\n")[-1].splitlines()) == 1
    assert not target.parent.exists()


def test_ui_stays_responsive_during_a_big_pdf_export(window, qtbot, monkeypatch, tmp_path):
    assert window.files.open_untitled(big_journey())
    window.findings.update_now()
    qtbot.wait(300)  # the window has shown the big map (fit, findings): from here on only the export runs
    target = tmp_path / "big.pdf"
    save_dialog(monkeypatch, target)
    accept_options(monkeypatch, PdfOptions("a4", "tile", "de"))
    job = window.import_export.export_pdf()
    try:
        # The event loop keeps turning while the export runs on its thread: a chain of zero-timers, each posted by
        # the one before, runs to its end before the export is done (no clock: the order of events is the test).
        turns: list[bool] = []

        def turn() -> None:
            turns.append(job.is_running())
            if len(turns) < 20:
                QTimer.singleShot(0, turn)
        QTimer.singleShot(0, turn)
        qtbot.waitUntil(lambda: len(turns) == 20, timeout=60_000)
        assert all(turns)
        qtbot.waitUntil(lambda: job.percent >= 1, timeout=60_000)
        assert job.dialog.value() == job.percent  # the progress dialog follows the pages
        job.dialog.canceled.emit()
        with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
            pass
    finally:
        job.cancel()
        job.worker.wait()
    assert blocker.args == ["cancelled"]
    assert not target.exists() and not list(tmp_path.glob(".*.tmp"))
    assert export_dialog.running_jobs() == []


def test_options_dialog_texts_and_choices(qtbot):
    dialog = PdfOptionsDialog(PdfOptions("a3", "tile", "en"), "“Reise”: 6 touchpoints")
    qtbot.addWidget(dialog)
    assert dialog.options() == PdfOptions("a3", "tile", "en")
    assert [dialog.mode.itemData(i) for i in range(dialog.mode.count())] == ["auto", "fit", "tile"]
    assert "all phases" in dialog.mode_note.text()
    dialog.mode.setCurrentIndex(0)
    assert "9 pt" in dialog.mode_note.text()
    assert dialog.windowTitle() == "Export PDF"
    assert [dialog.paper.itemData(i) for i in range(dialog.paper.count())] == ["a4", "a3", "a2", "a1", "poster"]


def test_sections_are_chosen_remembered_and_at_least_one(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialogButtonBox

    from journeymap.app.exchange.pdf_export import save_pdf_options
    dialog = PdfOptionsDialog(PdfOptions("a4", "auto", "de", ("cover", "map")), "")
    qtbot.addWidget(dialog)
    assert dialog.options().sections == ("cover", "map")
    assert dialog.section_checks["summary"].text() == "&At a glance"
    dialog.section_checks["kpis"].setChecked(True)
    assert dialog.options().sections == ("cover", "map", "kpis")
    for check in dialog.section_checks.values():
        check.setChecked(False)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    save_pdf_options(store, PdfOptions("a2", "tile", "en", ("map", "findings")))
    assert load_pdf_options(store, "de") == PdfOptions("a2", "tile", "en", ("map", "findings"))


def test_sections_new_since_the_last_export_start_ticked(tmp_path):
    from PySide6.QtCore import QSettings
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("export/pdf_sections", "cover,map")  # written by a journeymap without blueprint and opportunities
    assert load_pdf_options(store, "de").sections == ("cover", "map", "blueprint", "opportunities")
    store.setValue("export/pdf_sections_known", ",".join(PdfOptions("a4", "auto", "de").sections))
    assert load_pdf_options(store, "de").sections == ("cover", "map")  # chosen off on purpose: stays off
    from journeymap.export.pdf_document import SECTIONS
    assert PdfOptions().sections == SECTIONS  # the dialog offers every section of the report, in its order
    dialog = PdfOptionsDialog(PdfOptions("a4", "auto", "en"), "")
    assert dialog.section_checks["blueprint"].text() == "Service &blueprint"
    assert dialog.section_checks["opportunities"].text() == "&Opportunities"


def test_remembered_options_ignore_junk(tmp_path):
    from PySide6.QtCore import QSettings
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert load_pdf_options(store, "en") == PdfOptions("a4", "auto", "en")
    store.setValue("export/pdf_paper", "letter")
    store.setValue("export/pdf_mode", "tile")
    assert load_pdf_options(store, "de") == PdfOptions("a4", "tile", "de")


# ---------------------------------------------------------------- pictures
def test_png_export_has_the_maps_size_times_the_scale(opened, monkeypatch, boxes, tmp_path):
    opened.scene.select_ids(["web"])
    target = tmp_path / "work" / "map.png"
    calls = save_dialog(monkeypatch, target)
    assert opened.import_export.export_png() == target
    assert calls[0][2] == str(opened.document.path.with_suffix(".png"))
    image = QImage(str(target))
    rect = QRectF(0, 0, opened.scene.map_rect().width(), opened.scene.natural_map_height())  # not the stretched lanes
    rect = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    assert fitting_scale(rect, PNG_SCALE) == PNG_SCALE
    assert abs(image.width() - rect.width() * PNG_SCALE) <= 1
    assert abs(image.height() - rect.height() * PNG_SCALE) <= 1
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # not blank
    assert image.pixelColor(1, 1).name() == "#ffffff"  # white around the map
    assert opened.scene.selected_touchpoint_ids() == ["web"]  # the selection is back
    assert boxes.calls == [] and "pixels" in opened.statusBar().currentMessage()


def test_a_big_png_shows_its_progress_can_be_cancelled_and_then_written(window, qtbot, monkeypatch, boxes,
                                                                          tmp_path):
    from PySide6.QtWidgets import QProgressDialog

    from journeymap.canvas.pictures import BAND

    assert window.files.open_untitled(big_journey())
    qtbot.wait(300)
    target = tmp_path / "big.png"
    save_dialog(monkeypatch, target)
    seen: dict = {}

    def cancel_once_shown() -> None:  # (runs while the map is drawn: the modal dialog turns the event loop)
        dialog = window.findChild(QProgressDialog, "png_progress_dialog")
        if dialog is not None and dialog.isVisible() and dialog.value() > 0:
            seen["value"], seen["label"] = dialog.value(), dialog.labelText()
            dialog.cancel()
        else:
            QTimer.singleShot(10, cancel_once_shown)

    QTimer.singleShot(10, cancel_once_shown)
    assert window.import_export.export_png() is None
    assert 0 < seen["value"] < 100 and seen["label"] == "Drawing the map…"
    assert not target.exists() and not list(tmp_path.glob(".*.tmp")) and boxes.calls == []
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written."
    assert window.import_export.export_png() == target  # not cancelled: written
    image = QImage(str(target))
    assert image.height() > 2 * BAND and len({image.pixel(x, image.height() // 2) for x in range(image.width())}) > 5
    assert window.findChild(QProgressDialog, "png_progress_dialog") is None or \
        not window.findChild(QProgressDialog, "png_progress_dialog").isVisible()


def test_huge_maps_get_a_smaller_scale():
    from PySide6.QtCore import QRectF
    assert fitting_scale(QRectF(0, 0, 1500, 30_000), 2.0) < 1.1


def test_svg_export_is_valid_xml_with_the_card_labels(opened, monkeypatch, boxes, tmp_path):
    target = tmp_path / "work" / "map.svg"
    save_dialog(monkeypatch, target)
    assert opened.import_export.export_svg() == target
    text = target.read_text("utf-8")
    root = ET.fromstring(text)
    assert root.tag == f"{SVG_NS}svg" and "<svg" in text
    words = " ".join("".join(node.itertext()) for node in root.iter(f"{SVG_NS}text"))
    for label in ("Messestand", "Website", "Newsletter", "Online-Shop"):
        assert label in words
    assert root.find(f"{SVG_NS}title").text == "Größte Reise"
    assert root.get("width") == root.get("viewBox").split()[2]  # pixels, not millimetres
    clipped = " ".join("".join(g.itertext()) for g in root.iter(f"{SVG_NS}g") if g.get("clip-path"))
    assert "Messestand" not in clipped  # the emotion curve's clipping does not cut away what is drawn after it
    families = {node.get("font-family") for node in root.iter() if node.get("font-family")}
    assert families and all(f.endswith(", sans-serif") for f in families)
    assert boxes.calls == []


def test_picture_export_failure_shows_one_message(opened, monkeypatch, boxes, tmp_path):
    target = tmp_path / "missing" / "map.svg"
    save_dialog(monkeypatch, target)
    assert opened.import_export.export_svg() is None
    assert boxes.kinds() == ["critical"] and "map.svg" in boxes.calls[0][2]
    assert not target.parent.exists()


# ---------------------------------------------------------------- CSV, Excel and Mermaid
def test_xlsx_export_and_import_back_in_the_editor(opened, monkeypatch, tmp_path):
    target = tmp_path / "work" / "numbers"
    save_dialog(monkeypatch, target)
    out = opened.import_export.export_xlsx()
    assert out == target.with_suffix(".xlsx") and out.read_bytes().startswith(b"PK")
    labels = sorted(tp.label for tp in opened.document.project.touchpoints)
    assert opened.import_export.import_path(out)
    assert sorted(tp.label for tp in opened.document.project.touchpoints) == labels


def test_csv_export(opened, monkeypatch, tmp_path):
    target = tmp_path / "work" / "table"
    calls = save_dialog(monkeypatch, target)
    assert opened.import_export.export_csv() == target.with_suffix(".csv")
    assert calls[0][2] == str(opened.document.path.with_suffix(".csv"))
    raw = target.with_suffix(".csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("id;phase;label")
    assert "Konversionsrate" in text and "Bewertungsportal" in text


def test_mermaid_export(opened, monkeypatch, tmp_path):
    target = tmp_path / "work" / "diagram.mermaid"  # the other Mermaid suffix is kept as it is
    save_dialog(monkeypatch, target)
    assert opened.import_export.export_mermaid() == target
    text = target.read_text("utf-8")
    assert text.startswith("journey") and "title Größte Reise" in text
    again = read_mermaid(text)
    assert [tp.label for tp in again.touchpoints][:2] == ["Messestand", "Website"]


def test_untitled_journey_suggests_a_name_from_its_title(window, monkeypatch, tmp_path):
    window.document.project.set_meta(title="Neue Reise: B2B?")
    window.settings.set_last_folder(tmp_path)
    calls = save_dialog(monkeypatch, "")
    assert window.import_export.export_csv() is None
    assert calls[0][2] == str(tmp_path / "Neue Reise B2B.csv")


def test_menu_entries(window):
    c = window.commands
    titles = [a.text() for a in window.commands.file_menu.actions()]
    assert "&Import…" in titles and "&Export" in titles and "New from &Template/Sample" in titles
    assert [a.text() for a in c.export_menu.actions()] == [
        "&PDF Report…", "P&NG Picture…", "&SVG Picture…", "&CSV Table…", "&Excel Workbook…", "&Mermaid Journey…"]
    assert not c.export_pdf.shortcut().isEmpty()
