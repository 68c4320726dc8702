"""This computer's history of the versions a window has shown (`fileformat.history`): the common ancestor that
Merge from… looks for, kept even before the compare controller is made."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeymap.document import Document


def history_folder(autosave_folder: Path | None) -> Path:
    """Where the versions seen are kept: beside the autosave folder."""
    from journeymap.recovery import default_folder

    return (autosave_folder or default_folder()).parent / "history"


def remember_version(document: Document, folder: Path, read: bool) -> None:
    """Keep the document's version: one `read` from a file (only while unmodified) or one just saved."""
    if read and (document.path is None or document.is_modified()):
        return
    from journeymap.fileformat.history import History

    History(folder).remember(document.project.to_data())
