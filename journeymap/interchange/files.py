"""Whole files: import a `.mmd`/`.mermaid` or `.csv` file as a journey, export a journey as a `.mmd` file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from journeymap.fileformat import write_atomic
from journeymap.interchange.build import read_mermaid
from journeymap.interchange.csv_import import read_csv
from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.mermaid import write_mermaid
from journeymap.interchange.source import UTF8, decode_text, read_bytes
from journeymap.model import ProjectData

MERMAID_SUFFIXES = (".mmd", ".mermaid")
CSV_SUFFIXES = (".csv",)
XLSX_SUFFIXES = (".xlsx",)


def import_format(path: str | os.PathLike[str]) -> str | None:
    """`mermaid`, `csv` or `xlsx` from the file name's suffix (any case); None for anything else."""
    suffix = Path(path).suffix.casefold()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    return "mermaid" if suffix in MERMAID_SUFFIXES else "csv" if suffix in CSV_SUFFIXES else None


@dataclass(frozen=True)
class Imported:
    """An imported journey and the text encoding its file was read in (`UTF-8`, `UTF-16` or `Windows-1252`)."""

    data: ProjectData
    encoding: str = UTF8


def import_file(path: str | os.PathLike[str], lang: str | None = None) -> ProjectData:
    """Read a Mermaid or CSV file (chosen by suffix) into a complete, validated journey.

    Raises `InterchangeError` (with the line where it applies); nothing is written anywhere.
    """
    return read_import(path, lang).data


def read_import(path: str | os.PathLike[str], lang: str | None = None) -> Imported:
    """`import_file`, also telling which encoding the file was read in."""
    kind = import_format(path)
    if kind is None:
        known = ", ".join(MERMAID_SUFFIXES + CSV_SUFFIXES + XLSX_SUFFIXES)
        if Path(path).suffix:
            raise InterchangeError.coded("unknown_suffix", suffix=Path(path).suffix, known=known)
        raise InterchangeError.coded("no_suffix", known=known)
    content = read_bytes(path)
    if kind == "xlsx":
        from journeymap.interchange.xlsx_import import read_xlsx

        return Imported(read_xlsx(content, lang))
    text, encoding = decode_text(content)
    data = read_mermaid(text, lang) if kind == "mermaid" else read_csv(text, lang)
    return Imported(data, encoding)


def export_mermaid(data: ProjectData, out_path: str | os.PathLike[str], lang: str | None = None) -> Path:
    """Write the journey as a Mermaid `journey` diagram, atomically (UTF-8, `\\n` line ends).

    `lang` (`de`/`en`) picks the phase names; default: the journey's language. Raises
    `journeymap.fileformat.SaveError` when the file cannot be written (the old file stays as it was).
    """
    return write_atomic(write_mermaid(data, lang).encode("utf-8"), out_path, backup=False)
