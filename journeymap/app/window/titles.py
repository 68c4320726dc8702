"""What names a journey in the window title and in questions about it: the file (with its read-only or copy
mark) and the journey's title and company, e.g. `map.journey — Title — Company`; an unsaved journey by its title,
else "Untitled" (the document's `display_name`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from journeymap.document import Document


def title_parts(document: Document | None, recovered: bool = False) -> tuple[str, str]:
    """(the document's name, the journey's `Title — Company` when it differs from that name)."""
    meta = document.project.meta if document else None
    heading = " — ".join(" ".join(part.split()) for part in (meta.title, meta.company) if part.strip()) \
        if meta is not None and meta.title.strip() else ""
    name = document.display_name() if document else ""
    if heading and document is not None and document.path is None and document.copy_of is None:
        name, heading = heading, ""
    if recovered:
        name = QCoreApplication.translate("MainWindow", "%1 (recovered)").replace("%1", name)
    return name, heading


def document_title(document: Document | None, recovered: bool = False) -> str:
    """The name and heading of `title_parts` in one line."""
    return " — ".join(part for part in title_parts(document, recovered) if part)
