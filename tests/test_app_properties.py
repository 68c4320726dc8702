"""Journey ▸ Properties…: every field, one undo step for the whole dialog, the window title (title — company with
the modified marker), the logo (PNG/SVG, refused over 256 KB with one sentence) and the values reaching the PDF."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog

from journeymap.app.dialogs import properties as properties_dialog
from journeymap.app.dialogs.logo_picker import read_logo
from journeymap.app.dialogs.properties import PropertiesDialog
from journeymap.document import Document
from journeymap.model import Meta
from journeymap.model.limits import MAX_LOGO_BYTES
from tests.conftest import make_sample


def png_bytes(width: int = 4, height: int = 2, padding: int = 0) -> bytes:
    """A tiny valid PNG; `padding` adds an ancillary chunk to make it bigger."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    body = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw))
    if padding:
        body += chunk(b"tEXt", b"pad\x00" + b"x" * padding)
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b"")


def answer(monkeypatch, fill) -> list[PropertiesDialog]:
    """Make the dialog 'shown' by `fill(dialog)` and accepted."""
    shown = []

    def run(dialog):
        shown.append(dialog)
        return fill(dialog) is not False
    monkeypatch.setattr(properties_dialog, "run_dialog", run)
    return shown


def fill_all(dialog: PropertiesDialog) -> None:
    dialog.title.setText("Ersatzteile bestellen")
    dialog.company.setText("Schmidt Dreh- und Frästechnik")
    dialog.author.setText("Anna Berg")
    dialog.has_date.setChecked(True)
    dialog.date.setDate(QDate(2026, 3, 12))
    dialog.participants.setPlainText("Vertrieb\n  \nService ")
    dialog.description.setPlainText("  Wie Stammkunden Ersatzteile bestellen.\nStand nach dem Workshop.  \n")
    dialog.status.setCurrentIndex(dialog.status.findData("review"))
    dialog.version.setText("1.2")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.set_accent("#AA3300")


def test_properties_are_one_undo_step_and_name_the_window(window, monkeypatch):
    assert window.windowTitle() == "Untitled[*] — journeymap"
    answer(monkeypatch, fill_all)
    window.commands.properties.trigger()
    meta = window.document.project.meta
    assert (meta.title, meta.company, meta.author, meta.workshop_date, meta.participants, meta.status, meta.version,
            meta.language, meta.accent) == ("Ersatzteile bestellen", "Schmidt Dreh- und Frästechnik", "Anna Berg",
                                            "2026-03-12", "Vertrieb\nService", "review", "1.2", "en", "#AA3300")
    stack = window.document.undo_stack
    assert meta.description == "Wie Stammkunden Ersatzteile bestellen.\nStand nach dem Workshop."
    assert stack.count() == 1 and stack.undoText() == "Edit journey properties"
    assert window.windowTitle() == "Ersatzteile bestellen — Schmidt Dreh- und Frästechnik[*] — journeymap"
    assert window.isWindowModified()
    stack.undo()
    assert window.document.project.meta == Meta() and window.windowTitle() == "Untitled[*] — journeymap"
    assert not window.isWindowModified()
    stack.redo()
    assert window.document.project.meta.author == "Anna Berg"
    assert window.windowTitle().startswith("Ersatzteile bestellen — Schmidt")


def test_ok_without_changes_and_cancel_push_nothing(window, monkeypatch):
    answer(monkeypatch, lambda dialog: None)
    window.commands.properties.trigger()
    answer(monkeypatch, lambda dialog: (dialog.title.setText("weg"), False)[1])
    window.commands.properties.trigger()
    assert window.document.undo_stack.count() == 0 and window.document.project.meta.title == ""


def test_dialog_shows_the_current_values(window, qtbot):
    meta = Meta(title="T", company="C", author="A", workshop_date="2025-11-30", participants="X\nY", status="final",
                version="to-be", language="en", accent="#123456", description="Worum es geht")
    dialog = PropertiesDialog(meta)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    assert dialog.has_date.isChecked() and dialog.date.date() == QDate(2025, 11, 30)
    assert dialog.status.currentData() == "final" and dialog.language.currentData() == "en"
    assert dialog.participants.toPlainText() == "X\nY" and dialog.accent.text() == "#123456"
    assert dialog.description.toPlainText() == "Worum es geht"
    dialog.has_date.setChecked(False)
    dialog.set_accent(None)
    assert dialog.changes() == {"workshop_date": "", "accent": None}


def test_accent_from_the_colour_dialog(window, qtbot, monkeypatch):
    dialog = PropertiesDialog(Meta())
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#0a7d5c")))
    assert dialog.choose_accent() and dialog.changes() == {"accent": "#0A7D5C"}
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))  # cancelled
    assert not dialog.choose_accent() and dialog.accent_value == "#0A7D5C"


def test_logo_png_and_svg_with_preview_and_remove(window, qtbot, tmp_path, monkeypatch, boxes):
    png, svg = tmp_path / "logo.png", tmp_path / "logo.svg"
    png.write_bytes(png_bytes(40, 20))
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" '
                   'fill="#c00"/></svg>', "utf-8")
    dialog = PropertiesDialog(Meta())
    qtbot.addWidget(dialog)
    picker = dialog.logo
    assert not picker.remove.isEnabled() and picker.preview.pixmap().isNull()
    for path, media in ((png, "image/png"), (svg, "image/svg+xml")):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        assert picker.choose_file()
        assert dialog.changes()["logo"].media_type == media and dialog.changes()["logo"].data() == path.read_bytes()
        preview = picker.preview.pixmap().toImage()
        assert not preview.isNull()
        centre = preview.pixelColor(preview.width() // 2, preview.height() // 2)
        assert centre.red() > 180 and centre.green() < 60  # the red picture is drawn
    assert picker.remove.isEnabled()
    picker.remove.click()
    assert "logo" not in dialog.changes() and picker.preview.pixmap().isNull()
    assert boxes.calls == []


def test_a_logo_over_256_kb_or_not_a_picture_is_refused_with_one_sentence(window, qtbot, tmp_path, monkeypatch,
                                                                          boxes):
    big, fake = tmp_path / "huge logo.png", tmp_path / "notes.png"
    big.write_bytes(png_bytes(padding=MAX_LOGO_BYTES))
    fake.write_text("just text", "utf-8")
    dialog = PropertiesDialog(Meta())
    qtbot.addWidget(dialog)
    for path in (big, fake):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        assert not dialog.logo.choose_file()
    assert dialog.changes() == {}
    (kind1, _, text1), (kind2, _, text2) = boxes.calls
    assert kind1 == kind2 == "warning"
    assert text1 == "“huge logo.png” has 257 KB; a logo may have at most 256 KB."
    assert text2 == "“notes.png” is not a PNG or SVG picture."
    assert read_logo(tmp_path / "missing.svg")[1].startswith("“missing.svg” cannot be read")


def test_the_properties_reach_the_pdf_cover(window, monkeypatch):
    pytest.importorskip("pypdf")
    from pypdf import PdfReader

    from journeymap.export import render_pdf

    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    answer(monkeypatch, fill_all)
    window.commands.properties.trigger()
    data = window.document.project.to_data()
    pdf, _ = render_pdf(data, lang="en")
    cover = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    for text in ("Ersatzteile bestellen", "Schmidt Dreh- und Frästechnik", "Anna Berg", "Workshop",
                 "12 March 2026"):
        assert text in cover, text
