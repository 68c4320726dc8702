"""The journey's own rules, broken: a `ValueError` whose English line is what the model always said (the command
line prints it), and which says the same in German (`reason_in`), so that a file's or an import's error reads in
the user's language even where pydantic only passes our words through."""

from __future__ import annotations

from typing import ClassVar

_TEXTS: dict[str, tuple[str, str]] = {
    "phase_missing": ("touchpoint {tp!r} is in phase {phase!r}, which the phase model lacks",
                      "der Touchpoint {tp!r} liegt in der Phase {phase!r}, die das Phasenmodell nicht hat"),
    "link_end_missing": ("link {link!r} points to touchpoint {tp!r}, which does not exist",
                         "die Verbindung {link!r} zeigt auf den Touchpoint {tp!r}, den es nicht gibt"),
    "persona_touchpoint_missing": ("persona {persona!r} names touchpoint {tp!r}, which does not exist",
                                   "die Persona {persona!r} nennt den Touchpoint {tp!r}, den es nicht gibt"),
    "persona_link_missing": ("persona {persona!r} names link {link!r}, which does not exist",
                             "die Persona {persona!r} nennt die Verbindung {link!r}, die es nicht gibt"),
    "opportunity_touchpoint_missing": ("opportunity {opportunity!r} names touchpoint {tp!r}, which does not exist",
                                       "die Chance {opportunity!r} nennt den Touchpoint {tp!r}, den es nicht gibt"),
    "opportunity_touchpoint_twice": ("opportunity {opportunity!r} names touchpoint {tp!r} twice",
                                     "die Chance {opportunity!r} nennt den Touchpoint {tp!r} zweimal"),
    "view_persona_missing": ("the view shows persona {persona!r}, which does not exist",
                             "die Ansicht zeigt die Persona {persona!r}, die es nicht gibt"),
    "id_twice": ("the {what} id {id!r} is used twice", "die id {id!r} kommt bei zwei {what} vor"),
    "control_character": ("contains the control character {char}, which a journey's text may not hold",
                          "enthält das Steuerzeichen {char}, das im Text einer Journey nicht stehen darf"),
    "logo_empty": ("the logo is empty", "das Logo ist leer"),
    "logo_too_large": ("the logo has {size:,} bytes; at most {limit:,} are allowed",
                       "das Logo hat {size} Bytes; erlaubt sind höchstens {limit}"),  # (numbers: 1.048.576)
}
# `id_twice`: what holds the id, in the English sentence (singular) and the German one (plural)
_WHAT = {"phase": "Phasen", "touchpoint": "Touchpoints", "link": "Verbindungen", "persona": "Personas",
         "opportunity": "Chancen"}


class RuleError(ValueError):
    """A rule of the journey broken (`code` of the table above with its `params`); `str()` is the English line."""

    texts: ClassVar[dict[str, tuple[str, str]]] = _TEXTS

    def __init__(self, code: str, /, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(self.reason_in("en"))

    def reason_in(self, lang: str) -> str:
        english, german = _TEXTS[self.code]
        if lang != "de":
            return english.format(**self.params)
        params = {name: _WHAT.get(str(value), value) if name == "what" else
                  f"{value:,}".replace(",", ".") if isinstance(value, int) else value
                  for name, value in self.params.items()}
        return german.format(**params)
