"""Qt-free layout: the theme and the lane geometry that the canvas and the PDF both draw from."""

from journeymap.layout import theme
from journeymap.layout.geometry import (
    SLOT,
    Lane,
    MapGeometry,
    Rect,
    bezier_point,
    card_rect,
    curve_points,
    emotion_y,
    free_slot,
    lane_curve_points,
    link_path,
    map_geometry,
    position_at,
    rounded_polyline,
    route_middle,
    rows_needed,
    smooth_path,
)

__all__ = [
    "SLOT",
    "Lane",
    "MapGeometry",
    "Rect",
    "bezier_point",
    "card_rect",
    "curve_points",
    "emotion_y",
    "free_slot",
    "lane_curve_points",
    "link_path",
    "map_geometry",
    "position_at",
    "rounded_polyline",
    "route_middle",
    "rows_needed",
    "smooth_path",
    "theme",
]
