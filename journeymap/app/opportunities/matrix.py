"""The impact/effort matrix of the Opportunities panel: nine cells (effort 1–3 from left to right, impact 3–1 from
top to bottom) shaded and named by quadrant, a tray below for the opportunities not rated yet, and one chip per
opportunity.

Drag a chip into another cell (or into the tray) to change its impact and effort: `rate_requested(id, impact,
effort)`, which the panel turns into one undo step. Without the mouse: the arrow keys go from chip to chip, Ctrl+Up
and Ctrl+Down raise and lower the impact, Ctrl+Right and Ctrl+Left the effort (an unrated chip goes to the middle),
Enter shows the chip's touchpoints on the map (`activated`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from journeymap.app.opportunities.words import quadrant_hint, quadrant_name, status_name
from journeymap.layout import theme as t
from journeymap.model import Opportunity
from journeymap.model.opportunities import Quadrant, quadrant

AXIS, FOOT, TRAY = 22, 18, 54
CHIP_H, GAP = 32, 3  # a chip: two lines of its text
DRAG_START = 6
QUADRANT_COLOURS: dict[Quadrant, str] = {"quick_win": t.EMOTION_GOOD, "big_bet": t.SELECTION,
                                         "fill_in": t.KPI_NEUTRAL, "thankless": t.KPI_MISSED}
CORNERS: tuple[tuple[Quadrant, tuple[int, int, int]], ...] = (  # each quadrant's name: cell and width in cells
    ("quick_win", (3, 1, 1)), ("big_bet", (3, 2, 2)), ("fill_in", (1, 1, 1)), ("thankless", (1, 2, 2)))
STATUS_COLOURS = {"idea": t.MUTED, "planned": t.SELECTION, "in_progress": t.KPI_MISSED, "done": t.KPI_OK}
Cell = tuple[int | None, int | None]  # (impact, effort); (None, None): the tray of unrated ones


def two_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """`text` in at most two lines of `width`, broken between words, the second shortened with … if need be."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one long word: shortened on the first line
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]


class OpportunityMatrix(QWidget):
    """See the module. `current_changed(id)`, `rate_requested(id, impact, effort)`, `activated(id)`."""

    current_changed = Signal(str)
    rate_requested = Signal(str, object, object)
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opportunity_matrix")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.items: list[Opportunity] = []
        self.current: str | None = None
        self._chips: dict[str, QRect] = {}
        self._hidden: dict[Cell, int] = {}
        self._pressed: tuple[str, QPoint] | None = None
        self._dragging: QPoint | None = None
        self.setAccessibleName(QCoreApplication.translate("Opportunities", "Impact/effort matrix"))

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 60)

    def set_opportunities(self, items: list[Opportunity]) -> None:
        self.items = list(items)
        if self.current not in {o.id for o in self.items}:
            self.current = None
        self._layout()
        self.update()

    def set_current(self, oid: str | None) -> None:
        if oid != self.current:
            self.current = oid
            self._describe()
            self.update()

    # ---------------------------------------------------------------- geometry
    def cell_rect(self, impact: int | None, effort: int | None) -> QRect:
        """The rectangle of a cell (impact and effort 1..3), or of the tray for (None, None)."""
        grid = self.rect().adjusted(AXIS, 2, -2, -(FOOT + TRAY + 6))
        if impact is None or effort is None:
            return QRect(AXIS, self.height() - TRAY - 2, self.width() - AXIS - 2, TRAY)
        w, h = grid.width() / 3, grid.height() / 3
        return QRect(round(grid.left() + (effort - 1) * w), round(grid.top() + (3 - impact) * h),
                     round(w), round(h))

    def cell_at(self, pos: QPoint) -> Cell | None:
        for impact in (1, 2, 3):
            for effort in (1, 2, 3):
                if self.cell_rect(impact, effort).contains(pos):
                    return impact, effort
        return (None, None) if self.cell_rect(None, None).contains(pos) else None

    def chip_rect(self, oid: str) -> QRect | None:
        return self._chips.get(oid)

    def _layout(self) -> None:
        """Chips stacked in their cells (the tray: side by side); what does not fit is counted, not drawn."""
        self._chips = {}
        self._hidden = {}
        by_cell: dict[Cell, list[Opportunity]] = {}
        for opp in self.items:
            key: Cell = (opp.impact, opp.effort) if opp.impact and opp.effort else (None, None)
            by_cell.setdefault(key, []).append(opp)
        for key, opps in by_cell.items():
            area = self.cell_rect(*key).adjusted(4, 18 if key != (None, None) else 16, -4, -3)
            if key == (None, None):
                x, width = area.left(), 150
                for i, opp in enumerate(opps):
                    if x + width > area.right() + 1:
                        self._hidden[key] = len(opps) - i
                        break
                    self._chips[opp.id] = QRect(x, area.top(), width, CHIP_H)
                    x += width + GAP
                continue
            y = area.top()
            for i, opp in enumerate(opps):
                if y + CHIP_H > area.bottom() + 1:
                    self._hidden[key] = len(opps) - i
                    break
                self._chips[opp.id] = QRect(area.left(), y, area.width(), CHIP_H)
                y += CHIP_H + GAP

    def resizeEvent(self, event: object) -> None:
        self._layout()

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if self.height() < 200 or self.width() < 240:  # too small to read: say so instead of a squeezed matrix
            painter.setPen(QColor(t.MUTED))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), int(Qt.AlignmentFlag.AlignCenter)
                             | int(Qt.TextFlag.TextWordWrap), QCoreApplication.translate(
                                 "Opportunities", "Make this panel larger to see the matrix (or float it)."))
            painter.end()
            return
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        bold = QFont(small)
        bold.setBold(True)
        target = self.cell_at(self._dragging) if self._dragging is not None else None
        for impact in (1, 2, 3):
            for effort in (1, 2, 3):
                place = quadrant(impact, effort)
                assert place is not None
                rect = self.cell_rect(impact, effort)
                painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(t.mix(QUADRANT_COLOURS[place], 0.10)))
                if target == (impact, effort):
                    painter.setPen(QPen(QColor(t.SELECTION), 2, Qt.PenStyle.DashLine))
                    painter.drawRect(rect.adjusted(2, 2, -3, -3))
        for corner, (impact, effort, span) in CORNERS:
            rect = self.cell_rect(impact, effort)
            painter.setFont(bold)
            painter.setPen(QColor(QUADRANT_COLOURS[corner] if corner != "fill_in" else t.MUTED))
            label = QFontMetrics(bold).elidedText(quadrant_name(corner), Qt.TextElideMode.ElideRight,
                                                  rect.width() * span - 8)
            painter.drawText(QRect(rect.left() + 4, rect.top() + 2, rect.width() * span - 8, 16),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        tray = self.cell_rect(None, None)
        painter.fillRect(tray, QColor(t.mix(t.MUTED, 0.06)))
        if target == (None, None):
            painter.setPen(QPen(QColor(t.SELECTION), 2, Qt.PenStyle.DashLine))
            painter.drawRect(tray.adjusted(1, 1, -2, -2))
        painter.setFont(bold)
        painter.setPen(QColor(t.MUTED))
        painter.drawText(QRect(tray.left() + 4, tray.top() + 1, tray.width() - 8, 14), Qt.AlignmentFlag.AlignLeft,
                         quadrant_name(None))
        self._axes(painter, small)
        for opp in self.items:
            chip = self._chips.get(opp.id)
            if chip is not None:
                self._chip(painter, small, opp, chip, opp.id == self.current)
        for key, count in self._hidden.items():
            rect = self.cell_rect(*key)
            painter.setFont(small)
            painter.setPen(QColor(t.MUTED))
            painter.drawText(rect.adjusted(4, 0, -4, -2), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             QCoreApplication.translate("Opportunities", "+ %1 more").replace("%1", str(count)))
        if self._dragging is not None and self._pressed is not None:
            moving = next((o for o in self.items if o.id == self._pressed[0]), None)
            if moving is not None:
                ghost = QRect(self._dragging - QPoint(40, CHIP_H // 2), QSize(140, CHIP_H))
                painter.setOpacity(0.8)
                self._chip(painter, small, moving, ghost, True)
        painter.end()

    def _axes(self, painter: QPainter, font: QFont) -> None:
        painter.setFont(font)
        painter.setPen(QColor(t.TEXT))
        grid_bottom = self.cell_rect(1, 1).bottom()
        painter.drawText(QRect(AXIS, grid_bottom + 2, self.width() - AXIS, FOOT), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("Opportunities", "Effort →"))
        painter.save()
        top, bottom = self.cell_rect(3, 1).top(), grid_bottom
        painter.translate(4, (top + bottom) // 2)
        painter.rotate(-90)
        painter.drawText(QRect(-(bottom - top) // 2, 0, bottom - top, AXIS - 6), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("Opportunities", "Impact →"))
        painter.restore()

    def _chip(self, painter: QPainter, font: QFont, opp: Opportunity, rect: QRect, current: bool) -> None:
        painter.setPen(QPen(QColor(t.SELECTION if current else t.CARD_BORDER), 2 if current else 1))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS[opp.status]))
        painter.drawEllipse(QRectF(rect.left() + 5, rect.center().y() - 3.5, 7, 7))
        painter.setFont(font)
        painter.setPen(QColor(t.TEXT))
        lines = two_lines(QFontMetrics(font), " ".join(opp.text.split()), rect.width() - 20)
        painter.drawText(rect.adjusted(16, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         "\n".join(lines))

    # ---------------------------------------------------------------- mouse
    def chip_at(self, pos: QPoint) -> str | None:
        return next((oid for oid, rect in self._chips.items() if rect.contains(pos)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        oid = self.chip_at(pos)
        if event.button() == Qt.MouseButton.LeftButton and oid is not None:
            self._pressed = (oid, pos)
            self._choose(oid)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pressed is not None and (self._dragging is not None
                                          or (pos - self._pressed[1]).manhattanLength() >= DRAG_START):
            self._dragging = pos
            self.update()
        else:
            oid = self.chip_at(pos)
            tip = next((f"{o.text}\n{status_name(o.status)} · {o.owner}".rstrip(" ·") for o in self.items
                        if o.id == oid), "")
            cell = self.cell_at(pos)
            if not tip and cell is not None:
                tip = quadrant_hint(quadrant(*cell) if cell != (None, None) else None)
            self.setToolTip(tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, dragging = self._pressed, self._dragging
        self._pressed = self._dragging = None
        if pressed is not None and dragging is not None:
            self.update()
            cell = self.cell_at(event.position().toPoint())
            opp = next((o for o in self.items if o.id == pressed[0]), None)
            if cell is not None and opp is not None and cell != (opp.impact, opp.effort) and not (
                    cell == (None, None) and (opp.impact is None or opp.effort is None)):
                self.rate_requested.emit(opp.id, cell[0], cell[1])
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        oid = self.chip_at(event.position().toPoint())
        if oid is not None:
            self.activated.emit(oid)

    # ---------------------------------------------------------------- keys
    def _order(self) -> list[str]:
        """The chips in reading order: the cells from top left to bottom right, then the tray."""
        def key(opp: Opportunity) -> tuple[int, int, int]:
            if opp.impact is None or opp.effort is None:
                return (9, 9, 0)
            return (3 - opp.impact, opp.effort, 0)

        return [o.id for o in sorted(self.items, key=key)]

    def _choose(self, oid: str) -> None:
        self.set_current(oid)
        self.current_changed.emit(oid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = self._order()
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if key in arrows and order and not ctrl:
            at = order.index(self.current) if self.current in order else -1
            step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
            self._choose(order[(at + step) % len(order)] if at >= 0 else order[0])
            return
        opp = next((o for o in self.items if o.id == self.current), None)
        if key in arrows and ctrl and opp is not None:
            impact, effort = (opp.impact, opp.effort) if opp.impact and opp.effort else (2, 2)
            if opp.impact and opp.effort:
                impact += {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(key), 0)
                effort += {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(key), 0)
            impact, effort = min(3, max(1, impact)), min(3, max(1, effort))
            if (impact, effort) != (opp.impact, opp.effort):
                self.rate_requested.emit(opp.id, impact, effort)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and opp is not None:
            self.activated.emit(opp.id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current is None and self.items:
            self._choose(self._order()[0])
        self._describe()
        super().focusInEvent(event)

    def _describe(self) -> None:
        opp = next((o for o in self.items if o.id == self.current), None)
        if opp is None:
            self.setAccessibleDescription("")
            return
        where = quadrant_name(quadrant(opp.impact, opp.effort))
        self.setAccessibleDescription(f"{opp.text}. {status_name(opp.status)}. {where}.")
