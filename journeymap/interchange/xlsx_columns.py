"""The columns of journeymap's Excel workbook: a stable key per column and its German and English header.

The export writes the headers in the report's language; the import recognises either language (and the keys
themselves, as in the CSV), so a workbook edited in Excel can come back as a journey.
"""

from __future__ import annotations

BLUEPRINT_COLUMNS = ("evidence", "evidence_owner", "frontstage", "frontstage_owner", "backstage", "backstage_owner",
                     "support", "support_owner")
TOUCHPOINT_COLUMNS = ("number", "id", "phase", "label", "catalogue_id", "kind", "contact", "emotion",
                      "emotion_note", "pain_points", "owner", *BLUEPRINT_COLUMNS, "ideas")  # ideas: schema-1 books
EXPORTED_TOUCHPOINT_COLUMNS = TOUCHPOINT_COLUMNS[:-1]
OPPORTUNITY_COLUMNS = ("opportunity_id", "opportunity", "touchpoint_ids", "touchpoints", "opportunity_owner",
                       "opportunity_status", "opportunity_impact", "opportunity_effort", "quadrant")
OPPORTUNITY_SHEETS = ("opportunities", "chancen")  # the sheet's name in either language, case ignored
KPI_COLUMNS = ("number", "id", "phase", "touchpoint", "kpi_name", "kpi_unit", "kpi_target", "kpi_actual",
               "kpi_better", "kpi_status")
HEADERS: dict[str, tuple[str, str]] = {  # key: (English, German)
    "number": ("#", "#"),
    "id": ("ID", "ID"),
    "phase": ("Phase", "Phase"),
    "label": ("Touchpoint", "Touchpoint"),
    "touchpoint": ("Touchpoint", "Touchpoint"),
    "catalogue_id": ("Catalogue ID", "Katalog-ID"),
    "kind": ("Digital/analogue", "Digital/analog"),
    "contact": ("Contact", "Kontakt"),
    "emotion": ("Emotion (−2 … +2)", "Emotion (−2 … +2)"),
    "emotion_note": ("Emotion note", "Notiz zur Emotion"),
    "pain_points": ("Pain points", "Schmerzpunkte"),
    "ideas": ("Ideas", "Ideen"),
    "owner": ("Owner", "Verantwortlich"),
    "evidence": ("Evidence", "Belege"),
    "evidence_owner": ("Evidence: owner", "Belege: verantwortlich"),
    "frontstage": ("Frontstage", "Frontstage"),
    "frontstage_owner": ("Frontstage: owner", "Frontstage: verantwortlich"),
    "backstage": ("Backstage", "Backstage"),
    "backstage_owner": ("Backstage: owner", "Backstage: verantwortlich"),
    "support": ("Support processes", "Unterstützungsprozesse"),
    "support_owner": ("Support processes: owner", "Unterstützungsprozesse: verantwortlich"),
    "opportunity_id": ("ID", "ID"),
    "opportunity": ("Opportunity", "Chance"),
    "touchpoint_ids": ("Touchpoint IDs", "Touchpoint-IDs"),
    "touchpoints": ("Touchpoints", "Touchpoints"),
    "opportunity_owner": ("Owner", "Verantwortlich"),
    "opportunity_status": ("Status", "Status"),
    "opportunity_impact": ("Impact (1–3)", "Wirkung (1–3)"),
    "opportunity_effort": ("Effort (1–3)", "Aufwand (1–3)"),
    "quadrant": ("Quadrant", "Quadrant"),
    "kpi_name": ("KPI", "KPI"),
    "kpi_unit": ("Unit", "Einheit"),
    "kpi_target": ("Target", "Ziel"),
    "kpi_actual": ("Actual", "Ist"),
    "kpi_better": ("Better", "Besser"),
    "kpi_status": ("Status", "Status"),
}


def header(key: str, lang: str) -> str:
    english, german = HEADERS[key]
    return german if lang == "de" else english


def column_key(text: object, keys: tuple[str, ...]) -> str | None:
    """The column key a header cell names (German or English header, or the key itself), among `keys`."""
    name = " ".join(str(text or "").split()).casefold()
    for key in keys:
        if name in (key, HEADERS[key][0].casefold(), HEADERS[key][1].casefold()):
            return key
    return None
