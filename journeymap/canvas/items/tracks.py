"""Shared tracks: the straight runs of dotted and dashed links, each line drawn once however many links share it.

Loop-backs all climb the gutter right of the last lane, cross the margin above the lanes and come down the gutter
left of the first one: on a big map a hundred of them lie on the same few lines, and each dotting its own copy of
them was most of the cost of a full-detail paint. The dashes of straight runs are anchored to the scene (a dash
lies where the pattern started at scene coordinate 0 puts it), so runs on one line share their dashes, and this
item draws each line once, as the union of the runs on it. Links draw their own corners, arrowheads and labels; a
selected link draws all of itself, in the selection's colour, above the tracks.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items import link as link_module
from journeymap.canvas.items.overview import _MapWideItem
from journeymap.layout import theme as t

Run = tuple[bool, float, float, float]  # horizontal?, the line's y (or x), from, to (from < to)


def merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of the intervals `spans`, as sorted intervals that neither overlap nor touch."""
    out: list[tuple[float, float]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


class TrackItem(_MapWideItem):
    """Draws the straight dashed runs of every unselected link while links draw themselves (hidden otherwise)."""

    def __init__(self, projection) -> None:
        super().__init__(projection)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # only what is exposed
        self._runs: list[tuple[link_module.LinkItem, list[Run]]] = []  # per link with runs (after any route changed)
        self._key: tuple[int, int] | None = None
        self._lines: list[tuple[str, bool, float, float, float, float]] = []  # kind, horizontal?, at, opacity, from, to
        self._lines_key: tuple | None = None
        self.update_bounds()

    def _merged_lines(self) -> list[tuple[str, bool, float, float, float, float]]:
        """The union of the runs per line, kind and opacity; kept while the links' routes and states stand."""
        links = self.projection.links
        key = (link_module.route_version(), len(links))
        if key != self._key:
            self._key = key
            self._runs = [(item, runs) for item in links.values() if (runs := item.shared_runs())]
        states = (key, tuple(item.opacity() if item.isVisible() and not item.isSelected() else -1.0
                             for item, _ in self._runs))
        if states != self._lines_key:
            spans: dict[tuple[str, bool, float, float], list[tuple[float, float]]] = {}
            for (item, runs), opacity in zip(self._runs, states[1], strict=True):
                if opacity >= 0:
                    for horizontal, at, lo, hi in runs:
                        spans.setdefault((item.link.kind, horizontal, at, opacity), []).append((lo, hi))
            self._lines = [(*line, lo, hi) for line, found in spans.items() for lo, hi in merged(found)]
            self._lines_key = states
        return self._lines

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = link_module.visible_part(painter, option.exposedRect).adjusted(-4, -4, 4, 4)
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = painter.opacity()
        pens: dict[str, QPen] = {}
        for kind, horizontal, at, opacity, lo, hi in self._merged_lines():
            if horizontal:
                if not top <= at <= bottom:
                    continue
                lo, hi = max(lo, left), min(hi, right)
            else:
                if not left <= at <= right:
                    continue
                lo, hi = max(lo, top), min(hi, bottom)
            if hi <= lo:
                continue
            pen = pens.get(kind)
            if pen is None:
                pen = pens[kind] = link_module.dash_pen(kind, t.LINK_COLOUR, t.LINK_WIDTH)
            painter.setOpacity(shown * opacity)  # dimmed by the persona focus or the opportunities' filter
            painter.setPen(link_module.anchored(pen, lo))
            painter.drawLine(QLineF(lo, at, hi, at) if horizontal else QLineF(at, lo, at, hi))
        painter.setOpacity(shown)
