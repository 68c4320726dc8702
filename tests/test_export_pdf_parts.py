"""Parts of the PDF export without a whole document: map plan, text fitting, icons, number formats."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.export import texts
from journeymap.export.fonts import ELLIPSIS, SANS, SANS_BOLD, register_fonts, width, wrap
from journeymap.export.icons import load_icon, parse_path, parse_svg
from journeymap.export.map_plan import MIN_LABEL_PT, card_style, lane_scale, plan_map
from journeymap.layout.geometry import card_rect, map_geometry, rows_needed
from journeymap.locate import resource_path
from journeymap.model import aidala


def _plan(rows_per_lane: int, paper: str = "a4", mode: str = "auto"):
    positions = list(range(rows_per_lane))
    geo = map_geometry(aidala(), rows_needed(positions))
    cards = [card_rect(lane, p) for lane in range(6) for p in positions]
    return geo, cards, plan_map(geo.width, geo.height, cards, 6, paper, mode)


def test_small_map_fits_at_a_readable_size():
    _, _, plan = _plan(3)
    assert plan.mode == "fit" and plan.pages == 1
    scale, per = lane_scale("a4", 6)
    assert per == 6 and card_style(scale).label * scale >= MIN_LABEL_PT


@pytest.mark.parametrize("paper", ["a4", "a3", "a2", "a1"])
def test_tall_map_tiles_by_rows_with_every_lane_and_every_card_whole(paper):
    geo, cards, plan = _plan(60, paper)
    assert plan.mode == "tile" and plan.columns == 1
    for tile in plan.tiles:  # every part shows all six lanes
        assert tile.body.x == 0 and tile.body.w == geo.width
        header = tile.header.h if tile.header else 0
        assert (tile.body.h + header) * plan.scale <= plan.area.h + 0.01
    for card in cards:  # each card lies whole in one part
        assert any(tile.core.y <= card.y and card.bottom <= tile.core.bottom for tile in plan.tiles), card
    assert all(tile.header is not None for tile in plan.tiles[1:])
    assert card_style(plan.scale).label * plan.scale >= MIN_LABEL_PT


@pytest.mark.parametrize("rows", range(20, 70, 3))
def test_no_last_map_page_is_left_nearly_empty_and_no_page_is_added(rows):
    from journeymap.export.map_plan import WIDOW, _rows

    geo, cards, plan = _plan(rows)
    room = plan.area.h / plan.scale
    greedy = _rows(geo.height, cards, room, 64.0)
    assert len(plan.tiles) == len(greedy)  # the same number of pages as filling each page to the brim
    heights = [tile.body.h for tile in plan.tiles]
    last = greedy[-1][1] - greedy[-1][0]
    if last >= WIDOW * room:
        assert heights[-1] == last  # a well-filled last page: the pages stay as full as they can be
    else:
        assert heights[-1] >= last + 0.2 * room  # else the parts are evened out (20 rows: 35 % → 72 %)


def test_forced_modes():
    assert _plan(4, mode="tile")[2].mode in ("tile", "fit")
    assert _plan(40, mode="tile")[2].mode == "tile"
    assert _plan(40, mode="fit")[2].mode == "fit"
    assert _plan(40, paper="poster")[2].mode == "fit"
    with pytest.raises(ValueError):
        _plan(4, mode="zoom")
    with pytest.raises(ValueError):
        _plan(4, paper="letter")


def test_many_phases_split_into_page_columns_only_when_labels_would_stay_small():
    assert lane_scale("a4", 6)[1] == 6
    scale, per = lane_scale("a4", 12)
    assert per < 12 and card_style(scale).label * scale >= MIN_LABEL_PT


@settings(deadline=None)  # the first call loads the hyphenation patterns
@given(st.text(min_size=0, max_size=200), st.floats(min_value=30, max_value=300), st.integers(1, 4))
def test_wrap_respects_room_and_line_count(text, room, lines):
    register_fonts()
    result = wrap(text, SANS_BOLD, 13, room, lines)
    assert len(result) <= lines
    assert all(width(line, SANS_BOLD, 13) <= room + 0.01 or len(line) <= 2 for line in result)
    if result and not result[-1].endswith(ELLIPSIS):
        assert "".join("".join(result).split()).replace("-", "") == "".join(text.split()).replace("-", "")


def test_wrap_examples():
    assert wrap("Google-Suche nach einem Lohnfertiger", SANS_BOLD, 13, 166) == ("Google-Suche nach",
                                                                               "einem Lohnfertiger")
    assert wrap("Sendungsverfolgung per E-Mail", SANS_BOLD, 10, 99) == ("Sendungsverfol-", "gung per E-Mail")
    long = wrap("Ein sehr langer Titel, der auf keinen Fall in zwei Zeilen einer Karte passt", SANS_BOLD, 13, 166)
    assert len(long) == 2 and long[1].endswith(ELLIPSIS)
    assert wrap("   ", SANS, 10, 100) == ()


def test_every_bundled_icon_parses_to_shapes():
    for path in resource_path("icons").glob("*.svg"):
        icon = load_icon(path.name)
        assert icon.shapes, path.name
        assert icon.view_box[2] > 0 and icon.view_box[3] > 0
    assert load_icon("no-such-icon.svg").shapes  # falls back to the neutral icon


def test_path_parser_handles_relative_commands_and_arcs():
    segments = parse_path("m1 1 2 2 h3 v-1 z M10 10 A 5 5 0 0 1 20 10 q 2 -4 4 0 t 4 0 s 1 1 2 0")
    ops = [op for op, _ in segments]
    assert ops[:5] == ["M", "L", "L", "L", "Z"]
    assert segments[1][1] == (3.0, 3.0)
    arc_end = [args for op, args in segments if op == "C"][1][2]
    assert arc_end == pytest.approx((20.0, 10.0))
    with pytest.raises(ValueError):
        parse_path("L 1")


def test_svg_subset_with_groups_and_styles():
    icon = parse_svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" stroke="#123456">'
                     '<g stroke-width="2"><circle cx="12" cy="12" r="5"/><rect x="1" y="1" width="4" height="4" '
                     'rx="1" style="fill:#ff0000"/></g><polyline points="1,2 3,4 5,6"/><text>x</text></svg>')
    assert len(icon.shapes) == 3
    assert icon.shapes[0].width == 2 and icon.shapes[0].stroke == "#123456"
    assert icon.shapes[1].fill == "#ff0000"


def test_number_formats():
    assert texts.number(1234.5, "de") == "1.234,5"
    assert texts.number(1234.5, "en") == "1,234.5"
    assert texts.number(3.0, "de") == "3"
    assert texts.signed(0.34, "de") == "+0,3" and texts.signed(-1.26, "en") == "−1.3"
    assert texts.signed(0.01, "de") == "0,0"
    assert texts.percent(0.625, "de") == "63 %"
    assert texts.percent(0.75, "en") == "75%"
    assert texts.plain_number(2.2, "de") == "2,2" and texts.plain_number(3.0, "de") == "3"
    assert texts.plain_number(1e-7, "en") == "0.0000001" and texts.plain_number(-0.0, "de") == "0"
    assert texts.date(dt.date(2026, 3, 1), "de") == "1. März 2026"
    assert texts.date(dt.date(2026, 3, 1), "en") == "1 March 2026"
