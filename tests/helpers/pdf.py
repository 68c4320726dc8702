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


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font used anywhere (pages and the forms they draw), and whether its file is embedded."""
    found: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts = [font]
            if font.get("/Subtype") == "/Type0":
                fonts = [f.get_object() for f in font["/DescendantFonts"]]
            for f in fonts:
                descriptor = f.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            ref = getattr(xobject, "idnum", None)
            if ref in seen:
                continue
            seen.add(ref)
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found
