"""What the exports need from the catalogue: names, descriptions, icons and phase fit, robust to its absence."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from journeymap.catalogue.registry import Catalogue
from journeymap.catalogue.schema import Entry
from journeymap.export.icons import FALLBACK_ICON, IconForms


class CatalogueInfo:
    """Catalogue look-ups in one language; a missing or broken catalogue just means no names and icons."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._catalogue: Catalogue | None
        try:
            from journeymap.catalogue import catalogue

            self._catalogue = catalogue()
        except Exception:
            self._catalogue = None

    def _entry(self, catalogue_id: str | None) -> Entry | None:
        return self._catalogue.find(catalogue_id) if self._catalogue is not None and catalogue_id else None

    def icon(self, catalogue_id: str | None) -> str:
        """The icon file for a touchpoint's catalogue id (the neutral icon for one's own touchpoints)."""
        entry = self._entry(catalogue_id)
        return entry.icon if entry is not None else FALLBACK_ICON

    def fits(self, catalogue_id: str | None, phase_id: str) -> bool:
        """False only when the catalogue knows the entry and does not suggest it for the phase."""
        if self._catalogue is None:
            return True
        return self._catalogue.fits_phase(catalogue_id, phase_id).fits

    def describe(self, catalogue_id: str | None) -> tuple[str, str]:
        """(name, description) of the catalogue entry, or two empty strings."""
        entry = self._entry(catalogue_id)
        return (entry.name.get(self.lang), entry.description.get(self.lang)) if entry is not None else ("", "")

    def channel(self, catalogue_id: str) -> tuple[str, str]:
        """(name, icon file) of a preferred channel; an unknown id shows as itself with the neutral icon."""
        entry = self._entry(catalogue_id)
        if entry is None:
            return catalogue_id.replace("_", " "), FALLBACK_ICON
        return entry.name.get(self.lang), entry.icon

    @staticmethod
    def icon_forms(canvas: Canvas) -> IconForms:
        return IconForms(canvas)
