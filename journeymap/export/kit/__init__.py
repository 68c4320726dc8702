"""The paper workshop kit: touchpoint cards to cut out, the lane poster and persona sheets (reportlab, no Qt).

    from journeymap.export.kit import export_kit
    report = export_kit("cards", "karten.pdf", lang="de", paper="a4", data=None, blank=4)

`render_cards`, `render_poster` and `render_personas` return the PDF as bytes with a `KitReport`; `export_kit`
writes one of them atomically (nothing is left behind after an error or a cancel). Each takes `progress(done,
total)` and `cancelled()` like `journeymap.export.export_pdf`.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from journeymap.export.kit.cards import CARD_PAPERS, MAX_BLANK, render_cards
from journeymap.export.kit.personas import render_personas
from journeymap.export.kit.posters import POSTER_PAPERS, render_poster
from journeymap.export.kit.sheet import Cancelled, KitReport, Progress
from journeymap.fileformat import write_atomic
from journeymap.model.data import ProjectData

KINDS = ("cards", "poster", "personas")

__all__ = ["CARD_PAPERS", "KINDS", "MAX_BLANK", "POSTER_PAPERS", "KitReport", "export_kit", "render_cards",
           "render_kit", "render_personas", "render_poster"]


def render_kit(kind: str, lang: str = "de", paper: str | None = None, data: ProjectData | None = None,
               blank: int = 0, progress: Progress | None = None, cancelled: Cancelled | None = None, *,
               invariant: bool = False) -> tuple[bytes, KitReport]:
    """One part of the kit as PDF bytes: `cards` (paper a4/a3), `poster` (a2/a1/a0) or `personas` (a4).

    `paper` None takes the part's usual size (A4 cards, A1 poster). `blank` empty cards or sheets are added
    (the poster has none). `ValueError` for a bad option or nothing to print."""
    if kind == "cards":
        return render_cards(lang, paper or "a4", data, blank, progress, cancelled, invariant=invariant)
    if kind == "poster":
        if blank:
            raise ValueError("the poster has no empty cards")
        return render_poster(lang, paper or "a1", data, progress, cancelled, invariant=invariant)
    if kind == "personas":
        if paper not in (None, "a4"):
            raise ValueError("persona sheets are printed on A4")
        return render_personas(lang, data, blank, progress, cancelled, invariant=invariant)
    raise ValueError(f"unknown part of the kit {kind!r} (use {', '.join(KINDS)})")


def export_kit(kind: str, out_path: str | os.PathLike[str], lang: str = "de", paper: str | None = None,
               data: ProjectData | None = None, blank: int = 0, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> KitReport:
    """Write one part of the kit (see `render_kit`) to `out_path` atomically. `SaveError` when the file cannot be
    written, `ExportCancelled` when `cancelled()` said so (nothing is written then)."""
    content, report = render_kit(kind, lang, paper, data, blank, progress, cancelled)
    target: Path = write_atomic(content, out_path, backup=False)
    return replace(report, path=target)
