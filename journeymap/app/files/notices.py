"""What the window says about its file while it is open: a notice bar (read-only, changed or removed on disk) and
a watch on the file (`QFileSystemWatcher`) that notices outside changes.

The bar is a non-movable tool bar on its own row under the main tool bar, so it needs no place in the window's
layout; it holds one sentence and the buttons that act on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from journeymap.document import Document

CHECK_DELAY_MS = 300  # a writer may need a moment to finish; look at the file once it is quiet


class ElidedLabel(QLabel):
    """One line of text that shrinks with the window: cut with "…" when too long (the tool tip holds it all)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 12, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class NoticeBar(QToolBar):
    """One sentence about the open file, with buttons; hidden when there is nothing to say."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("file_notice_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a tool bar the user switches on or off
        self.setStyleSheet("QToolBar#file_notice_bar { background: #FFF4CE; border-bottom: 1px solid #E0C56E; }"
                           "QToolBar#file_notice_bar QLabel { color: #3D2E00; padding: 2px 6px; }")
        self.label: QLabel | None = None
        self._buttons: list[QToolButton] = []
        self.kind = ""
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.setVisible(False)

    def show_notice(self, kind: str, text: str, buttons: list[tuple[str, Callable[[], object]]]) -> None:
        """Show `text` (one sentence) and `buttons` (label, action); `kind` names the notice for tests."""
        self.clear()
        self.kind = kind
        row = QWidget(self)
        row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 0, 4, 0)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = QLabel(row)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        layout.addWidget(icon)
        self.label = ElidedLabel(text, row)
        self.label.setObjectName("file_notice_text")
        layout.addWidget(self.label, 1)
        self._buttons = []
        for label, action in buttons:
            button = QToolButton(row)
            self._buttons.append(button)
            button.setText(label)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(action)
            layout.addWidget(button)
        self.addWidget(row)
        self.setVisible(True)

    def hide_notice(self, kind: str | None = None) -> None:
        """Hide the bar (only if it shows `kind`, when given)."""
        if kind is None or self.kind == kind:
            self.kind = ""
            self.setVisible(False)

    def buttons(self) -> list[QToolButton]:
        return list(self._buttons)


class FileWatch(QObject):
    """Watches the open document's file and says when someone else changed or removed it."""

    changed = Signal()  # the content on disk differs from what the document last read or saved
    removed = Signal()  # the file is gone (deleted or renamed)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._soon)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.document: Document | None = None
        self._reported = False

    def watch(self, document: Document | None) -> None:
        """Watch `document`'s file from now on (and follow it when it is saved under another name)."""
        if self.document is not None:
            self.document.path_changed.disconnect(self._rewatch)
        self.document = document
        if document is not None:
            document.path_changed.connect(self._rewatch)
        self._rewatch()

    def _rewatch(self, *_args: object) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self._reported = False
        path = self.document.path if self.document is not None else None
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def _soon(self, _path: str) -> None:
        self._timer.start()

    def check(self) -> None:
        """Look at the file now: emit `changed` or `removed` (once per outside change)."""
        document = self.document
        if document is None or document.path is None:
            return
        path = document.path
        if not path.exists():
            if not self._reported:
                self._reported = True
                self.removed.emit()
            return
        if str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # a file replaced by renaming is a new file to watch
        if document.changed_on_disk():
            if not self._reported:
                self._reported = True
                self.changed.emit()
        else:
            self._reported = False

    def acknowledge(self) -> None:
        """The user has seen the last change: report the next one again."""
        self._reported = False

    def watched(self) -> list[Path]:
        return [Path(p) for p in self.watcher.files()]
