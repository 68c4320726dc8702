"""The company logo kept in the journey (PNG or SVG), ready to draw on the cover and in the page headers.

PNG goes through reportlab's ImageReader (Pillow). SVG is converted with svglib, a maintained SVG → reportlab
converter, so the logo stays vector art in the PDF; entities are not resolved and external references (images,
`<use>` of other files) are refused, because the file may come from anyone. A logo that cannot be read is left
out: the export never fails because of it.
"""

from __future__ import annotations

import io
import logging
import tempfile
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from journeymap.model.values import Logo


@dataclass
class LogoArt:
    """A decoded logo: its natural size (any unit, for the aspect ratio) and how to draw it."""

    width: float
    height: float
    _image: Any = None  # ImageReader for PNG
    _drawing: Any = None  # reportlab Drawing for SVG

    def draw(self, c: Canvas, x: float, y: float, max_w: float, max_h: float) -> tuple[float, float]:
        """Draw the logo inside the box (x, y, max_w, max_h), right-aligned and keeping its aspect; its size."""
        scale = min(max_w / self.width, max_h / self.height)
        w, h = self.width * scale, self.height * scale
        left = x + max_w - w
        if self._image is not None:
            c.drawImage(self._image, left, y + max_h - h, w, h, mask="auto")
        else:
            from reportlab.graphics import renderPDF

            c.saveState()
            c.translate(left, y + max_h - h)
            c.scale(scale, scale)
            renderPDF.draw(self._drawing, c, 0, 0)
            c.restoreState()
        return w, h


def load_logo(logo: Logo | None) -> LogoArt | None:
    """The logo ready to draw, or None when there is none or it cannot be read."""
    if logo is None:
        return None
    try:
        data = logo.data()
        if logo.media_type == "image/png":
            from reportlab.lib.utils import ImageReader

            image = ImageReader(io.BytesIO(data))
            w, h = image.getSize()
            return LogoArt(float(w), float(h), _image=image) if w > 0 and h > 0 else None
        return _svg(data)
    except Exception:
        return None


def _svg(data: bytes) -> LogoArt | None:
    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.CRITICAL)  # a damaged logo is simply left out
    with tempfile.TemporaryDirectory() as nowhere:  # external references must lie inside an empty folder
        drawing = svg2rlg(io.BytesIO(data), external_reference_root=nowhere)
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    return LogoArt(float(drawing.width), float(drawing.height), _drawing=drawing)
