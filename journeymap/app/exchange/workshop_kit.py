"""File ▸ Print workshop kit…: the dialog, the file name, then the PDF written in the background.

The file name is proposed as Save As proposes one (the journey file's folder, else the documents folder; never a
folder of the application); the file dialog asks before an existing file is replaced, and a write-protected one is
replaced only when the user says so again, as for every export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from journeymap.app.exchange.kit_choice import KitChoice, load_kit_choice, save_kit_choice
from journeymap.app.exchange.kit_export import KitExportJob, StatusMessage
from journeymap.app.exchange.workshop_kit_dialog import WorkshopKitDialog
from journeymap.app.files.save_as import safe_file_name, save_as_folder
from journeymap.app.settings import AppSettings
from journeymap.fileformat import JourneyFileError

if TYPE_CHECKING:
    from journeymap.document import Document

translate = QCoreApplication.translate


def open_workshop_kit(parent: QWidget, document: Document, settings: AppSettings,
                      status_message: StatusMessage | None = None) -> KitExportJob | None:
    """Show the dialog for `document`'s journey; on Save write the kit in the background and return the job."""
    data = document.project.to_data()  # a snapshot: the dialog is modal, the writer works on its own copy
    store = settings.store
    dialog = WorkshopKitDialog(data, load_kit_choice(store, data.meta.language),
                               lambda asking, choice: ask_kit_path(asking, choice, document), store, _catalogue_size(),
                               parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return None
        choice, path = dialog.choice(), dialog.path
    finally:
        dialog.preview.stop()  # (done() stopped it already, unless the dialog was never closed)
        dialog.deleteLater()
    save_kit_choice(store, choice)
    return KitExportJob(parent, choice, data, path, status_message).start()


def proposed_kit_path(choice: KitChoice, document: Document) -> Path:
    """`Schmidt GmbH - Karten.pdf` beside the journey file (else in Documents); the catalogue's cards and the empty
    poster are named without the journey: `Touchpoint-Karten.pdf`, `Phasen-Poster A1.pdf`."""
    base = safe_file_name(document.project.meta.title) or (document.path.stem if document.path else "") \
        or translate("WorkshopKit", "journey")
    names = {
        "catalogue_cards": translate("WorkshopKit", "Touchpoint cards"),
        "journey_cards": translate("WorkshopKit", "%1 - cards").replace("%1", base),
        "lane_poster": translate("WorkshopKit", "Lane poster"),
        "journey_poster": translate("WorkshopKit", "%1 - poster").replace("%1", base),
        "personas": translate("WorkshopKit", "%1 - persona sheets").replace("%1", base),
    }
    name = names[choice.what]
    if choice.kind == "poster" or choice.paper != "a4":
        name += f" {choice.paper.upper()}"
    return save_as_folder(document.path) / (safe_file_name(name) + ".pdf")


def ask_kit_path(parent: QWidget, choice: KitChoice, document: Document) -> Path | None:
    """The PDF to write (".pdf" added when missing); None when the user cancels or keeps a write-protected file."""
    filters = translate("WorkshopKit", "PDF documents (*.pdf)") + ";;" + translate("WorkshopKit", "All files (*)")
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("WorkshopKit", "Save Workshop Kit"),
                                            str(proposed_kit_path(choice, document)), filters)
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    return path if may_replace(parent, path) else None


def may_replace(parent: QWidget, path: Path) -> bool:
    """A write-protected file at `path` is replaced only when the user says so (asked here)."""
    from journeymap.app.files.questions import ask_replace_unwritable
    from journeymap.fileformat import allow_replacing, inspect
    from journeymap.fileformat.output import owner_name

    try:
        target = inspect(path)
    except JourneyFileError:
        return True  # not an ordinary file, or no folder: the writer says why
    if target.exists and not target.writable and target.status is not None:
        if not ask_replace_unwritable(parent, path, owner_name(target.status)):
            return False
        allow_replacing(path)
    return True


def _catalogue_size() -> int:
    from journeymap.catalogue import catalogue

    try:
        return len(catalogue().entries)
    except Exception:  # an unreadable catalogue: the cards say so when they are drawn
        return 0
