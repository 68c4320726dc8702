"""Mermaid `journey` diagrams: parse the text into sections and tasks, and write a journey as one.

The syntax (https://mermaid.js.org/syntax/userJourney.html)::

    journey
        title My working day
        section Go to work
          Make tea: 5: Me
          Do work: 1: Me, Cat

Mermaid's own rules are followed: keywords ignore case; `%%` and `#` start comments; entity codes such as
`#58;` (a colon) stand for characters that would otherwise break the line; `<br>` (also `<br/>`, `<BR />`) in a
section or task name is a line break; a `---` front-matter block is skipped. The accessible title and
description (`accTitle: …`, `accDescr: …` or `accDescr { … }`) are kept. `build.read_mermaid` turns the parse
into a journey.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.source import decode
from journeymap.model import ProjectData
from journeymap.model.limits import MAX_PERSONAS, MAX_TOUCHPOINTS

MAX_SECTION_LINES = 10_000
UNASSESSED = "%% journeymap: not assessed"  # written before a task whose score 3 only stands in
_ENTITY = re.compile(r"#([0-9]+|[A-Za-z][A-Za-z0-9]*);")
_ENTITY_DIGITS = 8  # longer numbers are no character (and would overflow the conversion)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_PLACEHOLDER = re.compile(r"\x00(\d+)\x01")
_TITLE = re.compile(r"title(?:\s+(.*))?", re.I | re.S)
_SECTION = re.compile(r"section(?:\s+(.*))?", re.I | re.S)
_ACC_LINE = re.compile(r"acc(Title|Descr)\s*:(.*)", re.I | re.S)
_ACC_BLOCK = re.compile(r"accDescr\s*\{(.*)", re.I | re.S)
_SCORE = re.compile(r"[+-]?\d+(?:\.\d+)?")
_KEYWORD_START = re.compile(r"(?:journey|title|section|acctitle|accdescr)", re.I)
_FENCE = re.compile(r"(```|~~~)")


@dataclass(frozen=True)
class Task:
    """One task line: its name, score 1..5, actors, whether the score is real, and its line number."""

    name: str
    score: int
    actors: tuple[str, ...]
    line: int
    assessed: bool = True


@dataclass
class Section:
    name: str
    line: int
    tasks: list[Task] = field(default_factory=list)


@dataclass
class MermaidJourney:
    """What a Mermaid journey says: a title and sections of tasks, in file order."""

    title: str = ""
    title_line: int | None = None
    sections: list[Section] = field(default_factory=list)
    acc_title: str = ""  # the accessible title (`accTitle: …`)
    acc_title_line: int | None = None
    acc_description: str = ""  # the accessible description (`accDescr: …` or `accDescr { … }`, lines kept)


def parse_mermaid(content: bytes | str) -> MermaidJourney:
    """Parse Mermaid `journey` text; `InterchangeError` with the line number for anything malformed."""
    lines = decode(content).split("\n")
    if not any(line.strip() for line in lines):
        raise InterchangeError.coded("empty")
    result = MermaidJourney()
    header = fenced = False
    acc_block: int | None = None
    acc_lines: list[str] = []
    unassessed: int | None = None
    start = _front_matter_end(lines)
    tasks = 0
    for number, raw in enumerate(lines[start:], start=start + 1):
        text = raw.strip()
        if acc_block is not None:
            acc_lines.append(text.split("}", 1)[0].strip())
            if "}" in text:
                acc_block = None
                result.acc_description = "\n".join(line for line in acc_lines if line)
            continue
        if not text:
            continue
        if text.startswith("%%"):
            unassessed = number if " ".join(text.split()).casefold() == UNASSESSED else unassessed
            continue
        if header and (match := _ACC_LINE.match(text)):
            if match.group(1).casefold() == "title":
                result.acc_title, result.acc_title_line = match.group(2).strip(), number
            else:
                result.acc_description = match.group(2).strip()
            continue
        if header and (match := _ACC_BLOCK.match(text)):
            acc_lines = [match.group(1).split("}", 1)[0].strip()]
            if "}" in match.group(1):
                result.acc_description = acc_lines[0]
            else:
                acc_block = number
            continue
        text, entities = _hide_entities(text)
        text = _strip_comment(text)
        if not text:
            continue
        if not header:
            if not fenced and _FENCE.match(text) and "mermaid" in text.casefold():
                fenced = True
                continue
            if text.casefold() != "journey":
                raise InterchangeError.coded("not_journey_start", number, text=_short(text))
            header = True
            continue
        if fenced and _FENCE.fullmatch(text):
            break
        if text.casefold() == "journey":
            raise InterchangeError.coded("journey_twice", number)
        if match := _TITLE.fullmatch(text):
            result.title, result.title_line = _reveal(match.group(1) or "", entities).strip(), number
        elif match := _SECTION.fullmatch(text):
            if len(result.sections) >= MAX_SECTION_LINES:
                raise InterchangeError.coded("too_many_section_lines", number, limit=MAX_SECTION_LINES)
            result.sections.append(_section(match.group(1) or "", entities, number))
        else:
            task = _task(text, entities, number, assessed=unassessed is None)
            if not result.sections:
                raise InterchangeError.coded("task_before_section", number, name=_short(task.name))
            tasks += 1
            if tasks > MAX_TOUCHPOINTS:
                raise InterchangeError.coded("too_many_tasks", number, limit=MAX_TOUCHPOINTS)
            result.sections[-1].tasks.append(task)
        unassessed = None
    if acc_block is not None:
        raise InterchangeError.coded("acc_block_open", acc_block)
    if not header:
        raise InterchangeError.coded("no_journey_line")
    return result


def _front_matter_end(lines: list[str]) -> int:
    """Index of the first line after a `---` front-matter block at the top (0 when there is none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return index + 1
    raise InterchangeError.coded("front_matter_open", 1)


def _hide_entities(text: str) -> tuple[str, list[str]]:
    """Replace entity codes (`#58;`, `#colon;`) by placeholders, as Mermaid does before reading a line."""
    entities: list[str] = []

    def hide(match: re.Match[str]) -> str:
        code = match.group(1)
        source = f"&#{code};" if code.isdigit() else f"&{code};"
        char = html.unescape(source) if len(code) <= _ENTITY_DIGITS or not code.isdigit() else source
        if char == source or "\ufffd" in char or any(ord(c) < 32 and c not in "\t\n" for c in char):
            char = match.group(0)  # not an entity we know: keep the text as written
        entities.append(char)
        return f"\x00{len(entities) - 1}\x01"

    return _ENTITY.sub(hide, text), entities


def _reveal(text: str, entities: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: entities[int(m.group(1))], text)


def _name(text: str, entities: list[str]) -> str:
    """A section or task name: `<br>` variants become line breaks (written `#60;br>`, it stays text)."""
    return "\n".join(_reveal(part, entities).strip() for part in _BREAK.split(text)).strip()


def _strip_comment(text: str) -> str:
    """The line without a trailing `#` or `%%` comment (Mermaid's lexer skips both)."""
    cut = text.find("#")
    index = text.find("%%")
    while index > 0 and text[index - 1] == "}":
        index = text.find("%%", index + 1)
    cuts = [c for c in (cut, index) if c >= 0]
    return text[: min(cuts)].strip() if cuts else text


def _section(rest: str, entities: list[str], number: int) -> Section:
    if ":" in rest:
        raise InterchangeError.coded("colon_in_section", number)
    name = _name(rest, entities)
    if not name:
        raise InterchangeError.coded("section_without_name", number)
    return Section(name, number)


def _task(text: str, entities: list[str], number: int, assessed: bool) -> Task:
    if ":" not in text:
        shown = _short(_reveal(text, entities))
        raise InterchangeError.coded("not_a_task", number, text=shown)
    name_text, data = text.split(":", 1)
    name = _name(name_text, entities)
    if not name:
        raise InterchangeError.coded("task_without_name", number)
    parts = data.split(":")
    score_text = _reveal(parts[0], entities).strip()
    if not score_text:
        raise InterchangeError.coded("no_score", number, name=_short(name))
    if not _SCORE.fullmatch(score_text):
        raise InterchangeError.coded("score_not_number", number, score=_short(score_text), name=_short(name))
    value = float(score_text)  # a huge number becomes infinity, which the range check refuses
    if not 1 <= value <= 5 or value != int(value):
        raise InterchangeError.coded("score_out_of_range", number, score=_short(score_text, 12), name=_short(name))
    actors = tuple(dict.fromkeys(_reveal(a, entities).strip() for a in parts[1].split(","))) if len(parts) > 1 else ()
    actors = tuple(a for a in actors if a)
    if len(actors) > MAX_PERSONAS:
        raise InterchangeError.coded("too_many_actors", number, limit=MAX_PERSONAS)
    return Task(name, int(value), actors, number, assessed or value != 3)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------- writing
def escape(text: str, extra: str = "") -> str:
    """`text` made safe for one Mermaid line: `:` `#` `;` (and `extra`), `%%` and line breaks as entity codes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for index, char in enumerate(text):
        if char in ":#;\n" + extra or (char == "%" and text[index + 1: index + 2] == "%"):
            out.append(f"#{ord(char)};")
        elif (ord(char) < 32 and char != "\t") or char == "\x7f":
            out.append(" ")  # other control characters cannot be written
        else:
            out.append(char)
    return "".join(out)


def write_mermaid(data: ProjectData, lang: str | None = None) -> str:
    """The journey as a Mermaid `journey` diagram (see docs/interchange.md for what it keeps)."""
    lang = lang or data.meta.language
    lines = ["journey"]
    title = escape(data.meta.title.strip())
    if title:
        lines.append(f"    title {title}")
    description = [_acc_line(line) for line in data.meta.description.splitlines() if line.strip()]
    if description:  # Mermaid's accessible description block; a `}` would close it early
        lines += ["    accDescr {", *(f"      {line}" for line in description), "    }"]
    names = _unique([p.name for p in data.personas])
    on_path = [(names[i], set(p.touchpoint_ids)) for i, p in enumerate(data.personas)]
    sections = _unique([p.name.get(lang) or p.id for p in data.phase_model.phases])
    for phase, section in zip(data.phase_model.phases, sections, strict=False):
        lines.append(f"    section {_name_text(section) or phase.id}")
        lane = sorted((t for t in data.touchpoints if t.phase == phase.id), key=lambda t: t.position)
        for tp in lane:
            actors = [name for name, tids in on_path if tp.id in tids]
            if tp.emotion is None:
                lines.append(f"      {UNASSESSED}")
            line = f"      {_task_name(tp.label)}: {3 if tp.emotion is None else tp.emotion + 3}"
            if actors:
                line += ": " + ", ".join(escape(a.strip(), ",") for a in actors)
            lines.append(line)
    return "\n".join(lines) + "\n"


def _acc_line(line: str) -> str:
    """One line of the `accDescr { … }` block: `}` (which ends the block) as `)`, control characters as spaces."""
    return "".join(" " if (ord(c) < 32 and c != "\t") or c == "\x7f" else c for c in line.strip()).replace("}", ")")


def _name_text(name: str) -> str:
    """A section or task name for one line: line breaks as `<br>`, a literal `<` as an entity code."""
    return "<br>".join(escape(part.strip(), "<") for part in name.strip().splitlines())


def _task_name(label: str) -> str:
    name = _name_text(label) or "-"
    if _KEYWORD_START.match(name):  # would read as a keyword: write its first letter as an entity code
        name = f"#{ord(name[0])};{name[1:]}"
    return name


def _unique(names: list[str]) -> list[str]:
    """Names made unique (ignoring case) by appending ` (2)`, ` (3)`…, so that nothing merges on import."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 1
        while candidate.strip().casefold() in seen:
            n += 1
            candidate = f"{name} ({n})"
        seen.add(candidate.strip().casefold())
        result.append(candidate)
    return result
