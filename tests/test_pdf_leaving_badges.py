"""The "p. 7" badges where a link leaves a tile page: moved sideways off the cards' text where there is room."""

from __future__ import annotations

from journeymap.export.pdf_painter import _clear_spot
from journeymap.layout.geometry import Rect

PAGE = Rect(0, 0, 400, 300)


def test_a_badge_over_a_card_moves_into_the_gap_beside_it():
    cards = [Rect(0, 0, 100, 60), Rect(124, 0, 100, 60)]  # a 24 pt gap between two cards
    spot = _clear_spot(Rect(95, 20, 20, 11), cards, [], PAGE)
    assert spot is not None and spot.y == 20
    assert spot.x >= 100 and spot.right <= 124  # in the gap, covering neither card


def test_a_badge_never_covers_another_and_stays_on_the_page():
    placed = [Rect(100, 20, 20, 11)]
    spot = _clear_spot(Rect(100, 20, 20, 11), [], placed, PAGE)
    assert spot is not None and not (spot.x < 120 and spot.right > 100)
    assert _clear_spot(Rect(0, 20, 20, 11), [], [Rect(-30, 0, 200, 50)], PAGE) is None  # no spot left: none
    low = _clear_spot(Rect(100, 1, 20, 11), [], [Rect(30, 0, 160, 6)], PAGE)  # no room beside the other badge and
    assert low is not None and low.y >= 6  # none below the page's edge: it moves up, never off the page
    edge = _clear_spot(Rect(385, 20, 20, 11), [Rect(380, 0, 20, 60)], [], PAGE)
    assert edge is not None and edge.right <= PAGE.right


def test_a_badge_with_no_gap_beside_it_leaves_the_card_label_free():
    cards = [Rect(0, 0, 400, 60)]  # one wide card (page coordinates, y up): its label is in the upper part
    spot = _clear_spot(Rect(100, 30, 20, 11), cards, [], PAGE)
    assert spot is not None and spot.y == 18 and spot.x == 100  # moved down, mostly off the label
