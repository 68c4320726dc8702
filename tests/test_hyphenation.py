"""Line breaking with hyphenation (Qt-free, shared by PDF and canvas), measured with any width function."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.layout.hyphenation import ELLIPSIS, break_points, hyphenate, wrap


def chars(text: str) -> float:
    """A plain measure: one unit per character."""
    return float(len(text))


def test_words_break_where_a_reader_expects():
    assert hyphenate("Sendungsverfolgung", "de")[0] == "Sen"
    assert "".join(hyphenate("Betriebsbesichtigung", "de")) == "Betriebsbesichtigung"
    assert len(hyphenate("Betriebsbesichtigung", "de")) > 3
    assert len(hyphenate("communication", "en")) > 2
    assert break_points("Zu", "de") == () and break_points("x" * 500, "de") == ()


def test_wrap_uses_hyphenation_points():
    lines = wrap("Sendungsverfolgung per E-Mail", chars, 16, 3, "de")
    assert lines.complete and lines.lines[0].endswith("-") and len(lines.lines[0]) <= 16
    assert "".join(lines.lines).replace("-", "").replace(" ", "") == "SendungsverfolgungperEMail"
    expected = ("Google-Suche nach", "einem Lohnfertiger")
    assert wrap("Google-Suche nach einem Lohnfertiger", chars, 18, 3).lines == expected


def test_too_long_ends_in_an_ellipsis_and_tiny_rooms_never_hang():
    result = wrap("Ein sehr langer Titel, der nicht in zwei kurze Zeilen passt", chars, 12, 2)
    assert not result.complete and result.lines[-1].endswith(ELLIPSIS) and len(result.lines) == 2
    assert wrap("Wort", chars, 0.5, 3).lines  # narrower than one letter: still terminates
    assert wrap("", chars, 10, 2).lines == () and wrap("   ", chars, 10, 2).complete


@settings(deadline=None)
@given(st.text(max_size=300), st.floats(3, 60), st.integers(1, 5), st.sampled_from(("de", "en")))
def test_lines_fit_their_room_and_keep_every_letter(text, room, max_lines, lang):
    result = wrap(text, chars, room, max_lines, lang)
    assert len(result.lines) <= max_lines
    assert all(len(line) <= room or len(line) == 1 for line in result.lines)
    if result.complete:
        assert "".join("".join(result.lines).split()).replace("-", "") == "".join(text.split()).replace("-", "")


def test_compounds_with_hyphens_break_after_the_hyphen_and_inside_each_part():
    # pyphen reads across the hyphen and offered "Feieraben-d-Tour" (seen on the e-bike sample's map)
    assert hyphenate("Feierabend-Tour", "de") == ["Fei", "er", "abend-", "Tour"]
    assert hyphenate("Vor-Ort-Termin", "de") == ["Vor-", "Ort-", "Ter", "min"]
    assert hyphenate("E-Mail", "de") == ["E-Mail"]  # one letter never stands alone before a break
    assert "".join(hyphenate("Dienstrad-Leasing", "de")) == "Dienstrad-Leasing"
