"""What the command line prints on success, in German and English: one language per run, correct plurals.

The language of a run is `--lang`, else the journey's own language (`check`, `export`, `import`), else the
system's (`new`, `catalogue`). Error lines (`error: PATH: reason` on stderr) keep the contract's English form.
"""

from __future__ import annotations

# noun -> (singular, plural) per language
_NOUNS = {
    "de": {
        "touchpoint": ("Touchpoint", "Touchpoints"), "link": ("Verknüpfung", "Verknüpfungen"),
        "persona": ("Persona", "Personas"), "phase": ("Phase", "Phasen"), "finding": ("Befund", "Befunde"),
        "path": ("Pfad", "Pfade"), "page": ("Seite", "Seiten"), "row": ("Zeile", "Zeilen"),
        "task": ("Aufgabe", "Aufgaben"), "entry": ("Eintrag", "Einträge"), "kpi": ("KPI", "KPIs"),
    },
    "en": {
        "touchpoint": ("touchpoint", "touchpoints"), "link": ("link", "links"), "persona": ("persona", "personas"),
        "phase": ("phase", "phases"), "finding": ("finding", "findings"), "path": ("path", "paths"),
        "page": ("page", "pages"), "row": ("row", "rows"), "task": ("task", "tasks"),
        "entry": ("entry", "entries"), "kpi": ("KPI", "KPIs"),
    },
}

_TEXTS = {
    "de": {
        "valid": "{file}: gültige Journey{title}: {counts}",
        "digital": ", {share} digital",
        "mood": ", mittlere Emotion {mood}",
        "loop_closed": "Empfehlungsschleife geschlossen",
        "loop_open": "Empfehlungsschleife offen",
        "paths": "{paths} vom Anfang zum Ende",
        "findings": "{findings}:",
        "no_findings": "keine Befunde",
        "severity.error": "Fehler", "severity.warning": "Warnung", "severity.info": "Hinweis",
        "created_sample": "{out} angelegt (Beispiel {name})",
        "created_template": "{out} angelegt (Vorlage {name})",
        "imported": "{source} nach {out} importiert: {counts}",
        "encoding": " (gelesen als {encoding})",
        "exported_mermaid": "{out} exportiert (Mermaid-Journey, {tasks})",
        "exported_csv": "{out} exportiert ({rows})",
        "exported_xlsx": "{out} exportiert (Arbeitsmappe mit {counts} und den Befunden)",
        "exported_pdf": "{out} exportiert ({pages}, {paper}, Karte: {mode})",
        "mode.fit": "auf einer Seite", "mode.tile": "gekachelt",
        "exported_png": "{out} exportiert ({width} × {height} Pixel{scaled})",
        "exported_svg": "{out} exportiert (SVG, {width} × {height})",
        "scaled": "; verkleinert auf {scale} statt {full} Pixel je Einheit: ein PNG hat höchstens {side} Pixel je "
                  "Seite und {mega} Megapixel",
    },
    "en": {
        "valid": "{file}: valid journey{title}: {counts}",
        "digital": ", {share} digital",
        "mood": ", mean emotion {mood}",
        "loop_closed": "advocacy loop closed",
        "loop_open": "advocacy loop open",
        "paths": "{paths} from start to end",
        "findings": "{findings}:",
        "no_findings": "no findings",
        "severity.error": "error", "severity.warning": "warning", "severity.info": "info",
        "created_sample": "created {out} (sample {name})",
        "created_template": "created {out} ({name} template)",
        "imported": "imported {source} into {out}: {counts}",
        "encoding": " (read as {encoding})",
        "exported_mermaid": "exported {out} (Mermaid journey, {tasks})",
        "exported_csv": "exported {out} ({rows})",
        "exported_xlsx": "exported {out} (workbook with {counts} and the findings)",
        "exported_pdf": "exported {out} ({pages}, {paper}, map: {mode})",
        "mode.fit": "fit", "mode.tile": "tiled",
        "exported_png": "exported {out} ({width} × {height} pixels{scaled})",
        "exported_svg": "exported {out} (SVG, {width} × {height})",
        "scaled": "; scaled down to {scale} instead of {full} pixels per unit: a PNG stays within {side} pixels a "
                  "side and {mega} megapixels",
    },
}


def language(lang: str | None) -> str:
    return "de" if lang == "de" else "en"


def count(number: int, noun: str, lang: str, suffix: str = "") -> str:
    """`1 Touchpoint`, `2 touchpoints`, `10.000 Touchpoints`: the number with its noun in singular or plural."""
    lang = language(lang)
    singular, plural = _NOUNS[lang][noun]
    shown = f"{number:,}".replace(",", "." if lang == "de" else ",")
    return f"{shown}{suffix} {singular if number == 1 else plural}"


def say(key: str, lang: str, **values: object) -> str:
    """The text `key` in `lang`, filled with `values`."""
    table = _TEXTS[language(lang)]
    return table.get(key, key).format(**values)


def listing(parts: list[str], lang: str) -> str:
    """`a, b und c` / `a, b and c`."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + (" und " if language(lang) == "de" else " and ") + parts[-1]


def decimal(value: float, lang: str, decimals: int = 1, sign: bool = False) -> str:
    """A number as written in `lang`: `+0,5` in German, `+0.5` in English (no grouping; zero has no sign)."""
    text = f"{value:+.{decimals}f}" if sign else f"{value:.{decimals}f}"
    if text.lstrip("+-").strip("0.") == "":
        text = text.lstrip("+-")
    return text.replace(".", ",") if language(lang) == "de" else text


def percent(share: float, lang: str) -> str:
    """A share 0..1 as a whole percentage: `40 %` in German (with a no-break space), `40%` in English."""
    return f"{share * 100:.0f}\u00a0%" if language(lang) == "de" else f"{share:.0%}"
