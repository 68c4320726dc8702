"""Save As proposes the current file's folder, else the user's documents folder (never the application's own
resources or install folder), and a safe file name made from the journey's title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from journeymap.app.files import save_as
from journeymap.app.files.save_as import safe_file_name, save_as_folder
from journeymap.document import Document
from journeymap.fileformat import save
from journeymap.locate import resource_path
from journeymap.model import Meta, ProjectData


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Dokumente"
    folder.mkdir()
    real = QStandardPaths.writableLocation

    def fake(location):
        return str(folder) if location == QStandardPaths.StandardLocation.DocumentsLocation else real(location)
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(fake))
    return folder


@pytest.fixture
def proposed(monkeypatch) -> list[Path]:
    """The paths Save As proposes (the dialog is answered with Cancel)."""
    asked: list[Path] = []

    def fake(parent, caption, start, *args, **kwargs):
        asked.append(Path(start))
        return "", ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def set_title(window, title: str) -> None:
    window.document.project.set_meta(title=title)


def test_untitled_journey_goes_to_the_documents_folder_named_after_its_title(window, documents, proposed):
    window.settings.set_last_folder(resource_path("samples"))  # as after opening a bundled sample
    set_title(window, "Angebot: Müller/Söhne?")
    assert not window.files.save_as()
    assert proposed == [documents / "Angebot Müller Söhne.journey"]
    set_title(window, "")
    window.files.save_as()
    assert proposed[-1] == documents / "journey.journey"


def test_a_saved_journey_proposes_its_own_folder(window, tmp_path, documents, proposed):
    folder = tmp_path / "Kunden" / "Schmidt"
    folder.mkdir(parents=True)
    path = folder / "stand-märz.journey"
    save(ProjectData(meta=Meta(title="Ersatzteile bestellen")), path)
    assert window.files.open_path(path)
    window.files.save_as()
    assert proposed == [folder / "Ersatzteile bestellen.journey"]
    set_title(window, "  ")
    window.files.save_as()
    assert proposed[-1] == folder / "stand-märz.journey"  # no title: the file's own name


def test_a_bundled_sample_opened_directly_never_proposes_the_app_folder(window, documents, proposed):
    assert window.files.open_path(resource_path("samples", "schmidt.journey"))
    window.files.save_as()
    assert proposed[0].parent == documents
    assert proposed[0].name == "Customer Journey Schmidt Dreh- und Frästechnik.journey"


def test_frozen_app_install_folder_is_never_proposed(tmp_path, documents, monkeypatch):
    install = tmp_path / "journeymap-app"
    (install / "_internal").mkdir(parents=True)
    monkeypatch.setattr(save_as.sys, "frozen", True, raising=False)
    monkeypatch.setattr(save_as.sys, "executable", str(install / "journeymap"))
    assert save_as_folder(install / "_internal" / "x.journey") == documents
    assert save_as_folder(install / "x.journey") == documents
    assert save_as_folder(tmp_path / "x.journey") == tmp_path


def test_missing_documents_folder_falls_back_to_home(monkeypatch):
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda location: "/nonexistent/docs"))
    assert save_as_folder(None) == Path.home()


@pytest.mark.parametrize("title, name", [
    ("Customer Journey: Schmidt", "Customer Journey Schmidt"),
    ('a<b>c"d|e?f*g\\h/i', "a b c d e f g h i"),
    ("Zeile 1\nZeile\t2\x7f", "Zeile 1 Zeile 2"),
    ("Ende...  ", "Ende"),
    ("con", "con_"),
    ("LPT1.final", "LPT1.final_"),
    ("Straße & Söhne (2026)", "Straße & Söhne (2026)"),
    ("", ""),
    ("x" * 200, "x" * 80),
])
def test_safe_file_names(title, name):
    assert safe_file_name(title) == name


def test_saving_under_the_proposed_name_works(window, documents, monkeypatch):
    set_title(window, "Messe: 2026")
    window.add_from_catalogue("website")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda parent, caption, start, *a, **k:
                                                                       (start, "")))
    assert window.files.save_as()
    assert window.document.path == documents / "Messe 2026.journey" and window.document.path.is_file()
    assert isinstance(window.document, Document)
