"""Reading a PDF back in tests."""

from __future__ import annotations

from pypdf import PdfReader


def pdf_text(reader: PdfReader, pages: range | None = None) -> str:
    """All text of the pages, with runs of whitespace made single spaces (wrapped lines join up again)."""
    chosen = reader.pages if pages is None else [reader.pages[i] for i in pages]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in chosen)


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles
