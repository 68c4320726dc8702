"""Exports without Qt: the management PDF (reportlab) and the touchpoint/KPI CSV."""

from journeymap.export.csv_export import CSV_COLUMNS, export_csv, render_csv
from journeymap.export.pdf_document import ExportCancelled, PdfReport, export_pdf, render_pdf

__all__ = ["CSV_COLUMNS", "ExportCancelled", "PdfReport", "export_csv", "export_pdf", "render_csv", "render_pdf"]
