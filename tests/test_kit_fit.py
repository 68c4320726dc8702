"""Fitting text into a fixed box: the largest size that holds it whole, else the smallest, shortened with …;
lists leave out what does not fit and say how many; runs never cut a name in the middle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.export.fonts import SANS, SANS_BOLD, width
from journeymap.export.kit.fit import block_height, fit_block, fit_list, fit_run, lines_in

MORE = lambda n: f"+ {n} weitere"  # noqa: E731


def test_short_text_keeps_the_largest_size():
    block = fit_block("Blog", SANS_BOLD, 200, 40, 14, 9)
    assert block.lines == ("Blog",) and block.size == 14 and block.complete


def test_longer_text_shrinks_before_it_is_shortened():
    text = "Kontaktdaten per QR-Code getauscht und später im CRM nachgetragen"
    block = fit_block(text, SANS_BOLD, 190, 30, 14, 8, max_lines=2)
    assert block.complete and 8 <= block.size < 14 and len(block.lines) <= 2
    assert all(width(line, SANS_BOLD, block.size) <= 190 for line in block.lines)


def test_too_long_text_ends_in_an_ellipsis_at_the_smallest_size():
    block = fit_block("Wort " * 500, SANS, 120, 30, 10, 7)
    assert not block.complete and block.size == 7 and block.lines[-1].endswith("…")
    assert block.height <= 30


def test_german_compounds_are_hyphenated_where_a_reader_expects_it():
    block = fit_block("Sendungsverfolgung", SANS, 60, 40, 9, 9, lang="de")
    assert block.lines[0].endswith("-") and "".join(line.rstrip("-") for line in block.lines) == "Sendungsverfolgung"


def test_list_fits_whole_or_says_how_many_are_left_out():
    whole = fit_list(["eins", "zwei", "drei"], SANS, 100, 60, 9, 7, MORE)
    assert whole.complete and whole.hidden == 0 and whole.more == "" and whole.size == 9
    many = fit_list([f"Punkt {i} mit etwas Text dazu" for i in range(30)], SANS, 100, 60, 9, 7, MORE)
    assert not many.complete and many.hidden > 0 and many.more == f"+ {many.hidden} weitere"
    assert len(many.items) + many.hidden == 30 and many.height <= 60 + 0.01


def test_run_drops_whole_names_and_counts_them():
    names = ["Synchrone Kommunikation", "24/7-Verfügbarkeit", "Kosten- und Zeitersparnis",
             "Automatisierung von Serviceaktivitäten", "Sichtbarkeit und Reichweite"]
    block = fit_run(names, SANS, 150, 20, 8.5, 7, MORE)
    text = " ".join(line.rstrip("-") for line in block.lines)
    assert "weitere" in text and block.height <= 20
    assert fit_run(names[:1], SANS, 150, 20, 8.5, 7, MORE).complete


def test_line_counts_match_block_heights():
    for size in (7.0, 9.5, 13.0):
        for room in (5.0, 12.0, 40.0, 100.0):
            n = lines_in(room, size, size * 1.2)
            assert block_height(n, size, size * 1.2) <= room + 1e-6
            assert block_height(n + 1, size, size * 1.2) > room


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=400), st.floats(20, 300), st.floats(8, 120))
def test_any_text_fits_its_box(text, room_w, room_h):
    block = fit_block(text, SANS, room_w, room_h, 11, 7)
    assert block.height <= room_h + 1e-6
    assert all(width(line, SANS, block.size) <= room_w + 1e-6 for line in block.lines)


def test_names_go_a_little_smaller_rather_than_break_a_word():
    hyphenated = fit_block("Digital payment systems", SANS_BOLD, 183, 40, 13.5, 10, "en", 1.12, 2)
    assert hyphenated.size == 13.5 and hyphenated.lines[0].endswith("-")
    whole = fit_block("Digital payment systems", SANS_BOLD, 183, 40, 13.5, 10, "en", 1.12, 2, unbroken_down_to=11)
    assert whole.lines == ("Digital payment systems",) and 11 <= whole.size < 13.5
    kept = fit_block("E-Marketplace (Online-Marktplatz)", SANS_BOLD, 183, 40, 13.5, 10, "de", 1.12, 2,
                     unbroken_down_to=11)  # a break after the text's own hyphen is fine
    assert kept.size == 13.5 and kept.lines == ("E-Marketplace (Online-", "Marktplatz)")
