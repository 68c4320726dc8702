"""File ▸ Import and File ▸ Export: Mermaid, CSV and Excel imports; PDF (in the background), PNG, SVG, CSV, Excel
and Mermaid exports."""
