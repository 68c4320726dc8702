"""Notes that tell how to read a recommendation: no basis, identical answers, ties. German and English."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journeymap.model.values import LocalText

if TYPE_CHECKING:
    from journeymap.catalogue.recommender import Recommendation

MAX_LISTED_GROUPS = 3


@dataclass(frozen=True)
class Note:
    """A remark on a recommendation result: `code` (`no_answers`, `uniform_answers`, `ties`) and a message.

    For `ties`, `groups` holds the ids of each set of entries that share a score, best score first.
    """

    code: str
    message: LocalText
    groups: tuple[tuple[str, ...], ...] = ()

    def to_json(self, lang: str) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "message": self.message.get(lang)}
        if self.groups:
            data["groups"] = [list(g) for g in self.groups]
        return data


def answer_notes(levels: Mapping[str, int], labels: Mapping[int, LocalText]) -> list[Note]:
    """Notes on the answers themselves: all zero (no basis), or every weighted need at the same level."""
    weighted = [level for level in levels.values() if level > 0]
    if not weighted:
        return [Note("no_answers", LocalText(
            de="Alle Bedürfnisse sind als „unwichtig“ beantwortet oder offen: Es gibt keine Grundlage für eine "
               "Rangfolge, alle Einträge liegen gleichauf bei 0 %.",
            en="Every need is answered 'unimportant' or left open: there is no basis for a ranking, so every "
               "entry ties at 0 %.",
        ))]
    if len(weighted) > 1 and len(set(weighted)) == 1:
        label = labels[weighted[0]]
        return [Note("uniform_answers", LocalText(
            de=f"Alle {len(weighted)} gewichteten Bedürfnisse haben dieselbe Stufe ({label.de}): Jedes zählt gleich "
               "viel, die Rangfolge zeigt also nur, wie breit ein Touchpoint sie abdeckt.",
            en=f"All {len(weighted)} weighted needs have the same level ({label.en}): every need weighs the same, "
               "so the ranking only reflects how broadly each touchpoint covers them.",
        ))]
    return []


def tie_note(ranked: Sequence[Recommendation]) -> Note | None:
    """A note naming the groups of entries that share a score (None when every score differs)."""
    groups: list[list[Recommendation]] = []
    for rec in ranked:
        if groups and groups[-1][0].earned == rec.earned:
            groups[-1].append(rec)
        else:
            groups.append([rec])
    groups = [g for g in groups if len(g) > 1]
    if not groups:
        return None
    count = sum(len(g) for g in groups)
    texts = {}
    intros = {
        "de": f"{count} Einträge teilen sich ihre Punktzahl mit anderen (gleicher Rang, Reihenfolge wie im Katalog)",
        "en": f"{count} entries share their score with others (same rank, listed in catalogue order)",
    }
    for lang, conj, more in (("de", "und", ("weitere Gruppe", "weitere Gruppen")),
                             ("en", "and", ("more group", "more groups"))):
        intro = intros[lang]
        listed = [_group_text(g, lang, conj) for g in groups[:MAX_LISTED_GROUPS]]
        rest = len(groups) - len(listed)
        texts[lang] = f"{intro}: {'; '.join(listed)}" + (f"; {conj} {rest} {more[rest > 1]}" if rest else "") + "."
    return Note("ties", LocalText(**texts), tuple(tuple(r.entry.id for r in g) for g in groups))


def _group_text(group: Sequence[Recommendation], lang: str, conj: str) -> str:
    names = [r.entry.name.get(lang) for r in group]
    joined = f"{', '.join(names[:-1])} {conj} {names[-1]}"
    return f"{joined} ({group[0].score:.0f} %)"
