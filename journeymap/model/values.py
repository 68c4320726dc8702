"""The immutable values a journey is made of (pydantic v2, frozen).

Values are replaced, never mutated: `touchpoint.model_copy(update=...)` gives the new value and the
`Project` aggregate swaps it in. That keeps undo trivial and makes every value safe to share.
"""

from __future__ import annotations

import base64
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo

from journeymap.model.hygiene import CONTROL, STRIP_CONTEXT, check_text
from journeymap.model.limits import ID_PATTERN, MAX_LOGO_BYTES, MAX_STRING
from journeymap.model.rules import RuleError


def _no_controls(value: str, info: ValidationInfo) -> str:
    """Refuse control characters (`model.hygiene`); the validation context `{"strip_controls": True}` (the paste
    path) strips them instead."""
    if CONTROL.search(value) is None:
        return value
    return check_text(value, strip=bool(info.context and info.context.get(STRIP_CONTEXT)))


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(max_length=MAX_STRING), AfterValidator(_no_controls)]  # tab, line feed ok
Name = Annotated[str, StringConstraints(min_length=1, max_length=MAX_STRING), AfterValidator(_no_controls)]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Language = Literal["de", "en"]
Score = Annotated[int, Field(ge=-2, le=2)]
Finite = Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)]
Position = Annotated[float, Field(allow_inf_nan=False, ge=0, le=1e6)]
Base64Chunk = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/=]{1,8000}$")]
Rating = Annotated[int, Field(ge=1, le=3)]  # impact and effort of an opportunity: 1 low, 2 medium, 3 high
BlueprintRowName = Literal["evidence", "frontstage", "backstage", "support"]
BLUEPRINT_ROWS: tuple[BlueprintRowName, ...] = ("evidence", "frontstage", "backstage", "support")
Status = Literal["idea", "planned", "in_progress", "done"]
STATUSES: tuple[Status, ...] = ("idea", "planned", "in_progress", "done")


class Value(BaseModel):
    """Base of all stored values: frozen, strict about unknown fields, no NaN anywhere."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class LocalText(Value):
    """A text in German and English; `get()` falls back to the other language."""

    de: Text = ""
    en: Text = ""

    def get(self, lang: str) -> str:
        first, second = (self.de, self.en) if lang == "de" else (self.en, self.de)
        return first or second


class Kpi(Value):
    """A key figure at a touchpoint, e.g. conversion rate in %: target 3, actual 2.1, higher is better."""

    name: Name
    unit: Text = ""
    target: Finite | None = None
    actual: Finite | None = None
    better: Literal["higher", "lower"] = "higher"

    def status(self) -> Literal["met", "missed", "open"]:
        """`met` or `missed` when target and actual are both known, else `open`."""
        if self.target is None or self.actual is None:
            return "open"
        if self.better == "higher":
            return "met" if self.actual >= self.target else "missed"
        return "met" if self.actual <= self.target else "missed"


class BlueprintRow(Value):
    """One row of a touchpoint's service blueprint: short texts (one step each) and who in the company does them."""

    texts: tuple[Name, ...] = ()
    owner: Text = ""

    def is_empty(self) -> bool:
        return not self.texts and not self.owner.strip()


class Blueprint(Value):
    """What happens around a touchpoint, top to bottom: what the customer sees or holds (evidence), what staff and
    systems do in view of the customer (frontstage), behind the scenes (backstage), and the internal processes
    and systems that support them (support)."""

    evidence: BlueprintRow = BlueprintRow()
    frontstage: BlueprintRow = BlueprintRow()
    backstage: BlueprintRow = BlueprintRow()
    support: BlueprintRow = BlueprintRow()

    def row(self, name: BlueprintRowName) -> BlueprintRow:
        row: BlueprintRow = getattr(self, name)
        return row

    def is_empty(self) -> bool:
        return all(self.row(name).is_empty() for name in BLUEPRINT_ROWS)


class Touchpoint(Value):
    """One contact between customer and company, placed in a phase lane."""

    id: Id
    catalogue_id: Id | None = None
    label: Name
    phase: Id
    position: Position = 0.0  # order inside the lane, in card slots from the top (fractions allowed)
    contact: Literal["direct", "indirect"] = "direct"
    kind: Literal["digital", "analogue"] = "digital"
    description: Text = ""
    emotion: Score | None = None  # None: not assessed yet
    emotion_note: Text = ""
    pain_points: tuple[Text, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    owner: Text = ""
    blueprint: Blueprint = Blueprint()


class Opportunity(Value):
    """Something worth doing to improve the journey (it replaces the loose ideas of schema 1): at the touchpoints
    it belongs to (none: the whole journey), with an owner, a status, and impact and effort from 1 (low) to 3
    (high); None means not rated yet."""

    id: Id
    text: Name
    touchpoint_ids: tuple[Id, ...] = ()
    owner: Text = ""
    status: Status = "idea"
    impact: Rating | None = None
    effort: Rating | None = None


class Link(Value):
    """A directed step of the journey from one touchpoint to another."""

    id: Id
    source: Id
    target: Id
    label: Text = ""
    kind: Literal["step", "alternative", "loop_back"] = "step"


class Persona(Value):
    """A customer archetype and the part of the journey that is theirs.

    The persona's path is the set of touchpoints and links it uses (`touchpoint_ids`, `link_ids`); its
    emotion curve runs through its touchpoints in journey order, using `emotions[touchpoint_id]` where the
    persona feels differently from the touchpoint's general emotion.
    """

    id: Id
    name: Name
    role: Text = ""
    segment: Literal["b2b", "b2c"] = "b2b"
    industry: Text = ""
    goals: tuple[Text, ...] = ()
    pains: tuple[Text, ...] = ()
    channels: tuple[Id, ...] = ()  # catalogue ids the persona prefers
    quote: Text = ""
    colour: Colour = "#1F6FEB"
    initials: Annotated[str, StringConstraints(max_length=3), AfterValidator(_no_controls)] = ""
    touchpoint_ids: tuple[Id, ...] = ()
    link_ids: tuple[Id, ...] = ()
    emotions: dict[Id, Score] = Field(default_factory=dict)

    def emotion_at(self, touchpoint: Touchpoint) -> int | None:
        """The persona's emotion at a touchpoint: its own score, else the touchpoint's."""
        return self.emotions.get(touchpoint.id, touchpoint.emotion)


class Phase(Value):
    """One lane of the map: a stable id, a short name and a subtitle."""

    id: Id
    name: LocalText
    subtitle: LocalText = LocalText()


class PhaseModel(Value):
    """The ordered phases of a journey (AIDA(LA), AIDA or custom)."""

    id: Id = "custom"
    phases: Annotated[tuple[Phase, ...], Field(min_length=1, max_length=24)]

    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.phases)

    def index(self, phase_id: str) -> int:
        """Position of a phase in journey order; raises KeyError for an unknown phase."""
        for i, phase in enumerate(self.phases):
            if phase.id == phase_id:
                return i
        raise KeyError(phase_id)


class Logo(Value):
    """A company logo kept inside the file: PNG or SVG bytes, base64 in chunks that each respect the string limit."""

    media_type: Literal["image/png", "image/svg+xml"]
    chunks: Annotated[tuple[Base64Chunk, ...], Field(min_length=1, max_length=-(-MAX_LOGO_BYTES * 4 // 3 // 8000) + 1)]

    @classmethod
    def from_bytes(cls, media_type: str, data: bytes) -> Logo:
        """A logo from raw bytes; refuses empty data and data over `MAX_LOGO_BYTES`."""
        if not data:
            raise RuleError("logo_empty")
        if len(data) > MAX_LOGO_BYTES:
            raise RuleError("logo_too_large", size=len(data), limit=MAX_LOGO_BYTES)
        text = base64.b64encode(data).decode("ascii")
        return cls(media_type=media_type, chunks=tuple(text[i:i + 8000] for i in range(0, len(text), 8000)))

    def data(self) -> bytes:
        """The logo's bytes."""
        return base64.b64decode("".join(self.chunks))


class Meta(Value):
    """What the project is about, who made it, and how its reports look."""

    title: Text = ""
    company: Text = ""
    author: Text = ""
    language: Language = "de"
    created: Text = ""  # ISO 8601, UTC
    modified: Text = ""
    workshop_date: Annotated[str, StringConstraints(pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = ""  # ISO date or ""
    participants: Text = ""  # who took part, free text (one name or group per line)
    description: Text = ""  # what the journey is about, a few sentences (lines kept)
    status: Literal["", "draft", "review", "final"] = ""
    version: Annotated[str, StringConstraints(max_length=64), AfterValidator(_no_controls)] = ""
    logo: Logo | None = None
    accent: Colour | None = None  # accent colour of cover and headers in reports; None: the default
