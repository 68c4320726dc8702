"""The persona sheets' PDF: one page per persona of a journey and any number of empty sheets (at least one)."""

from __future__ import annotations

from journeymap.catalogue import Catalogue
from journeymap.export.fonts import clip
from journeymap.export.icons import IconForms
from journeymap.export.kit.cards import MAX_BLANK, bundled_catalogue
from journeymap.export.kit.persona_sheet import MARGIN, draw_persona_sheet
from journeymap.export.kit.sheet import Cancelled, KitReport, Progress, Sheets, check_language, page_size
from journeymap.export.kit.texts import tr
from journeymap.model.data import ProjectData
from journeymap.model.values import Persona

SHEET_PAPERS = ("a4",)


def render_personas(lang: str = "de", data: ProjectData | None = None, blank: int = 0,
                    progress: Progress | None = None, cancelled: Cancelled | None = None, *,
                    source: Catalogue | None = None, invariant: bool = False) -> tuple[bytes, KitReport]:
    """Persona sheets as PDF bytes: each persona of `data`, then `blank` empty sheets; one empty sheet when that
    makes none. `ValueError` for a bad option."""
    check_language(lang)
    if not 0 <= blank <= MAX_BLANK:
        raise ValueError(f"the number of empty sheets must be between 0 and {MAX_BLANK}")
    size = page_size("a4", SHEET_PAPERS, wide=False)
    source = source if source is not None else bundled_catalogue()
    personas: list[Persona | None] = list(data.personas) if data is not None else []
    filled = len(personas)
    personas += [None] * (blank if filled or blank else 1)  # at least one sheet
    journey = (clip(data.meta.title, 120) or tr("untitled", lang)) if data is not None else ""
    name = tr("personas_title", lang)
    title = f"{name}: {journey}" if journey else f"{name} · {tr('kit', lang)}"
    author = clip(data.meta.author, 200) if data is not None else ""
    sheets = Sheets(size, lang, title, tr("subject_personas", lang), author, len(personas), progress, cancelled,
                    invariant)
    icons = IconForms(sheets.c)
    for persona in personas:
        draw_persona_sheet(sheets.c, size, persona, lang, journey, source, icons,
                           data.meta.language if data is not None else lang)
        sheets.footer(f"journeymap · {tr('kit', lang)} · {tr('personas_title', lang)}", MARGIN - 18, MARGIN)
        sheets.next_page()
    return sheets.finish(), KitReport("personas", len(personas), "a4", lang, filled, len(personas) - filled)
