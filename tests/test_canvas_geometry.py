"""Link routes (shared with the PDF) never cross cards; slot bookkeeping for drops, drags and nudges."""

from __future__ import annotations

import itertools

import pytest

from journeymap.canvas.slots import SlotIndex
from journeymap.layout import bezier_point, card_rect, link_path, route_middle, rows_needed
from journeymap.layout import theme as t
from journeymap.layout.geometry import LOOP_Y


def sample(route, n=24):
    return [bezier_point(segment, i / n) for segment in route for i in range(n + 1)]


def inside_a_card(point, lanes=6, rows=8) -> bool:
    x, y = point
    return any(r.x + 1 < x < r.right - 1 and r.y + 1 < y < r.bottom - 1
               for r in (card_rect(lane, row) for lane in range(lanes) for row in range(rows)))


def test_forward_links_leave_the_right_side_and_enter_the_left_side():
    a, b = card_rect(0, 0), card_rect(1, 3)
    route = link_path(a, b)
    assert route[0][0] == (a.right, a.centre[1]) and route[-1][3] == (b.x, b.centre[1])
    assert not any(inside_a_card(p) for p in sample(route))  # adjacent lanes: stays in the gutter


@pytest.mark.parametrize("src, dst", [((5, 4), (0, 0)), ((3, 0), (1, 6)), ((2, 5), (2, 1))])
def test_loop_backs_run_above_the_lanes_and_never_through_a_card(src, dst):
    a, b = card_rect(*src), card_rect(*dst)
    route = link_path(a, b, loop_back=True)
    points = sample(route)
    assert not any(inside_a_card(p) for p in points)
    assert min(y for _, y in points) == pytest.approx(LOOP_Y)
    assert route[-1][3] == (b.x, b.centre[1]) and route[-1][3][0] > route[-1][0][0]  # enters from the left
    for first, second in itertools.pairwise(route):
        assert first[3] == second[0]  # one continuous line
    assert route_middle(route)[1] == pytest.approx(LOOP_Y)  # the label sits on the top run


def test_backward_steps_are_routed_like_loop_backs_and_same_lane_links_bulge_into_the_gutter():
    assert link_path(card_rect(3, 0), card_rect(1, 0)) == link_path(card_rect(3, 0), card_rect(1, 0), True)
    a, b = card_rect(2, 0), card_rect(2, 3)
    points = sample(link_path(a, b))
    assert not any(inside_a_card(p) for p in points)
    assert max(x for x, _ in points) < a.right + (t.LANE_WIDTH - t.CARD_WIDTH)


def test_plan_keeps_order_and_never_stacks_cards():
    slots = SlotIndex()
    for i in range(3):
        slots.place(f"a{i}", "attention", float(i))
    slots.place("b0", "interest", 0.0)
    plan = slots.plan([("a0", "interest", 0.2), ("a1", "interest", 0.4)])
    assert plan == {"a0": ("interest", 1.0), "a1": ("interest", 2.0)}
    assert slots.plan([("a2", "attention", 0.1)]) == {"a2": ("attention", 2.0)}  # 0 and 1 are taken: its own
    assert slots.plan([("a0", "attention", 1.0), ("a1", "attention", 0.0)]) == {
        "a1": ("attention", 0.0), "a0": ("attention", 1.0)}


def test_nudge_skips_taken_slots_and_stops_at_the_edges():
    slots = SlotIndex()
    for tid, phase, pos in [("x", "attention", 0.0), ("y", "attention", 1.0), ("z", "attention", 3.0),
                            ("w", "interest", 1.0)]:
        slots.place(tid, phase, pos)
    phases = ("attention", "interest")
    assert slots.nudge([("z", "attention", 3.0)], phases, 0, -1) == {"z": ("attention", 2.0)}
    assert slots.nudge([("y", "attention", 1.0)], phases, 0, -1) == {}  # 0 is taken and nothing is above
    assert slots.nudge([("x", "attention", 0.0)], phases, 0, 1) == {"x": ("attention", 2.0)}
    assert slots.nudge([("y", "attention", 1.0)], phases, 1, 0) == {"y": ("interest", 2.0)}
    assert slots.nudge([("y", "attention", 1.0), ("w", "interest", 1.0)], phases, -1, 0) == {"w": ("attention", 2.0)}


def test_rows_and_next_free_follow_places_and_removals():
    slots = SlotIndex()
    assert slots.rows() == rows_needed([])
    slots.place("a", "desire", 9.0)
    slots.place("b", "desire", 2.5)
    assert slots.rows() == rows_needed([9.0, 2.5])
    assert slots.next_free("desire") == 10.0 and slots.next_free("action") == 0.0
    slots.move("a", ("desire", 9.0), ("action", 0.0))
    assert slots.rows() == rows_needed([0.0, 2.5]) and slots.count("desire") == 1
    assert slots.slot_for("desire", 2.4) == 3.0


def test_insertion_takes_the_top_of_an_empty_lane_and_pushes_only_the_cards_in_the_way():
    slots = SlotIndex()
    assert slots.insertion("desire", 4.7) == (0.0, {})  # empty lane: its first slot, wherever the drop is
    assert slots.insertion("desire", -3.0) == (0.0, {})
    for tid, position in (("a", 0.0), ("b", 1.0), ("c", 2.0), ("d", 4.0), ("e", 7.0)):
        slots.place(tid, "desire", position)
    assert slots.insertion("desire", 0.2) == (0.0, {"a": 1.0, "b": 2.0, "c": 3.0})  # above a's middle
    assert slots.insertion("desire", 0.9) == (1.0, {"b": 2.0, "c": 3.0})  # between a and b; d has room below
    assert slots.insertion("desire", 2.8) == (3.0, {})  # the gap between c and d
    assert slots.insertion("desire", 5.6) == (5.0, {})  # a wide gap: the slot at the pointer
    assert slots.insertion("desire", 6.2) == (6.0, {})
    assert slots.insertion("desire", 30.0) == (8.0, {})  # below every card: right under the last one
    slots.place("f", "desire", 3.0)
    assert slots.insertion("desire", 0.9) == (1.0, {"b": 2.0, "c": 3.0, "f": 4.0, "d": 5.0})

