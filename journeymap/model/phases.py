"""Phase models: AIDA(LA) (the default), plain AIDA, and custom ones."""

from __future__ import annotations

from journeymap.model.values import LocalText, Phase, PhaseModel

AIDALA_IDS: tuple[str, ...] = ("attention", "interest", "desire", "action", "loyalty", "advocacy")
AIDA_IDS: tuple[str, ...] = AIDALA_IDS[:4]

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


PRESETS = {"aidala": aidala, "aida": aida}
