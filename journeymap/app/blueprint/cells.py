"""How the blueprint's cells look and are edited in place.

Cells of a blueprint row list their texts as bullets and their owner as a grey tag; the customer's row shows the
touchpoint as a small card (number, label, the count of its opportunities); phase cells are the phase headers; line
cells draw the line of interaction (solid), of visibility (dashed) or of internal interaction (dotted), labelled at
the left of what is in view.

The editor of a blueprint cell is the texts (one per line) above the owner. Keys: Enter saves and closes, Shift+Enter
(or Alt+Enter) starts a new line, Tab goes from the texts to the owner and from the owner on to the next cell (Shift+Tab
back), Esc cancels. Each saved cell is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.blueprint.table import (
    COLOUR_ROLE,
    GAP_ROLE,
    KIND_ROLE,
    NUMBER_ROLE,
    OWNER_ROLE,
    TEXTS_ROLE,
    row_hint,
)
from journeymap.layout import theme as t
from journeymap.model.limits import MAX_STRING

Index = QModelIndex | QPersistentModelIndex
PAD = 6
BULLET = 10
LINE_STYLES = {"line:interaction": (t.TEXT, 1.4, Qt.PenStyle.SolidLine),
               "line:visibility": (t.SELECTION, 1.8, Qt.PenStyle.DashLine),
               "line:internal": (t.MUTED, 1.4, Qt.PenStyle.DotLine)}
ROW_FILL = {"evidence": "#FFFFFF", "customer": t.mix(t.SELECTION, 0.04), "frontstage": "#FFFFFF",
            "backstage": t.mix(t.MUTED, 0.05), "support": t.mix(t.MUTED, 0.09)}
BULLETS = {"evidence": t.MUTED, "frontstage": t.SELECTION, "backstage": t.CURVE_COLOUR, "support": t.MUTED}


class CellEditor(QWidget):
    """The texts of a blueprint cell (one per line) and its owner."""

    def __init__(self, parent: QWidget, hint: str) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.texts = QPlainTextEdit(self)
        self.texts.setObjectName("blueprint_texts")
        self.texts.setPlaceholderText(hint)
        self.texts.setTabChangesFocus(False)
        self.owner = QLineEdit(self)
        self.owner.setObjectName("blueprint_owner")
        self.owner.setMaxLength(MAX_STRING)
        self.owner.setPlaceholderText(QCoreApplication.translate("Blueprint", "Owner (who does this?)"))
        self.texts.setAccessibleName(QCoreApplication.translate("Blueprint", "Texts, one per line"))
        self.owner.setAccessibleName(QCoreApplication.translate("Blueprint", "Owner"))
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.owner)
        self.setFocusProxy(self.texts)  # a key that opens the editor goes on into the texts

    def value(self) -> dict[str, object]:
        return {"texts": self.texts.toPlainText().splitlines(), "owner": self.owner.text()}

    def set_value(self, value: dict[str, object]) -> None:
        texts = value.get("texts", [])
        self.texts.setPlainText("\n".join(str(x) for x in texts) if isinstance(texts, list) else "")
        self.owner.setText(str(value.get("owner", "")))
        cursor = self.texts.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.texts.setTextCursor(cursor)


class BlueprintDelegate(QStyledItemDelegate):
    """Paints and edits the blueprint's cells (see the module). `go_on(forward)`: an edit ended with Tab or
    Shift+Tab; the view moves on to the next (previous) cell and edits it."""

    go_on = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[QObject, CellEditor] = {}
        self.tabbing = False

    # ---------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(KIND_ROLE)
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind == "phase":
            self._phase(painter, rect, index, option)
        elif kind.startswith("line:"):
            self._line(painter, rect, kind, index, option)
        else:
            painter.fillRect(rect, QColor(ROW_FILL[kind]))
            if kind == "customer":
                self._customer(painter, rect, index, option)
            else:
                self._texts(painter, rect, kind, index, option)
            painter.setPen(QPen(QColor(t.DIVIDER), 1))
            painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            if option.state & QStyle.StateFlag.State_HasFocus:
                painter.setPen(QPen(QColor(t.SELECTION), 2))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _phase(self, painter: QPainter, rect: QRect, index: Index, option: QStyleOptionViewItem) -> None:
        colour = QColor(index.data(COLOUR_ROLE))
        painter.fillRect(rect, QColor(t.mix(colour.name(), 0.12)))
        painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 4), colour)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(t.TEXT))
        visible = self._visible(option, rect)
        text_rect = QRect(max(rect.left(), visible.left()) + PAD, rect.top() + 4, 0, rect.height() - 4)
        text_rect.setRight(min(rect.right(), visible.right()) - PAD)
        name = QFontMetrics(font).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)

    def _line(self, painter: QPainter, rect: QRect, kind: str, index: Index, option: QStyleOptionViewItem) -> None:
        painter.fillRect(rect, QColor("#FFFFFF"))
        colour, width, style = LINE_STYLES[kind]
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        label = str(index.data())
        visible = self._visible(option, rect)
        x = max(rect.left(), visible.left()) + PAD
        label_w = QFontMetrics(font).horizontalAdvance(label)
        y = rect.center().y()
        painter.setPen(QColor(colour))
        painter.drawText(QRect(x, rect.top(), label_w + 2, rect.height()), Qt.AlignmentFlag.AlignVCenter, label)
        pen = QPen(QColor(colour), width, style)
        painter.setPen(pen)
        painter.drawLine(x + label_w + PAD, y, rect.right(), y)
        if rect.left() < x - PAD:
            painter.drawLine(rect.left(), y, x - PAD, y)

    @staticmethod
    def _visible(option: QStyleOptionViewItem, rect: QRect) -> QRect:
        widget = option.widget
        return widget.rect() if widget is not None else rect

    def _customer(self, painter: QPainter, rect: QRect, index: Index, option: QStyleOptionViewItem) -> None:
        box = QRectF(rect.adjusted(4, 4, -5, -5))
        if index.data(GAP_ROLE):  # a phase without touchpoints: a dashed outline where a card would be
            painter.setPen(QPen(QColor(t.MUTED), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 5, 5)
            painter.setFont(option.font)
            painter.setPen(QColor(t.MUTED))
            painter.drawText(box.adjusted(10, 6, -6, -6), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                             | int(Qt.TextFlag.TextWordWrap), str(index.data()))
            return
        painter.setPen(QPen(QColor(t.CARD_BORDER), 1))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(box, 5, 5)
        painter.fillRect(QRectF(box.left(), box.top() + 1, 4, box.height() - 2), QColor(index.data(COLOUR_ROLE)))
        font = QFont(option.font)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        small.setBold(True)
        painter.setFont(small)
        painter.setPen(QColor(t.MUTED))
        head = QRectF(box.left() + 10, box.top() + 4, box.width() - 14, QFontMetrics(small).height())
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft, f"#{index.data(NUMBER_ROLE)}")
        count = int(index.data(OWNER_ROLE) or 0)
        if count:
            text = self.tr("%n opportunity(s)", "", count)
            painter.setPen(QColor(t.EMOTION_GOOD))
            painter.drawText(head, Qt.AlignmentFlag.AlignRight, text)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(t.TEXT))
        body = QRectF(box.left() + 10, head.bottom() + 2, box.width() - 14, box.bottom() - head.bottom() - 4)
        painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                         | int(Qt.TextFlag.TextWordWrap), str(index.data()))

    def _texts(self, painter: QPainter, rect: QRect, kind: str, index: Index, option: QStyleOptionViewItem) -> None:
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        width = rect.width() - 2 * PAD - BULLET
        y = rect.top() + PAD
        texts = index.data(TEXTS_ROLE) or []
        for text in texts:
            bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            if y + metrics.height() > rect.bottom() - PAD:
                break
            painter.setPen(QColor(BULLETS[kind]))
            painter.drawText(QRect(rect.left() + PAD, y, BULLET, metrics.height()), Qt.AlignmentFlag.AlignLeft, "•")
            painter.setPen(QColor(t.TEXT))
            room = QRect(rect.left() + PAD + BULLET, y, width, min(bounds.height(), rect.bottom() - PAD - y))
            painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), text)
            y += bounds.height() + 3
        owner = str(index.data(OWNER_ROLE) or "")
        if owner:
            bold = QFont(font)
            bold.setBold(True)
            bold.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            tag = QFontMetrics(bold)
            shown = tag.elidedText(owner, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD - 8)
            box = QRectF(rect.left() + PAD, min(y + 2, rect.bottom() - PAD - tag.height() - 4),
                         tag.horizontalAdvance(shown) + 8, tag.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.mix(t.MUTED, 0.16)))
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(bold)
            painter.setPen(QColor(t.TEXT))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
        elif not texts and option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor(t.KPI_NEUTRAL))
            painter.drawText(rect.adjusted(PAD, PAD, -PAD, -PAD), int(Qt.AlignmentFlag.AlignLeft)
                             | int(Qt.TextFlag.TextWordWrap),
                             QCoreApplication.translate("Blueprint", "Enter or F2 to write"))

    # ---------------------------------------------------------------- sizes
    def cell_height(self, font: QFont, width: int, texts: list[str], owner: str) -> int:
        """The height a cell of a blueprint row needs for `texts` and `owner` at `width`."""
        metrics = QFontMetrics(font)
        room = width - 2 * PAD - BULLET
        height = 2 * PAD + sum(metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap),
                                                    text).height() + 3 for text in texts)
        if owner:
            height += metrics.height() + 8
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 40)

    # ---------------------------------------------------------------- editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(KIND_ROLE)
        if kind == "customer":
            line = QLineEdit(parent)
            line.setObjectName("blueprint_label")
            line.setMaxLength(MAX_STRING)
            return line
        editor = CellEditor(parent, row_hint(kind))
        for child in (editor.texts, editor.owner):
            child.installEventFilter(self)
            self._editors[child] = editor
        editor.destroyed.connect(lambda *_: self._forget(editor))
        return editor

    def _forget(self, editor: CellEditor) -> None:
        for child in [c for c, e in self._editors.items() if e is editor]:
            self._editors.pop(child, None)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, CellEditor):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.set_value(value if isinstance(value, dict) else {})
        elif isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, CellEditor):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, CellEditor):
            rect.setHeight(max(rect.height(), 150))
            rect.setWidth(max(rect.width(), 240))
            view = editor.parentWidget()
            if view is not None:  # keep it inside the view
                if rect.bottom() > view.height():
                    rect.moveBottom(max(view.height() - 1, rect.height()))
                if rect.right() > view.width():
                    rect.moveRight(max(view.width() - 1, rect.width()))
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The keys of the cell editor (see the module)."""
        editor = self._editors.get(watched)
        if editor is None:  # the editor itself (or a QLineEdit of a label): Qt's own handling
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            now = QApplication.focusWidget()
            if event.reason() != Qt.FocusReason.ActiveWindowFocusReason and (now is None
                                                                              or not editor.isAncestorOf(now)):
                self.commitData.emit(editor)  # the focus went elsewhere (a click on the map): keep what was typed
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False  # a field of the editor: its focus moving inside the editor closes nothing
        key, mods = event.key(), event.modifiers()
        hint = QAbstractItemDelegate.EndEditHint
        if key == Qt.Key.Key_Escape:
            self.closeEditor.emit(editor, hint.RevertModelCache)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            new_line = mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
                               | Qt.KeyboardModifier.ControlModifier)
            if watched is editor.texts and new_line:
                editor.texts.insertPlainText("\n")
                return True
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, hint.SubmitModelCache)
            return True
        if key == Qt.Key.Key_Tab and watched is editor.texts:
            editor.owner.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Backtab and watched is editor.owner:
            editor.texts.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.tabbing = True  # closing the editor hands the same Tab to the view: it must not move as well
            try:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, hint.NoHint)
            finally:
                self.tabbing = False
            self.go_on.emit(key == Qt.Key.Key_Tab)
            return True
        return False
