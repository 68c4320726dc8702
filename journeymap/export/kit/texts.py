"""Words of the workshop kit (cards, lane poster, persona sheets) in German and English, and the poster's guiding
question for each phase."""

from __future__ import annotations

from journeymap.model.values import LocalText

_WORDS: dict[str, tuple[str, str]] = {  # key: (English, German)
    "kit": ("Workshop kit", "Workshop-Kit"),
    "cards_title": ("Touchpoint cards", "Touchpoint-Karten"),
    "journey_cards_title": ("Touchpoint cards: {title}", "Touchpoint-Karten: {title}"),
    "poster_title": ("Lane poster", "Phasen-Poster"),
    "map_poster_title": ("Journey poster: {title}", "Journey-Poster: {title}"),
    "personas_title": ("Persona sheets", "Persona-Bögen"),
    "subject_cards": ("Touchpoint cards to cut out for a customer journey workshop",
                      "Touchpoint-Karten zum Ausschneiden für einen Customer-Journey-Workshop"),
    "subject_poster": ("Lane poster for a customer journey workshop",
                       "Phasen-Poster für einen Customer-Journey-Workshop"),
    "subject_personas": ("Persona sheets for a customer journey workshop",
                         "Persona-Bögen für einen Customer-Journey-Workshop"),
    "page_of": ("Page {n} of {m}", "Seite {n} von {m}"),
    "cut_hint": ("Cut along the marks (or the dotted lines).",
                 "Entlang der Marken schneiden (oder der gepunkteten Linien)."),
    "phase_key": ("Phases:", "Phasen:"),
    "suits_key": ("(filled: suggested for the phase)", "(gefüllt: für die Phase empfohlen)"),
    # cards
    "digital": ("digital", "digital"),
    "analogue": ("analogue", "analog"),
    "direct": ("direct", "direkt"),
    "indirect": ("indirect", "indirekt"),
    "phases": ("Phases", "Phasen"),
    "phase": ("Phase", "Phase"),
    "serves": ("Serves best", "Stärken"),
    "more": ("+ {n} more", "+ {n} weitere"),
    "pains": ("Pain points", "Schmerzpunkte"),
    "ideas": ("Ideas", "Ideen"),
    "opportunities": ("Opportunities", "Chancen"),
    "not_assessed": ("not assessed", "nicht bewertet"),
    "touchpoint": ("Touchpoint", "Touchpoint"),
    "emotion": ("Emotion", "Emotion"),
    # poster
    "journey": ("Customer journey", "Customer Journey"),
    "persona_field": ("Persona", "Persona"),
    "goal_field": ("Occasion / goal", "Anlass / Ziel"),
    "date_field": ("Date", "Datum"),
    "row_touchpoints": ("Touchpoints", "Touchpoints"),
    "row_emotion": ("Emotion", "Emotion"),
    "row_notes": ("Pain points and ideas", "Schmerzpunkte und Ideen"),
    "poster_key": ("1–6: the phases as on the touchpoint cards · emotion from −2 (very unhappy) to +2 (very happy) "
                   "· one sticky note per pain point or idea",
                   "1–6: die Phasen wie auf den Touchpoint-Karten · Emotion von −2 (sehr unzufrieden) bis +2 "
                   "(sehr zufrieden) · ein Haftzettel je Schmerzpunkt oder Idee"),
    # persona sheet
    "persona": ("Persona", "Persona"),
    "name": ("Name", "Name"),
    "role": ("Role", "Rolle"),
    "industry": ("Industry", "Branche"),
    "segment": ("Segment", "Segment"),
    "b2b": ("B2B", "B2B"),
    "b2c": ("B2C", "B2C"),
    "picture": ("Sketch or photo", "Skizze oder Foto"),
    "quote": ("In their words", "In eigenen Worten"),
    "goals": ("Goals", "Ziele"),
    "persona_pains": ("Pains", "Schmerzpunkte"),
    "channels": ("Preferred channels", "Bevorzugte Kanäle"),
    "notes": ("Notes from the workshop", "Notizen aus dem Workshop"),
    "journey_of": ("Journey: {title}", "Journey: {title}"),
    "untitled": ("Untitled journey", "Unbenannte Journey"),
    "empty_sheet": ("Empty sheet to fill in", "Leerer Bogen zum Ausfüllen"),
}

EMOTION_WORDS: dict[int, tuple[str, str]] = {
    -2: ("very unhappy", "sehr unzufrieden"),
    -1: ("unhappy", "unzufrieden"),
    0: ("neutral", "neutral"),
    1: ("happy", "zufrieden"),
    2: ("very happy", "sehr zufrieden"),
}

# The question a group answers in each lane of the poster, written for this kit.
QUESTIONS: dict[str, LocalText] = {
    "attention": LocalText(de="Wie und wo stößt der Kunde zum ersten Mal auf uns?",
                           en="How and where does the customer first come across us?"),
    "interest": LocalText(de="Was will der Kunde genauer wissen, und wo sucht er danach?",
                          en="What does the customer want to know in detail, and where do they look?"),
    "desire": LocalText(de="Warum sollte er uns wählen und nicht einen anderen Anbieter?",
                        en="Why should they pick us rather than another supplier?"),
    "action": LocalText(de="Wie bestellt, bezahlt und erhält er die Leistung, und was hält ihn dabei auf?",
                        en="How do they order, pay and receive it, and what holds them up?"),
    "loyalty": LocalText(de="Was erlebt er nach dem Kauf, und was bringt ihn wieder zu uns?",
                         en="What happens after the purchase, and what brings them back?"),
    "advocacy": LocalText(de="Wann und wem gegenüber empfiehlt er uns weiter?",
                          en="When, and to whom, do they recommend us?"),
}


def tr(key: str, lang: str, **params: object) -> str:
    """The kit's text for `key` in `lang` (German for "de", else English), with `{params}` filled in."""
    english, german = _WORDS[key]
    text = german if lang == "de" else english
    return text.format(**params) if params else text


def emotion_word(score: int, lang: str) -> str:
    """"sehr zufrieden" / "very happy" for a score −2..+2."""
    english, german = EMOTION_WORDS[score]
    return german if lang == "de" else english


def question(phase_id: str, lang: str) -> str:
    """The poster's guiding question for a phase ("" for a phase the kit has none for)."""
    text = QUESTIONS.get(phase_id)
    return text.get(lang) if text is not None else ""
