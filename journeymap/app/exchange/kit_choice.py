"""What File ▸ Print workshop kit… prints: the user's choice, the kit export it means, and the choice remembered.

The five things to print are the command line's: `journeymap cards` (the catalogue), `cards --journey` (this
journey's touchpoints), `poster`, `poster --journey` and `cards --personas --journey`; empty cards or sheets are its
`--blank N`. The choice becomes the arguments of `journeymap.export.kit.export_kit`, so the editor and the command
line print the same PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

from journeymap.model import ProjectData

WHATS = ("catalogue_cards", "journey_cards", "lane_poster", "journey_poster", "personas")
KINDS = {"catalogue_cards": "cards", "journey_cards": "cards", "lane_poster": "poster",
         "journey_poster": "poster", "personas": "personas"}
PAPERS = {"cards": ("a4", "a3"), "poster": ("a2", "a1", "a0"), "personas": ("a4",)}
DEFAULT_PAPER = {"cards": "a4", "poster": "a1", "personas": "a4"}
LANGUAGES = ("de", "en")
MAX_BLANK = 1_000  # as journeymap.export.kit.MAX_BLANK (reportlab is loaded only when a kit is drawn)


@dataclass(frozen=True)
class KitChoice:
    """What to print (`what`, one of `WHATS`), on which paper, in which language, with how many empty cards or
    sheets (`blank`; the posters have none)."""

    what: str = "catalogue_cards"
    paper: str = "a4"
    lang: str = "de"
    blank: int = 0

    @property
    def kind(self) -> str:
        """`cards`, `poster` or `personas`: the part of the kit."""
        return KINDS[self.what]

    @property
    def uses_journey(self) -> bool:
        return self.what != "catalogue_cards" and self.what != "lane_poster"

    @property
    def takes_blank(self) -> bool:
        return self.kind != "poster"

    def normalised(self) -> KitChoice:
        """The same choice with a paper the part can take and no empty cards on a poster."""
        what = self.what if self.what in WHATS else WHATS[0]
        kind = KINDS[what]
        paper = self.paper if self.paper in PAPERS[kind] else DEFAULT_PAPER[kind]
        lang = self.lang if self.lang in LANGUAGES else "de"
        blank = min(max(self.blank, 0), MAX_BLANK) if kind != "poster" else 0
        return replace(self, what=what, paper=paper, lang=lang, blank=blank)

    def export_args(self, data: ProjectData) -> tuple[str, str, str, ProjectData | None, int]:
        """`(kind, lang, paper, data, blank)` for `export_kit`/`render_kit`; `data` is None for the catalogue's
        cards and the empty lane poster, as on the command line without `--journey`."""
        choice = self.normalised()
        return choice.kind, choice.lang, choice.paper, data if choice.uses_journey else None, choice.blank

    def nothing_to_print(self, data: ProjectData) -> bool:
        """A journey without touchpoints has no cards of its own; they need empty cards added."""
        return self.what == "journey_cards" and not data.touchpoints and self.blank == 0


# ---------------------------------------------------------------- remembered choices
def load_kit_choice(store: QSettings, lang: str) -> KitChoice:
    """The last choice (what, papers, empty cards) with `lang`, the journey's language, for the language."""
    what = str(store.value("kit/what", WHATS[0]) or WHATS[0])
    what = what if what in WHATS else WHATS[0]
    kind = KINDS[what]
    return KitChoice(what, stored_paper(store, kind), lang, stored_blank(store, kind)).normalised()


def stored_paper(store: QSettings, kind: str) -> str:
    """The paper last used for `kind` (its usual one when none or an unknown one is stored)."""
    paper = str(store.value(f"kit/paper_{kind}", DEFAULT_PAPER[kind]) or "")
    return paper if paper in PAPERS[kind] else DEFAULT_PAPER[kind]


def stored_blank(store: QSettings, kind: str) -> int:
    """The number of empty cards (`cards`) or sheets (`personas`) last added; 0 for the poster."""
    if kind == "poster":
        return 0
    try:
        return min(max(int(str(store.value(f"kit/blank_{kind}", 0) or 0)), 0), MAX_BLANK)
    except ValueError:
        return 0


def save_kit_choice(store: QSettings, choice: KitChoice) -> None:
    """Remember what was printed, its paper and the number of empty cards or sheets (never the language: that
    is the journey's)."""
    store.setValue("kit/what", choice.what)
    store.setValue(f"kit/paper_{choice.kind}", choice.paper)
    if choice.takes_blank:
        store.setValue(f"kit/blank_{choice.kind}", choice.blank)
