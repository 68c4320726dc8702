"""Words for what changed between two journeys, in German and English: the names of fields, and one line per
changed field (`describe`), shared by `journeymap diff`, the change report PDF and the editor's list of
differences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journeymap.export.fonts import clip
from journeymap.export.texts import number, quote, signed
from journeymap.model.diff import FieldChange

_FIELDS: dict[str, tuple[str, str]] = {  # field: (English, German)
    "label": ("Label", "Bezeichnung"), "phase": ("Phase", "Phase"), "position": ("Place in the lane", "Platz"),
    "contact": ("Contact", "Kontakt"), "kind": ("Kind", "Art"), "description": ("Description", "Beschreibung"),
    "emotion": ("Emotion", "Emotion"), "emotion_note": ("Why this emotion", "Begründung der Emotion"),
    "pain_points": ("Pain points", "Schmerzpunkte"), "kpis": ("KPIs", "KPIs"),
    "blueprint": ("Service blueprint", "Service Blueprint"), "evidence": ("Evidence", "Belege"),
    "frontstage": ("Frontstage", "Frontstage"), "backstage": ("Backstage", "Backstage"),
    "support": ("Support processes", "Unterstützungsprozesse"), "texts": ("Steps", "Schritte"),
    "text": ("Text", "Text"), "impact": ("Impact", "Wirkung"), "effort": ("Effort", "Aufwand"),
    "owner": ("Owner", "Verantwortlich"), "catalogue_id": ("Catalogue entry", "Katalogeintrag"),
    "name": ("Name", "Name"), "unit": ("Unit", "Einheit"), "target": ("Target", "Ziel"), "actual": ("Actual", "Ist"),
    "better": ("Better", "Besser"), "role": ("Role", "Rolle"), "segment": ("Segment", "Segment"),
    "industry": ("Industry", "Branche"), "goals": ("Goals", "Ziele"), "pains": ("Pains", "Schmerzpunkte"),
    "channels": ("Preferred channels", "Bevorzugte Kanäle"), "quote": ("Quote", "Zitat"),
    "colour": ("Colour", "Farbe"), "initials": ("Initials", "Initialen"),
    "touchpoint_ids": ("Path", "Weg"), "link_ids": ("Links of the path", "Verbindungen des Wegs"),
    "emotions": ("Own emotions", "Eigene Emotionen"), "title": ("Title", "Titel"),
    "company": ("Company", "Unternehmen"), "author": ("Author", "Autor"), "language": ("Language", "Sprache"),
    "created": ("Created", "Angelegt"), "workshop_date": ("Workshop date", "Workshop-Datum"),
    "participants": ("Participants", "Teilnehmende"), "status": ("Status", "Stand"),
    "version": ("Version", "Version"), "logo": ("Logo", "Logo"), "accent": ("Accent colour", "Akzentfarbe"),
    "subtitle": ("Subtitle", "Untertitel"), "answers": ("Recommender answers", "Antworten der Empfehlung"),
    "source": ("From", "Von"), "target_tp": ("To", "Nach"),
}
_WORDS: dict[str, tuple[str, str]] = {
    "touchpoint": ("Touchpoint", "Touchpoint"), "link": ("Link", "Verbindung"), "persona": ("Persona", "Persona"),
    "opportunity": ("Opportunity", "Chance"),
    "phase": ("Phase", "Phase"), "meta": ("Journey", "Journey"), "answers": ("Recommender", "Empfehlung"),
    "phase_model": ("Phases", "Phasen"), "kpi": ("KPI", "KPI"),
    "moved": ("moved", "verschoben"), "reordered": ("new order", "neue Reihenfolge"), "none": ("–", "–"),
    "order_changed": ("The phases stand in a new order.", "Die Phasen stehen in neuer Reihenfolge."),
    "both_changed": ("changed on both sides", "auf beiden Seiten geändert"),
    "changed_removed": ("changed here, removed there", "hier geändert, dort gelöscht"),
    "removed_changed": ("removed here, changed there", "hier gelöscht, dort geändert"),
    "both_added": ("added on both sides, differently", "auf beiden Seiten verschieden angelegt"),
    "used": ("newly used there", "dort neu verwendet"),
}


def word(key: str, lang: str) -> str:
    english, german = _WORDS[key]
    return german if lang == "de" else english


def field_name(field: str, lang: str) -> str:
    """`pain_points` → `Schmerzpunkte`; `name.de` → `Name (de)`; `kpis.target` → `KPIs: Ziel`."""
    head, _, rest = field.partition(".")
    english, german = _FIELDS.get(head, (head, head))
    name = german if lang == "de" else english
    if rest in ("de", "en"):
        return f"{name} ({rest})"
    return f"{name}: {field_name(rest, lang)}" if rest else name


def value(item: Any, lang: str, field: str = "", names: Callable[[str], str] | None = None) -> str:
    """A field's value for reading: texts quoted and shortened, numbers as written in `lang`, emotions signed."""
    if item is None or item == "":
        return word("none", lang)
    if isinstance(item, bool):
        return str(item).lower()
    if field.endswith("emotion") or field == "emotions":
        return signed(float(item), lang, 0) if isinstance(item, int) else str(item)
    if isinstance(item, (int, float)):
        return number(float(item), lang)
    if isinstance(item, list):
        return ", ".join(value(i, lang, field, names) for i in item)
    if isinstance(item, dict):
        return ", ".join(f"{names(k) if names else k}: {value(v, lang, field, names)}" for k, v in item.items())
    text = str(item)
    if names is not None and field in ("phase", "touchpoint_ids", "link_ids", "channels"):
        return names(text)
    return quote(clip(" ".join(text.split()), 80), lang)


def describe(change: FieldChange, lang: str, names: Callable[[str], str] | None = None) -> str:
    """One line for a changed field: `Bezeichnung: „Web“ → „Website“`, `Ideen: + „Rückruf“; − „Fax“`."""
    label = field_name(change.field, lang)
    if change.field == "position":
        return f"{label}: {word('moved', lang)}"
    if change.added or change.removed or change.changed:
        parts = [f"+ {value(a, lang, change.field, names)}" for a in change.added]
        parts += [f"− {value(r, lang, change.field, names)}" for r in change.removed]
        for item in change.changed:
            inner = "; ".join(describe(f, lang, names) for f in item.fields)
            parts.append(f"{quote(clip(item.label, 60), lang)} ({inner})")
        return f"{label}: " + "; ".join(parts)
    if isinstance(change.old, list) and isinstance(change.new, list) and sorted(map(str, change.old)) == sorted(
            map(str, change.new)):
        return f"{label}: {word('reordered', lang)}"
    old = value(change.old, lang, change.field, names)
    new = value(change.new, lang, change.field, names)
    return f"{label}: {old} → {new}"
