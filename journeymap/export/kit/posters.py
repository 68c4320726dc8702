"""The poster PDF: the empty lane poster, or with a journey its whole map, on one landscape page."""

from __future__ import annotations

from journeymap.export.fonts import clip
from journeymap.export.kit.poster import draw_lane_poster
from journeymap.export.kit.poster_map import draw_map_poster
from journeymap.export.kit.sheet import Cancelled, KitReport, Progress, Sheets, check_language, page_size
from journeymap.export.kit.texts import tr
from journeymap.model.data import ProjectData

POSTER_PAPERS = ("a2", "a1", "a0")


def render_poster(lang: str = "de", paper: str = "a1", data: ProjectData | None = None,
                  progress: Progress | None = None, cancelled: Cancelled | None = None, *,
                  invariant: bool = False) -> tuple[bytes, KitReport]:
    """The poster as PDF bytes: the lanes to work on, or with `data` that journey's map. `ValueError` for a bad
    option."""
    check_language(lang)
    size = page_size(paper, POSTER_PAPERS, wide=True)
    if data is None:
        title, author = f"{tr('poster_title', lang)} · {tr('kit', lang)}", ""
    else:
        name = clip(data.meta.title, 120) or tr("untitled", lang)
        title, author = tr("map_poster_title", lang, title=name), clip(data.meta.author, 200)
    sheets = Sheets(size, lang, title, tr("subject_poster", lang), author, 1, progress, cancelled, invariant)
    label_pt = 0.0
    if data is None:
        draw_lane_poster(sheets.c, size, lang)
    else:
        label_pt = draw_map_poster(sheets.c, size, data, lang, sheets.check)
    sheets.next_page()
    items = len(data.touchpoints) if data is not None else 0
    return sheets.finish(), KitReport("poster", 1, paper, lang, items, label_pt=label_pt)
