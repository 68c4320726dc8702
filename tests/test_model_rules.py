"""The journey's own rules say themselves in English (the line the command line prints) and in German."""

from __future__ import annotations

import string

import pytest
from pydantic import ValidationError

from journeymap.fileformat.messages import Validation
from journeymap.model import Link, ProjectData, Touchpoint
from journeymap.model.rules import RuleError


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(RuleError.texts))
def test_every_rule_has_both_languages_with_the_same_parameters(code):
    english, german = RuleError.texts[code]
    assert english != german and _fields(english) == _fields(german)


def test_numbers_and_words_in_german():
    logo = RuleError("logo_too_large", size=2_000_000, limit=1_048_576)
    assert str(logo) == "the logo has 2,000,000 bytes; at most 1,048,576 are allowed"
    assert logo.reason_in("de") == "das Logo hat 2.000.000 Bytes; erlaubt sind höchstens 1.048.576"
    assert RuleError("id_twice", what="link", id="l1").reason_in("de") == "die id 'l1' kommt bei zwei Verbindungen vor"


def test_a_broken_rule_reaches_the_user_through_pydantic_in_german():
    tp = Touchpoint(id="a", label="A", phase="attention")
    with pytest.raises(ValidationError) as caught:
        ProjectData(touchpoints=(tp,), links=(Link(id="l1", source="a", target="b"),))
    error = caught.value.errors()[0]
    said = Validation(error["msg"].removeprefix("Value error, "), error["type"], error.get("ctx"))
    assert str(said) == "link 'l1' points to touchpoint 'b', which does not exist"
    assert said.said("de") == "die Verbindung 'l1' zeigt auf den Touchpoint 'b', den es nicht gibt"
