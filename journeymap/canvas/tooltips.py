"""Tooltips on the canvas, asked of the items when one is due instead of kept in Qt for every item.

Cards and links make their tooltip text when it is shown (`CardItem.toolTip`, `LinkItem.toolTip`): setting it on
each of thousands of items cost ≈ 1 µs apiece when a big map was built, and a card's phase-fit hint needed an item
of its own to carry its message. `show_tooltip` does what `QGraphicsScene.helpEvent` does — the topmost item under
the pointer's pixel that has a tooltip shows it, none hides it — but reads the text through Python, and over a
card from `CardItem.tool_tip_at` (the hint's message over the hint).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneHelpEvent, QGraphicsView, QToolTip

from journeymap.canvas.items.card import CardItem

_SHAPE = Qt.ItemSelectionMode.IntersectsItemShape
_TOP_FIRST = Qt.SortOrder.DescendingOrder


def _items_at(scene: QGraphicsScene, event: QGraphicsSceneHelpEvent) -> tuple[list[QGraphicsItem], QPolygonF]:
    """The items under the pointer's pixel, topmost first, and that pixel in scene coordinates (as Qt finds them
    for its help event: `QGraphicsScenePrivate::itemsAtPosition`)."""
    widget = event.widget()
    view = widget.parentWidget() if widget is not None else None
    if not isinstance(view, QGraphicsView):
        point = QPolygonF(QRectF(event.scenePos(), QSizeF(1, 1)))
        return scene.items(event.scenePos(), _SHAPE, _TOP_FIRST, QTransform()), point
    pixel = QRectF(QPointF(widget.mapFromGlobal(event.screenPos())), QSizeF(1, 1))
    if not view.isTransformed():
        return scene.items(pixel, _SHAPE, _TOP_FIRST), QPolygonF(pixel)
    transform = view.viewportTransform()
    inverse, _ok = transform.inverted()
    if transform.type().value <= QTransform.TransformationType.TxScale.value:
        area = inverse.mapRect(pixel)
        return scene.items(area, _SHAPE, _TOP_FIRST, transform), QPolygonF(area)
    polygon = inverse.map(QPolygonF(pixel))
    return scene.items(polygon, _SHAPE, _TOP_FIRST, transform), polygon


def tooltip_at(scene: QGraphicsScene, event: QGraphicsSceneHelpEvent) -> str:
    """The tooltip due for `event`: the topmost item's under the pointer that has one ("" if none has)."""
    items, pixel = _items_at(scene, event)
    for item in items:
        if isinstance(item, CardItem):
            text = item.tool_tip_at(item.mapFromScene(pixel).boundingRect())
        else:
            text = item.toolTip()
        if text:
            return text
    return ""


def show_tooltip(scene: QGraphicsScene, event: QGraphicsSceneHelpEvent) -> None:
    """Show (or hide) the tooltip for `event` as `QGraphicsScene.helpEvent` would."""
    text = tooltip_at(scene, event)
    QToolTip.showText(event.screenPos() if text else QPoint(), text, event.widget())
    event.setAccepted(bool(text))
