"""Interchange with other tools (Qt-free): Mermaid `journey` import/export and CSV import.

Every import builds a whole, validated `ProjectData` or raises `InterchangeError` (one line, with the line
number of the input where it applies): nothing is ever imported half-way. See docs/interchange.md.
"""

from journeymap.interchange.build import read_mermaid
from journeymap.interchange.csv_import import COLUMNS, read_csv
from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.files import Imported, export_mermaid, import_file, import_format, read_import
from journeymap.interchange.mermaid import MermaidJourney, parse_mermaid, write_mermaid

__all__ = [
    "COLUMNS",
    "Imported",
    "InterchangeError",
    "MermaidJourney",
    "export_mermaid",
    "import_file",
    "import_format",
    "parse_mermaid",
    "read_csv",
    "read_import",
    "read_mermaid",
    "write_mermaid",
]
