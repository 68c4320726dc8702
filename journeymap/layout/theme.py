"""The visual language shared by canvas and PDF: colours and sizes (px at 100 % zoom = pt on paper)."""

from __future__ import annotations

# Phase colours (Okabe–Ito, colour-blind safe); custom phases cycle through the same palette.
PHASE_COLOURS: dict[str, str] = {
    "attention": "#0072B2",
    "interest": "#56B4E9",
    "desire": "#009E73",
    "action": "#E69F00",
    "loyalty": "#CC79A7",
    "advocacy": "#D55E00",
}
_CYCLE = [*list(PHASE_COLOURS.values()), "#F0E442", "#7F7F7F"]

# Lanes
LANE_WIDTH = 260.0
HEADER_HEIGHT = 64.0
HEADER_BAR = 4.0
LANE_TINT = 0.05  # alpha of the phase colour on every other lane
DIVIDER = "#E3E6EA"
LOOP_MARGIN = 48.0  # room above the lanes where loop-back links run
MIN_ROWS = 5  # lanes are at least this many card slots tall
EMOTION_BAND = 150.0

# Cards
CARD_WIDTH = 220.0
CARD_HEIGHT = 76.0
CARD_GAP = 12.0
CARD_TOP_PAD = 16.0
CARD_RADIUS = 8.0
CARD_FILL = "#FFFFFF"
CARD_BORDER = "#C9CED6"
CARD_HOVER = "#8A94A3"
CARD_STRIP = 4.0
ANALOGUE_STRIP = "#5F6B7A"
SELECTION = "#1F6FEB"
ICON_SIZE = 24.0
LABEL_SIZE = 13.0
TEXT = "#1B2430"
MUTED = "#5F6B7A"
HINT_AMBER = "#C98A00"
KPI_OK = "#1E8449"
KPI_MISSED = "#D68910"
KPI_NEUTRAL = "#9AA1AB"
LOD_THRESHOLD = 0.4  # below this zoom draw only strip, fill and icon

# Links
LINK_COLOUR = "#5B6770"
LINK_WIDTH = 1.5
LINK_SELECTED_WIDTH = 2.5
ARROW_SIZE = 8.0
DASH_ALTERNATIVE = (6.0, 4.0)
DASH_LOOP_BACK = (1.5, 3.0)
LINK_LABEL_SIZE = 11.0

# Emotion
FACE_SIZE = 16.0
EMOTION_COLOURS: dict[int, str] = {-2: "#C0392B", -1: "#D9774B", 0: "#9AA1AB", 1: "#58A55C", 2: "#1E8449"}
CURVE_COLOUR = "#2E3A48"
CURVE_FILL_ALPHA = 0.12
EMOTION_GOOD = "#1E8449"
EMOTION_BAD = "#C0392B"

# Personas: a default palette for new personas (distinct from the phase colours where possible)
PERSONA_COLOURS = ["#6A3D9A", "#1F78B4", "#33A02C", "#E31A1C", "#FF7F00", "#B15928", "#A6CEE3", "#FB9A99"]

# Recommender bands (always shown with their label, never by colour alone)
BAND_COLOURS: dict[str, str] = {
    "highly_recommended": "#1E8449",
    "recommended": "#58A55C",
    "conditionally_recommended": "#D68910",
    "less_relevant": "#9AA1AB",
}


def phase_colour(phase_id: str, index: int) -> str:
    """The colour of a lane: the AIDA(LA) colour for known ids, else a colour from the palette by position."""
    return PHASE_COLOURS.get(phase_id) or _CYCLE[index % len(_CYCLE)]


def emotion_colour(score: int | None) -> str:
    return EMOTION_COLOURS.get(score, KPI_NEUTRAL) if score is not None else KPI_NEUTRAL


def mix(colour: str, alpha: float, over: str = "#FFFFFF") -> str:
    """`colour` at `alpha` over a background, as an opaque hex colour (for print-safe tints)."""
    c = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(over[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(b[i] + (c[i] - b[i]) * alpha):02X}" for i in range(3))
