"""The overview: a far zoomed-out map drawn as one item.

Below `OVERVIEW_ZOOM` a card is a few pixels: it shows fill, border and lane-coloured strip, no icon, and a link is
a hairline. Drawing thousands of them item by item costs a Python `paint()` call each (≈10 µs of Qt and Shiboken
dispatch even when it draws nothing), so in overview mode the scene flags the cards and links
`ItemHasNoContents` (they stay in the scene for selection, hit tests and drags) and this one item draws them all
in a few batched calls: rectangles per colour, and the links as cached hairline segments (each cubic of a route
drawn as the straight line between its ends: at this zoom the curves are a few pixels). It looks as the cards'
own zoomed-out drawing does (`CardItem.paint_simple`).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.items import card as card_module
from journeymap.canvas.items import link as link_module
from journeymap.canvas.style import NO_BRUSH, NO_PEN, brush, pen
from journeymap.layout import theme as t

OVERVIEW_ZOOM = 0.2  # below this zoom the map is drawn as an overview (cards show no icon below ≈0.21 anyway)
W, H = t.CARD_WIDTH, t.CARD_HEIGHT
SELECTED_FILL = "#E8F0FE"
OTHER_LINKS = "#A3ABB3"  # alternatives and loop-backs: lighter than steps (their dashes do not show this small)


class _MapWideItem(QGraphicsItem):
    """An item as large as the map (plus a card's size around it), at the links' height, that takes no input and
    stays hidden until the scene's zoom drawing shows it."""

    def __init__(self, projection) -> None:
        super().__init__()
        self.projection = projection
        self.setZValue(10)  # as the links
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setVisible(False)
        self._bounds = QRectF()

    def update_bounds(self) -> None:
        """Follow the map's size (the scene calls this when the lanes grow or shrink)."""
        g = self.projection.geometry
        bounds = QRectF(-W, -H, g.width + 2 * W, g.height + 2 * H)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds


class OverviewItem(_MapWideItem):
    """Draws every card and link of `projection` while the scene is in overview mode (hidden otherwise)."""

    def __init__(self, projection) -> None:
        super().__init__(projection)  # above the cards it draws first
        self._lines: tuple[list[QLineF], list[QLineF]] | None = None
        self._lines_key: tuple[int, int] | None = None
        # Unselected cards move only through the model: their rectangles are kept until it changes. Selected
        # ones (which a drag moves) are measured at every paint.
        self._model = model = [0]  # bumped by every change of the project (the slot must not hold the item)
        self._follow = lambda *_: model.__setitem__(0, model[0] + 1)
        projection.project.changed.connect(self._follow)
        self._cards: tuple[list[QRectF], dict[str, list[QRectF]]] | None = None
        self._cards_key: tuple | None = None
        self.update_bounds()

    def detach(self) -> None:
        """Stop following the project (with the scene's projection)."""
        self.projection.project.changed.disconnect(self._follow)

    def _link_lines(self) -> tuple[list[QLineF], list[QLineF]]:
        """All links as segments, steps and the other kinds apart; rebuilt only after a route or link changed."""
        links = self.projection.links
        key = (link_module.route_version(), len(links))
        if self._lines is None or key != self._lines_key:
            steps: list[QLineF] = []
            others: list[QLineF] = []
            for item in links.values():
                lines = steps if item.link.kind == "step" else others
                lines += [QLineF(a[0], a[1], b[0], b[1]) for a, _, _, b in item.route]
            self._lines, self._lines_key = (steps, others), key
        return self._lines

    def _card_rects(self, strip_width: float, chosen: set) -> tuple[list[QRectF], dict[str, list[QRectF]]]:
        """The unselected cards' rectangles and their strips by colour, kept while the model stands still."""
        cards = self.projection.cards
        key = (self._model[0], len(cards), strip_width, frozenset(chosen))
        if self._cards is None or key != self._cards_key:
            plain: list[QRectF] = []
            strips: dict[str, list[QRectF]] = {}
            for card in cards.values():
                if card not in chosen:
                    at = card.pos()
                    x, y = at.x(), at.y()
                    plain.append(QRectF(x, y, W, H))
                    strips.setdefault(card.strip_colour, []).append(QRectF(x, y, strip_width, H))
            self._cards, self._cards_key = (plain, strips), key
        return self._cards

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) or 1.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        strip_width = t.CARD_STRIP * max(1.0, 0.5 / lod)
        selected = self.scene().selectedItems() if self.scene() is not None else []
        chosen = {item for item in selected if isinstance(item, card_module.CardItem)}
        plain, strips = self._card_rects(strip_width, chosen)
        painter.setPen(pen(t.CARD_BORDER, 0))
        painter.setBrush(brush(t.CARD_FILL))
        painter.drawRects(plain)
        painter.setPen(NO_PEN)
        for colour, rects in strips.items():
            painter.setBrush(brush(colour))
            painter.drawRects(rects)
        for card in chosen:  # selected cards at their current place (they may be being dragged)
            at = card.pos()
            painter.setPen(pen(t.SELECTION, 0))
            painter.setBrush(brush(SELECTED_FILL))
            painter.drawRect(QRectF(at.x(), at.y(), W, H))
            painter.setPen(NO_PEN)
            painter.setBrush(brush(card.strip_colour))
            painter.drawRect(QRectF(at.x(), at.y(), strip_width, H))
        steps, others = self._link_lines()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen(t.LINK_COLOUR, 0))
        painter.drawLines(steps)
        painter.setPen(pen(OTHER_LINKS, 0))  # opaque: a translucent pen makes long hairlines 20× slower to draw
        painter.drawLines(others)
        chosen_links = [item for item in selected if isinstance(item, link_module.LinkItem)]
        if chosen_links:
            painter.setPen(pen(t.SELECTION, 0))
            for item in chosen_links:
                painter.drawPath(item.drawn_path)


class LinkBatchItem(_MapWideItem):
    """Draws every link, link after link, while the scene is zoomed out to where links show no labels
    (`OVERVIEW_ZOOM` ≤ zoom < `LABEL_MIN_ZOOM`): each link draws itself as it would (`LinkItem.draw`), in the
    links' stacking order, with their visibility and opacity, but from one `paint()` call instead of thousands (Qt's
    per-item dispatch into Python was most of the cost at these zooms)."""

    def __init__(self, projection) -> None:
        super().__init__(projection)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # only what is exposed
        # The links in stacking order and, per band of BAND px of height, the indexes of those reaching into it
        # (rebuilt after any route changed): a paint looks only at the links of the bands it shows.
        self._order: list = []
        self._bands: dict[int, list[int]] = {}
        self._key: tuple[int, int] | None = None
        self.update_bounds()

    BAND = 1024.0

    def _links_in(self, top: float, bottom: float) -> list:
        links = self.projection.links
        key = (link_module.route_version(), len(links))
        if key != self._key:
            self._key, self._order, self._bands = key, list(links.values()), {}
            for index, item in enumerate(self._order):
                _, y0, _, y1 = item.ink_bounds
                for band in range(int(y0 // self.BAND), int(y1 // self.BAND) + 1):
                    self._bands.setdefault(band, []).append(index)
        bands = [self._bands.get(band, ()) for band in range(int(top // self.BAND), int(bottom // self.BAND) + 1)]
        indexes = bands[0] if len(bands) == 1 else sorted(set().union(*bands))
        order = self._order
        return [order[index] for index in indexes]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Plain links (`LinkItem.plain_lines`: one ink, one pen) are gathered and drawn in one call for their lines
        and one for their arrowheads, until a link that draws otherwise (or at another opacity) comes: the same
        picture, as the same opaque ink drawn in any order gives the same pixels."""
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        exposed = link_module.visible_part(painter, option.exposedRect)  # `scene.render` exposes all of it
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        full_detail = bool(getattr(self.scene(), "full_detail", False)) or lod >= t.LOD_THRESHOLD
        shown = painter.opacity()
        lines: list[QLineF] = []
        arrows = _arrow_path()
        for item in self._links_in(top, bottom):
            x0, y0, x1, y1 = item.ink_bounds
            if x1 < left or x0 > right or y1 < top or y0 > bottom or not item.isVisible() or \
                    not item.touches(exposed):
                continue
            opacity = item.opacity()  # dimmed by the persona focus or the opportunities' filter
            plain = item.plain_lines(lod, full_detail) if opacity == shown else None
            if plain is not None:
                lines += plain
                arrows.addPolygon(item.arrow)
                continue
            self._draw_plain(painter, lines, arrows, full_detail)
            lines, arrows = [], _arrow_path()
            if opacity != shown:
                shown = opacity
                painter.setOpacity(opacity)
            item.draw(painter, lod, exposed)
        self._draw_plain(painter, lines, arrows, full_detail)

    @staticmethod
    def _draw_plain(painter: QPainter, lines: list[QLineF], arrows: QPainterPath, full_detail: bool) -> None:
        """Plain links gathered by `paint`: as `LinkItem.draw` draws each of them."""
        if not lines:
            return
        if full_detail:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(link_module.plain_pen(full_detail))
        painter.setBrush(NO_BRUSH)
        painter.drawLines(lines)
        painter.setPen(NO_PEN)
        painter.setBrush(brush(t.LINK_COLOUR))
        painter.drawPath(arrows)


def _arrow_path() -> QPainterPath:
    """An empty path for arrowheads, filled by winding: arrowheads that overlap (one card's inputs) stay filled."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def set_link_batch(projection, batch_item: LinkBatchItem, on: bool) -> None:
    """Switch the links between drawing themselves and being drawn by `batch_item` (zoomed out)."""
    for item in projection.links.values():
        item.set_drawn_elsewhere(on)
    batch_item.setVisible(on)


def set_overview(projection, overview_item: OverviewItem, on: bool) -> None:
    """Switch the cards and links between drawing themselves and being drawn by the overview item."""
    flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    for card in projection.cards.values():
        card.setFlag(flag, on)
    for item in projection.links.values():
        item.set_drawn_elsewhere(on)
    overview_item.setVisible(on)
