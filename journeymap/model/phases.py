"""Phase models: AIDA(LA) (the default), plain AIDA, the common five-stage model, and custom ones."""

from __future__ import annotations

from journeymap.model.values import LocalText, Phase, PhaseModel

AIDALA_IDS: tuple[str, ...] = ("attention", "interest", "desire", "action", "loyalty", "advocacy")
AIDA_IDS: tuple[str, ...] = AIDALA_IDS[:4]
FIVE_STAGE_IDS: tuple[str, ...] = ("awareness", "consideration", "purchase", "retention", "advocacy")

# name (shown big in the lane header) and subtitle (the label under it), per language.
_PHASES: dict[str, tuple[LocalText, LocalText]] = {
    "attention": (
        LocalText(de="Aufmerksamkeit", en="Attention"),
        LocalText(de="Informationsphase", en="Becoming aware"),
    ),
    "interest": (
        LocalText(de="Interesse", en="Interest"),
        LocalText(de="Spezifizierungsphase", en="Specifying the need"),
    ),
    "desire": (
        LocalText(de="Verlangen", en="Desire"),
        LocalText(de="Anbieterselektionsphase", en="Choosing a supplier"),
    ),
    "action": (
        LocalText(de="Handlung", en="Action"),
        LocalText(de="Kaufphase", en="Buying"),
    ),
    "loyalty": (
        LocalText(de="Loyalität", en="Loyalty"),
        LocalText(de="Aufrechterhaltungsphase", en="Staying a customer"),
    ),
    "advocacy": (
        LocalText(de="Empfehlung", en="Advocacy"),
        LocalText(de="Befürwortungsphase", en="Recommending"),
    ),
    # the five-stage model (awareness … advocacy); advocacy is the same phase as AIDA(LA)'s
    "awareness": (
        LocalText(de="Wahrnehmung", en="Awareness"),
        LocalText(de="Auf das Angebot stoßen", en="Noticing the offer"),
    ),
    "consideration": (
        LocalText(de="Abwägung", en="Consideration"),
        LocalText(de="Optionen vergleichen", en="Comparing options"),
    ),
    "purchase": (
        LocalText(de="Kauf", en="Purchase"),
        LocalText(de="Entscheiden und kaufen", en="Deciding and buying"),
    ),
    "retention": (
        LocalText(de="Bindung", en="Retention"),
        LocalText(de="Kunde bleiben", en="Staying a customer"),
    ),
}


def _preset(model_id: str, ids: tuple[str, ...]) -> PhaseModel:
    return PhaseModel(
        id=model_id,
        phases=tuple(Phase(id=pid, name=_PHASES[pid][0], subtitle=_PHASES[pid][1]) for pid in ids),
    )


def aidala() -> PhaseModel:
    """The six-phase AIDA(LA) model: Attention … Advocacy."""
    return _preset("aidala", AIDALA_IDS)


def aida() -> PhaseModel:
    """Classic four-phase AIDA: Attention, Interest, Desire, Action."""
    return _preset("aida", AIDA_IDS)


def five_stage() -> PhaseModel:
    """The common five-stage model: Awareness, Consideration, Purchase, Retention, Advocacy."""
    return _preset("five_stage", FIVE_STAGE_IDS)


PRESETS = {"aidala": aidala, "aida": aida, "five_stage": five_stage}


def preset_id(phases: tuple[Phase, ...]) -> str:
    """The id of the preset whose phases are exactly `phases` (ids, names and subtitles), else `custom`."""
    for model_id, make in PRESETS.items():
        if make().phases == tuple(phases):
            return model_id
    return "custom"
