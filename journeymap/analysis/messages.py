"""The sentences of the findings, in English and German."""

from __future__ import annotations

_TEMPLATES: dict[str, tuple[str, str]] = {  # code: (English, German)
    "empty_phase": (
        "The phase {phase} has no touchpoint yet.",
        "Die Phase {phase} hat noch keinen Touchpoint.",
    ),
    "no_entry": (
        "No touchpoint is in the first phase ({phase}), so the journey has no start.",
        "In der ersten Phase ({phase}) liegt kein Touchpoint, die Journey hat also keinen Anfang.",
    ),
    "unreachable": (
        "{count} touchpoint(s) cannot be reached from the start of the journey: {names}.",
        "{count} Touchpoint(s) sind vom Anfang der Journey aus nicht erreichbar: {names}.",
    ),
    "dead_end": (
        "The journey stops at “{label}”: no link leads on from it.",
        "Die Journey endet bei „{label}“: kein Link führt weiter.",
    ),
    "backward_link": (
        "The link from “{source}” to “{target}” goes back to an earlier phase; mark it as a loop-back if that is "
        "intended.",
        "Der Link von „{source}“ zu „{target}“ führt in eine frühere Phase zurück; als Rückschleife markieren, "
        "wenn das gewollt ist.",
    ),
    "loop_open": (
        "No link leads from {last} back to {first}: recommendations do not yet bring new customers into the journey.",
        "Kein Link führt von {last} zurück zu {first}: Empfehlungen bringen noch keine neuen Kunden in die Journey.",
    ),
    "emotion_dip_without_opportunity": (
        "The customer feels bad at “{label}” ({score}) and no opportunity to improve it is recorded.",
        "Bei „{label}“ fühlt sich der Kunde schlecht ({score}), und es ist noch keine Chance zur Verbesserung "
        "notiert.",
    ),
    "pain_without_opportunity": (
        "“{label}” has {count} pain point(s) but no opportunity that addresses them.",
        "„{label}“ hat {count} Schmerzpunkt(e), aber keine Chance, die sie angeht.",
    ),
    "opportunity_without_owner": (
        "Nobody owns the opportunity “{text}” yet: name who takes it forward.",
        "Für die Chance „{text}“ ist noch niemand verantwortlich: festlegen, wer sie vorantreibt.",
    ),
    "paths_capped": (
        "The journey has so many routes that only the first {count} are listed.",
        "Die Journey hat so viele Wege, dass nur die ersten {count} aufgeführt sind.",
    ),
}


def say(code: str, lang: str, **params: object) -> str:
    """The sentence for a finding `code` in `lang` (German for "de", else English)."""
    english, german = _TEMPLATES[code]
    return (german if lang == "de" else english).format(**params)


def quote_list(labels: list[str], lang: str, limit: int = 5) -> str:
    """Up to `limit` labels in the language's quotation marks, then an ellipsis."""
    left, right = ("„", "“") if lang == "de" else ("“", "”")
    shown = ", ".join(f"{left}{label}{right}" for label in labels[:limit])
    return shown + (" …" if len(labels) > limit else "")
