"""Exports without Qt: the management PDF (reportlab) and the touchpoint/KPI CSV.

The names below are imported from their modules on first use: a module that needs only a light part of the
package (`export.texts` for the workshop's notes) does not load reportlab (≈ 200 ms)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.lazy import lazy_names

if TYPE_CHECKING:
    from journeymap.export.csv_export import CSV_COLUMNS, export_csv, render_csv
    from journeymap.export.pdf_document import ExportCancelled, PdfReport, export_pdf, render_pdf

_MODULE_OF = {
    "CSV_COLUMNS": "csv_export", "export_csv": "csv_export", "render_csv": "csv_export",
    "ExportCancelled": "pdf_document", "PdfReport": "pdf_document", "export_pdf": "pdf_document",
    "render_pdf": "pdf_document",
}


__getattr__ = lazy_names(__name__, _MODULE_OF)


__all__ = ["CSV_COLUMNS", "ExportCancelled", "PdfReport", "export_csv", "export_pdf", "render_csv", "render_pdf"]
