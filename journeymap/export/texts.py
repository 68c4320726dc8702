"""Words and number/date formats of the exports, in German and English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

_WORDS: dict[str, tuple[str, str]] = {  # key: (English, German)
    "kicker": ("Customer journey blueprint", "Customer-Journey-Blueprint"),
    "untitled": ("Untitled journey", "Unbenannte Journey"),
    "subject": ("Customer journey map and findings", "Customer-Journey-Karte und Befunde"),
    "company": ("Company", "Unternehmen"),
    "author": ("Author", "Autor"),
    "date": ("Date", "Datum"),
    "personas": ("Personas", "Personas"),
    "none": ("none", "keine"),
    "summary": ("Summary", "Zusammenfassung"),
    "cover": ("Cover", "Deckblatt"),
    "key_figures": ("Key figures", "Kennzahlen"),
    "touchpoints": ("Touchpoints", "Touchpoints"),
    "digital_share": ("Digital share", "Digitalanteil"),
    "mean_emotion": ("Mean emotion", "Mittlere Emotion"),
    "open_findings": ("Open findings", "Offene Befunde"),
    "phase": ("Phase", "Phase"),
    "per_phase": ("Per phase", "Je Phase"),
    "map": ("Journey map", "Journey-Karte"),
    "map_overview": ("Overview", "Übersicht"),
    "map_part": ("Part {n} of {m}", "Teil {n} von {m}"),
    "map_grid_note": (
        "The map is split over {m} pages; the grid shows which page holds which part.",
        "Die Karte ist auf {m} Seiten aufgeteilt; das Raster zeigt, welche Seite welchen Teil enthält.",
    ),
    "page_short": ("p. {n}", "S. {n}"),
    "page_of": ("Page {n} of ", "Seite {n} von "),
    "emotion": ("Emotion", "Emotion"),
    "legend_step": ("Step", "Schritt"),
    "legend_alternative": ("Alternative", "Alternative"),
    "legend_loop": ("Loop-back", "Rückschleife"),
    "legend_kpi": ("KPIs: met / missed / open", "KPIs: erreicht / verfehlt / offen"),
    "legend_fit": ("not suggested for this phase", "für diese Phase nicht empfohlen"),
    "legend_digital": ("digital", "digital"),
    "legend_analogue": ("analogue", "analog"),
    "persona": ("Persona", "Persona"),
    "role": ("Role", "Rolle"),
    "segment": ("Segment", "Segment"),
    "industry": ("Industry", "Branche"),
    "goals": ("Goals", "Ziele"),
    "pains": ("Pains", "Schmerzpunkte"),
    "channels": ("Preferred channels", "Bevorzugte Kanäle"),
    "path": ("Path through the journey", "Weg durch die Journey"),
    "curve": ("Emotion along the path", "Emotion entlang des Weges"),
    "more": ("+ {n} more", "+ {n} weitere"),
    "no_path": ("No touchpoints assigned yet.", "Noch keine Touchpoints zugeordnet."),
    "kpis": ("KPIs per phase", "KPIs je Phase"),
    "kpi": ("KPI", "KPI"),
    "unit": ("Unit", "Einheit"),
    "target": ("Target", "Ziel"),
    "actual": ("Actual", "Ist"),
    "status": ("Status", "Status"),
    "met": ("met", "erreicht"),
    "missed": ("missed", "verfehlt"),
    "open": ("open", "offen"),
    "no_kpis": ("No KPIs are recorded yet.", "Es sind noch keine KPIs erfasst."),
    "kpi_note": (
        "Status compares actual and target in the better direction (≥ higher is better, ≤ lower is better).",
        "Der Status vergleicht Ist und Ziel in der besseren Richtung (≥ höher ist besser, ≤ niedriger ist besser).",
    ),
    "findings": ("Findings", "Befunde"),
    "no_findings": ("The analysis found nothing to look at.", "Die Analyse hat nichts Auffälliges gefunden."),
    "error": ("Critical", "Kritisch"),
    "warning": ("Warnings", "Warnungen"),
    "info": ("Notes", "Hinweise"),
    "appendix": ("Appendix: touchpoints", "Anhang: Touchpoints"),
    "description": ("Description", "Beschreibung"),
    "notes": ("Notes", "Notizen"),
    "opportunities": ("Opportunities", "Chancen"),
    "owner": ("Owner", "Verantwortlich"),
    "own_touchpoint": ("own touchpoint", "eigener Touchpoint"),
    "digital": ("digital", "digital"),
    "analogue": ("analogue", "analog"),
    "direct": ("direct", "direkt"),
    "indirect": ("indirect", "indirekt"),
    "not_assessed": ("not assessed", "nicht bewertet"),
    "b2b": ("B2B", "B2B"),
    "b2c": ("B2C", "B2C"),
    # persona curves on the map and the recommender section
    "legend_general": ("General curve (all touchpoints)", "Allgemeine Kurve (alle Touchpoints)"),
    "recommendations": ("Recommended touchpoints", "Empfohlene Touchpoints"),
    "rec_intro": (
        "The catalogue's touchpoints ranked by how well they serve the needs answered for this journey. The score "
        "weighs each touchpoint's rating of a need by that need's importance; 100 % is the best any touchpoint "
        "could reach.",
        "Die Touchpoints des Katalogs, geordnet danach, wie gut sie die für diese Journey beantworteten "
        "Bedürfnisse bedienen. Die Punktzahl gewichtet die Bewertung jedes Bedürfnisses mit seiner Wichtigkeit; "
        "100 % ist das Beste, was ein Touchpoint erreichen kann.",
    ),
    "rec_needs": ("Weighted needs", "Gewichtete Bedürfnisse"),
    "rec_need": ("Need", "Bedürfnis"),
    "rec_importance": ("Importance", "Wichtigkeit"),
    "rec_unweighted": ("Not weighted: {names}.", "Nicht gewichtet: {names}."),
    "rec_top": ("The best {n} touchpoints", "Die besten {n} Touchpoints"),
    "rec_rank": ("#", "Nr."),
    "rec_score": ("Score", "Punkte"),
    "rec_band": ("Assessment", "Einschätzung"),
    "rec_reasons": ("Why", "Warum"),
    "rec_suits": ("Suits: {phases}", "Passt zu: {phases}"),
    "rec_on_map": ("already on the map", "schon auf der Karte"),
    "rec_fills": ("fills the empty phase {phases}", "füllt die leere Phase {phases}"),
    "rec_fills_many": ("fills the empty phases {phases}", "füllt die leeren Phasen {phases}"),
    "rec_empty": ("Empty phases", "Leere Phasen"),
    "rec_no_empty": ("Every phase of the journey has at least one touchpoint.",
                     "Jede Phase der Journey hat mindestens einen Touchpoint."),
    "rec_empty_intro": ("The journey has no touchpoint yet in these phases; the best-ranked touchpoints that suit "
                        "them:",
                        "In diesen Phasen hat die Journey noch keinen Touchpoint; die am besten bewerteten "
                        "Touchpoints, die zu ihnen passen:"),
    "rec_notes": ("How to read the ranking", "So ist die Rangfolge zu lesen"),
    # the summary page
    "glance": ("At a glance", "Auf einen Blick"),
    "glance_outline": ("Summary — at a glance", "Zusammenfassung — auf einen Blick"),
    "glance_intro": ("What to fix first. Each line names who is responsible and links to the card on the map.",
                     "Was zuerst anzugehen ist. Jede Zeile nennt, wer verantwortlich ist, und führt zur Karte."),
    "glance_nothing": ("Nothing stands out: no emotional lows, no missed KPIs, no pain points, no empty phases.",
                       "Nichts fällt auf: keine emotionalen Tiefpunkte, keine verfehlten KPIs, keine "
                       "Schmerzpunkte, keine leeren Phasen."),
    "glance_lows": ("Emotional lows ({n})", "Emotionale Tiefpunkte ({n})"),
    "glance_kpis": ("Missed KPIs ({n})", "Verfehlte KPIs ({n})"),
    "glance_pains": ("Most frequent pain points ({n})", "Häufigste Schmerzpunkte ({n})"),
    "glance_empty": ("Empty phases ({n})", "Leere Phasen ({n})"),
    "glance_empty_hint": ("no touchpoint yet", "noch kein Touchpoint"),
    "glance_loop": ("Open loop", "Offener Kreislauf"),
    "glance_more": ("+ {n} more in the findings and the appendix", "+ {n} weitere in den Befunden und im Anhang"),
    "no_owner": ("no owner yet", "noch niemand"),
    "no_opportunity": ("no opportunity yet", "noch keine Chance"),
    "opportunity": ("Opportunity", "Chance"),
    "at": ("at", "bei"),
    "times": ("{n}×", "{n}×"),
    "ref": ("#{number}\u00a0·\u00a0p.\u00a0{page}", "#{number}\u00a0·\u00a0S.\u00a0{page}"),
    # cover
    "workshop_date": ("Workshop", "Workshop"),
    "participants": ("Participants", "Teilnehmende"),
    "status_version": ("Status", "Stand"),
    "version": ("Version", "Version"),
    "draft": ("draft", "Entwurf"),
    "review": ("in review", "in Prüfung"),
    "final": ("final", "final"),
    "exported": ("Exported", "Exportiert"),
    # map
    "legend_number": ("12 = the card's number (journey order)", "12 = Nummer der Karte (Reihenfolge der Journey)"),
    "legend_emotion": ("Emotion −2 to +2", "Emotion −2 bis +2"),
    "legend_more": ("+ {n} more", "+ {n} weitere"),
    "band_means": ("mean per phase, bar: lowest to highest", "Mittel je Phase, Balken: niedrigste bis höchste"),
    # findings and appendix
    "findings_intro": ("{n} findings in {k} groups, most serious first. #12 is the card's number on the map.",
                       "{n} Befunde in {k} Gruppen, die wichtigsten zuerst. #12 ist die Nummer der Karte."),
    "catalogue_note": ("Touchpoints from the catalogue are described once, in the catalogue section at the end.",
                       "Touchpoints aus dem Katalog sind einmal beschrieben, im Katalogteil am Ende."),
    "catalogue_section": ("Catalogue touchpoints used", "Verwendete Katalog-Touchpoints"),
    "link_labels": ("Labelled links", "Beschriftete Verbindungen"),
    "kind_empty_phase": ("Empty phases", "Leere Phasen"),
    "kind_no_entry": ("No start", "Kein Anfang"),
    "kind_unreachable": ("Touchpoints out of reach", "Nicht erreichbare Touchpoints"),
    "kind_dead_end": ("Dead ends", "Sackgassen"),
    "kind_backward_link": ("Links back to an earlier phase", "Links zurück in eine frühere Phase"),
    "kind_loop_open": ("Open loop", "Offener Kreislauf"),
    "kind_emotion_dip_without_opportunity": ("Emotional lows without an opportunity",
                                             "Emotionale Tiefpunkte ohne Chance"),
    "kind_pain_without_opportunity": ("Pain points without an opportunity", "Schmerzpunkte ohne Chance"),
    "kind_opportunity_without_owner": ("Opportunities nobody owns yet", "Chancen ohne Verantwortliche"),
    "kpi_sheet": ("KPIs", "KPIs"),
    "better_higher": ("higher is better", "höher ist besser"),
    "better_lower": ("lower is better", "niedriger ist besser"),
    "severity": ("Severity", "Gewicht"),
    "kind": ("Kind", "Art"),
    "finding": ("Finding", "Befund"),
    "concerns": ("Concerns", "Betrifft"),
    # sections
    "section_cover": ("Cover", "Deckblatt"),
    "section_summary": ("Summary", "Zusammenfassung"),
    "section_map": ("Journey map", "Journey-Karte"),
    "section_personas": ("Personas", "Personas"),
    "section_kpis": ("KPIs", "KPIs"),
    "section_findings": ("Findings", "Befunde"),
    "section_recommendations": ("Recommendations", "Empfehlungen"),
    "section_appendix": ("Appendix", "Anhang"),
    "section_blueprint": ("Service blueprint", "Service Blueprint"),
    "section_opportunities": ("Opportunities", "Chancen"),
    # opportunities
    "status_idea": ("idea", "Idee"),
    "status_planned": ("planned", "geplant"),
    "status_in_progress": ("in progress", "in Arbeit"),
    "status_done": ("done", "erledigt"),
    "impact": ("Impact", "Wirkung"),
    "effort": ("Effort", "Aufwand"),
    "rating_1": ("low", "gering"),
    "rating_2": ("medium", "mittel"),
    "rating_3": ("high", "hoch"),
    "not_rated": ("not rated", "nicht bewertet"),
    "quadrant_quick_win": ("Quick wins", "Quick Wins"),
    "quadrant_big_bet": ("Big bets", "Große Vorhaben"),
    "quadrant_fill_in": ("Fill-ins", "Lückenfüller"),
    "quadrant_thankless": ("Thankless tasks", "Undankbare Aufgaben"),
    "glance_quick_wins": ("Quick wins ({n})", "Quick Wins ({n})"),
    "opp_ref": ("O{n}", "C{n}"),
    "opp_number": ("No.", "Nr."),
    "quadrant": ("Quadrant", "Quadrant"),
    "whole_journey": ("whole journey", "ganze Journey"),
    "nobody_yet": ("Nobody responsible yet", "Noch niemand verantwortlich"),
    "not_rated_title": ("Not rated yet ({n})", "Noch nicht bewertet ({n})"),
    "opp_intro": (
        "{n} opportunities, {k} of them with an owner. Impact and effort run from 1 (low) to 3 (high); from 2 on they "
        "count as high, so a quick win brings at least a medium effect for little effort. O1, O2 and so on are the "
        "numbers in the matrix and the tables.",
        "{n} Chancen, {k} davon mit Verantwortlichen. Wirkung und Aufwand reichen von 1 (gering) bis 3 (hoch); ab 2 "
        "gelten sie als hoch, ein Quick Win bringt also mindestens mittlere Wirkung bei geringem Aufwand. C1, C2 "
        "usw. sind die Nummern in der Matrix und den Tabellen.",
    ),
    # service blueprint
    "row_evidence": ("Evidence", "Belege"),
    "row_customer": ("Customer action", "Kundenaktion"),
    "row_frontstage": ("Frontstage", "Frontstage"),
    "row_backstage": ("Backstage", "Backstage"),
    "row_support": ("Support processes", "Unterstützungsprozesse"),
    "line_interaction": ("Line of interaction", "Interaktionslinie"),
    "line_visibility": ("Line of visibility", "Sichtbarkeitslinie"),
    "line_internal": ("Line of internal interaction", "Interne Interaktionslinie"),
    "row_hint_evidence": ("what the customer sees or holds", "was der Kunde sieht oder in der Hand hält"),
    "row_hint_customer": ("the touchpoint, numbered as on the map", "der Touchpoint, nummeriert wie auf der Karte"),
    "row_hint_frontstage": ("what staff and systems do in view of the customer",
                            "was Mitarbeitende und Systeme sichtbar für den Kunden tun"),
    "row_hint_backstage": ("what happens behind the scenes for it", "was dafür im Hintergrund geschieht"),
    "row_hint_support": ("internal processes and systems that support it",
                         "interne Prozesse und Systeme, die es tragen"),
    "blueprint_numbers": ("#12 = the card's number on the map", "#12 = Nummer wie auf der Karte"),
    "blueprint_filled_only": ("only touchpoints with blueprint rows: {n} of {m}",
                              "nur Touchpoints mit Blueprint-Zeilen: {n} von {m}"),
    "blueprint_gap": ("No touchpoint in this phase yet", "In dieser Phase noch kein Touchpoint"),
}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")
EMOTION_WORDS: dict[int, tuple[str, str]] = {
    -2: ("very unhappy", "sehr unzufrieden"),
    -1: ("unhappy", "unzufrieden"),
    0: ("neutral", "neutral"),
    1: ("happy", "zufrieden"),
    2: ("very happy", "sehr zufrieden"),
}


_GERMAN_MARKS = str.maketrans(",.", ".,")  # 1,234.5 → 1.234,5

def tr(key: str, lang: str, **params: object) -> str:
    """The text for `key` in `lang` (German for "de", else English), with `{params}` filled in."""
    english, german = _WORDS[key]
    text = german if lang == "de" else english
    return text.format(**params) if params else text


def has(key: str) -> bool:
    """Is there a text for `key`?"""
    return key in _WORDS


def emotion_word(score: int, lang: str) -> str:
    english, german = EMOTION_WORDS[score]
    return german if lang == "de" else english


def number(value: float, lang: str, decimals: int | None = None, grouping: bool = True) -> str:
    """A number for reading: German decimal comma and thousands dot, English the other way round.

    `decimals=None` shows as many decimals as the value has (up to 6), without trailing zeros.
    """
    if decimals is None:
        text = f"{value:,.6f}".rstrip("0").rstrip(".") if grouping else f"{value:.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}" if grouping else f"{value:.{decimals}f}"
    if text in ("-0", "+0"):
        text = "0"
    if lang == "de":
        text = text.translate(_GERMAN_MARKS)
    return text


def plain_number(value: float, lang: str) -> str:
    """A number exactly as stored, without grouping, for data files: `2.2` / `2,2`; `3.0` → `3`."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(".", ",") if lang == "de" else text


def signed(value: float, lang: str, decimals: int = 1) -> str:
    """`+0,3` / `−1.5`: a mean emotion with its sign (a real minus sign)."""
    text = number(abs(value), lang, decimals)
    if round(value, decimals) == 0:
        return text
    return ("+" if value > 0 else "−") + text


def percent(share: float, lang: str) -> str:
    """A share 0..1 as a whole percentage: `63 %` (German) / `63%` (English)."""
    value = number(int(share * 100 + 0.5), lang, 0)  # half up: 62.5 % reads as 63 %
    return f"{value} %" if lang == "de" else f"{value}%"


def date(day: dt.date, lang: str) -> str:
    """`22. November 2026` / `22 November 2026`."""
    if lang == "de":
        return f"{day.day}. {_MONTHS_DE[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def quote(text: str, lang: str) -> str:
    """`text` in the language's quotation marks."""
    return f"„{text}“" if lang == "de" else f"“{text}”"
