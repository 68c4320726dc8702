"""The findings dock: the journey analysis (gaps, dead ends, loops, emotional lows), re-run live and debounced.

Clicking a finding asks the window to select and show the items it names (`show_requested(ids)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from journeymap.app.icons import icon

if TYPE_CHECKING:
    from journeymap.analysis import Finding
    from journeymap.document import Document

DEBOUNCE_MS = 300
IDS_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsDock(QDockWidget):
    """Lists `analyse(project).findings` with severity icons, for the current document (given at first, then
    `set_document`)."""

    show_requested = Signal(list)  # ids of touchpoints, links or phases

    def __init__(self, document: Document, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_dock")
        self.lang = lang
        self.document = document
        document.project.changed.connect(self.schedule)
        self.findings: list[Finding] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_now)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.retranslate()
        self.update_now()

    def set_document(self, document: Document) -> None:
        self.document.project.changed.disconnect(self.schedule)
        self.document = document
        document.project.changed.connect(self.schedule)
        self.update_now()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.update_now()

    def schedule(self) -> None:
        """Re-run the analysis soon (edits in quick succession cause one run)."""
        self.timer.start()

    def update_now(self) -> None:
        from journeymap.analysis import analyse  # networkx: imported on the first analysis, not at startup

        self.timer.stop()
        self.findings = analyse(self.document.project.to_data(), self.lang).findings
        self.list.clear()
        for finding in self.findings:
            item = QListWidgetItem(icon(finding.severity if finding.severity in ("error", "warning") else "info"),
                                   finding.message)
            item.setToolTip(finding.message)
            item.setData(IDS_ROLE, list(finding.ids))
            self.list.addItem(item)
        self._show_summary()

    def _clicked(self, item: QListWidgetItem) -> None:
        ids = item.data(IDS_ROLE) or []
        if ids:
            self.show_requested.emit(list(ids))

    def _show_summary(self) -> None:
        if not self.findings:
            self.summary.setText(self.tr("Nothing to check: the journey has no gaps, dead ends or open loops."))
        else:
            self.summary.setText(self.tr("%n finding(s). Click one to show it on the map.", "", len(self.findings)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Findings"))
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setAccessibleDescription(self.tr("Enter or a click shows the finding on the map"))
        self._show_summary()
