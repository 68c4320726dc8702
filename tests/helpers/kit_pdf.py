"""Reading the workshop kit's PDFs back: texts with their positions, fonts, qpdf and rendered pixels."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from journeymap.export.fonts import SANS, SANS_BOLD, register_fonts
from journeymap.export.kit.marks import CAPS_SPACING

MM = 72 / 25.4


@dataclass(frozen=True)
class Run:
    """One text drawn on a page: `x`, `y` (baseline start) and `right` in the drawing's own coordinates (a card's
    cell), `origin` the page position of those coordinates, `scale` their scale on the page."""

    page: int
    text: str
    x: float
    y: float
    right: float
    size: float
    origin: tuple[float, float]
    scale: float
    bold: bool


def reader(content: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(content))


def runs(content: bytes) -> list[Run]:
    """Every text of every page with where it is drawn and how wide it is (measured with the bundled font)."""
    register_fonts()
    found: list[Run] = []
    for number, page in enumerate(reader(content).pages):
        def visit(text, cm, tm, font, size, number=number):
            text = text.rstrip("\n")
            if not text.strip():
                return
            name = SANS_BOLD if "Bold" in str((font or {}).get("/BaseFont", "")) else SANS
            w = stringWidth(text, name, size)
            if text.upper() == text and any(ch.isalpha() for ch in text):  # caps labels are letter-spaced
                w += CAPS_SPACING * size * (len(text) - 1)
            scale = float(tm[0])  # text matrices carry no scale here; the card's scale is in cm
            found.append(Run(number, text, float(tm[4]), float(tm[5]), float(tm[4]) + w * scale, size,
                             (float(cm[4]), float(cm[5])), float(cm[0]), name == SANS_BOLD))
        page.extract_text(visitor_text=visit)
    return found


def page_texts(content: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(content).pages]


def squeezed(text: str) -> str:
    """`text` without whitespace and hyphens: a name broken over lines (with or without a hyphen of
    hyphenation) is found in a page's squeezed text by its squeezed self."""
    return re.sub(r"[\s\-]", "", text)


def fonts(content: bytes) -> dict[str, bool]:
    """Every font used (pages and forms), and whether its file is embedded."""
    found: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            parts = [font]
            if font.get("/Subtype") == "/Type0":
                parts = [f.get_object() for f in font["/DescendantFonts"]]
            for part in parts:
                descriptor = part.get("/FontDescriptor")
                found[str(font.get("/BaseFont"))] = descriptor is not None and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        for xobject in (resources.get("/XObject") or {}).values():
            ref = getattr(xobject, "idnum", None)
            if ref in seen:
                continue
            seen.add(ref)
            walk(xobject.get_object().get("/Resources"))

    for page in reader(content).pages:
        walk(page.get("/Resources"))
    return found


def qpdf_check(path: Path) -> None:
    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def render_gray(path: Path, page: int, dpi: int, tmp: Path) -> tuple[int, int, bytes]:
    """Page `page` (1-based) rendered in grey by pdftoppm: width, height and one byte per pixel."""
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    out = tmp / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), "-singlefile",
                    str(path), str(out)], check=True)
    data = (tmp / f"page{page}.pgm").read_bytes()
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:  # P5 width height maxval, separated by whitespace
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height]
