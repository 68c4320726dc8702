"""The Qt-free lane geometry shared by canvas and PDF."""

from __future__ import annotations

import pytest

from journeymap.layout import (
    SLOT,
    bezier_point,
    card_rect,
    curve_points,
    emotion_y,
    free_slot,
    link_path,
    map_geometry,
    position_at,
    route_middle,
    rows_needed,
    theme,
)
from journeymap.model import aida, aidala
from tests.conftest import tp


def test_lanes_side_by_side_with_band_below():
    geo = map_geometry(aidala(), rows=5)
    assert [lane.phase_id for lane in geo.lanes] == list(aidala().ids())
    assert geo.lanes[1].rect.x == theme.LANE_WIDTH
    assert geo.width == 6 * theme.LANE_WIDTH
    assert geo.band.y == geo.lanes[0].rect.bottom and geo.band.h == theme.EMOTION_BAND
    assert geo.height == geo.band.bottom
    assert geo.lanes[3].colour == "#E69F00"
    assert geo.lane_at(2.5 * theme.LANE_WIDTH).phase_id == "desire"
    assert geo.lane_at(-1) is None and geo.lane_at(geo.width + 1) is None
    assert map_geometry(aida()).width == 4 * theme.LANE_WIDTH


def test_lanes_grow_with_content():
    assert rows_needed([]) == theme.MIN_ROWS + 1
    assert rows_needed([0, 9.0]) == 11
    assert map_geometry(aidala(), rows=20).height > map_geometry(aidala(), rows=5).height


def test_card_rect_and_position_are_inverse():
    rect = card_rect(2, 3.0)
    assert rect.w == theme.CARD_WIDTH and rect.h == theme.CARD_HEIGHT
    assert rect.x - 2 * theme.LANE_WIDTH >= 16 and (3 * theme.LANE_WIDTH - rect.right) >= 16
    assert position_at(rect.y) == pytest.approx(3.0)
    assert card_rect(0, 1).y - card_rect(0, 0).y == SLOT
    assert position_at(-500) == 0.0


@pytest.mark.parametrize(("taken", "wanted", "slot"), [
    ([], 2.2, 2.0), ([2], 2.0, 3.0), ([2, 3], 2.4, 1.0), ([0, 1, 2], 0, 3.0), ([0], -3, 1.0),
])
def test_free_slot(taken, wanted, slot):
    assert free_slot(taken, wanted) == slot


def test_emotion_y_runs_from_plus_two_at_top():
    band = map_geometry(aidala()).band
    ys = [emotion_y(band, s) for s in (2, 1, 0, -1, -2)]
    assert ys == sorted(ys) and band.y < ys[0] and ys[-1] < band.bottom


def test_curve_points_follow_journey_order_and_skip_unassessed():
    band = map_geometry(aidala()).band
    tps = [tp("c", "desire", emotion=1), tp("a", "attention", emotion=-2), tp("b", "interest"),
           tp("a2", "attention", position=1, emotion=2)]
    points = curve_points(aidala(), band, tps)
    assert len(points) == 3
    xs = [x for x, _ in points]
    assert xs == sorted(xs) and len(set(xs)) == 3  # two cards of one lane are spread apart
    assert points[0][1] == emotion_y(band, -2)


def test_link_paths_leave_right_enter_left_and_loop_backs_go_above():
    a, b = card_rect(0, 0), card_rect(2, 1)
    [(start, _c1, _c2, end)] = link_path(a, b)
    assert start == (a.right, a.centre[1]) and end == (b.x, b.centre[1])
    back = link_path(b, a, loop_back=True)
    ys = [p[1] for segment in back for p in segment]
    assert max(ys) <= b.centre[1] and min(ys) < a.y  # runs through the margin above the lanes
    assert route_middle(back)[1] < a.y
    assert back[0][0] == (b.right, b.centre[1]) and back[-1][-1] == (a.x, a.centre[1])
    # the route stays in the gutters beside the cards: no point lies inside a card
    xs_inside = [p for seg in back for p in seg if a.x < p[0] < a.right and a.y < p[1] < a.bottom]
    assert xs_inside == []
    assert bezier_point(back[0], 0.0) == back[0][0]


def test_same_lane_link_bulges_into_the_gutter():
    a, b = card_rect(1, 0), card_rect(1, 2)
    [(start, c1, _c2, end)] = link_path(a, b)
    assert start[0] == a.right and end[0] == b.right
    assert c1[0] - a.right <= (theme.LANE_WIDTH - theme.CARD_WIDTH) / 2 + 4


def test_mix_makes_print_safe_tints():
    assert theme.mix("#0072B2", 0.0) == "#FFFFFF"
    assert theme.mix("#0072B2", 1.0) == "#0072B2"
    assert theme.phase_colour("custom", 7) != ""
