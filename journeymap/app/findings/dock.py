"""The findings dock: the journey analysis (gaps, dead ends, loops, emotional lows), kept live.

Edits are followed incrementally (`analysis.live.LiveFindings`: only what an edit can touch is re-checked, a few
milliseconds even for thousands of cards) on the GUI thread, shortly after the edit so that the canvas paints
first; the list then changes only in the rows that changed. Clicking a finding asks the window to select and show
the items it names (`show_requested(ids)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from journeymap.app.icons import icon

if TYPE_CHECKING:
    from journeymap.analysis import Finding
    from journeymap.analysis.live import LiveFindings
    from journeymap.document import Document

DELAY_MS = 50  # after the first change not shown yet: the canvas paints first, a burst of changes is one update
IDS_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsDock(QDockWidget):
    """Lists `analyse(project).findings` with severity icons, for the current document (given at first, then
    `set_document`)."""

    show_requested = Signal(list)  # ids of touchpoints, links or phases
    updated = Signal()  # the list shows the findings of the journey as it is now

    def __init__(self, document: Document, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_dock")
        self.lang = lang
        self.document = document
        document.project.changed.connect(self.schedule)
        self.live: LiveFindings | None = None  # made on the first analysis (networkx is imported then)
        self.started = False  # the first analysis has been made (`start`)
        self.findings: list[Finding] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
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

    def start(self) -> None:
        """The first analysis, once (later calls do nothing): the list shows the findings from now on."""
        if not self.started:
            self.update_now()

    def set_document(self, document: Document) -> None:
        self.document.project.changed.disconnect(self.schedule)
        self.document = document
        document.project.changed.connect(self.schedule)
        self.live = None  # another journey: its findings are built from scratch
        if self.started:  # (else the first analysis, still to come, takes this journey)
            self.update_now()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.started:
            self.update_now()

    def schedule(self) -> None:
        """Bring the findings up to date soon: `DELAY_MS` after the first change not shown yet (the timer is not
        restarted by later ones, so a stream of edits never keeps the list stale for longer)."""
        if not self.timer.isActive():
            self.timer.start()

    def pending(self) -> bool:
        """True while the list does not show the latest change yet (or the first analysis is still to come)."""
        return self.timer.isActive() or not self.started

    def update_now(self) -> None:
        """Bring the findings up to date now."""
        self.timer.stop()
        self.started = True
        if self.live is None:
            from journeymap.analysis.live import LiveFindings  # networkx: on the first analysis, not at startup

            self.live = LiveFindings()
        self._show(self.live.update(self.document.project.to_data(), self.lang))
        self._show_summary()
        self.updated.emit()

    def _show(self, findings: list[Finding]) -> None:
        """Show `findings`, changing only the rows between the unchanged first and last ones."""
        old, self.findings = self.findings, findings
        same = min(len(old), len(findings))
        head = 0
        while head < same and (old[head] is findings[head] or old[head] == findings[head]):
            head += 1
        tail = 0
        while tail < same - head and (old[-1 - tail] is findings[-1 - tail] or old[-1 - tail] == findings[-1 - tail]):
            tail += 1
        replaced, added = len(old) - head - tail, findings[head:len(findings) - tail]
        if replaced == 0 and not added:
            return
        lst = self.list
        if head == 0 and tail == 0 and old:  # nothing stayed (another journey or language): one clear is quicker
            lst.clear()
            replaced = 0
        for row, finding in zip(range(head, head + replaced), added, strict=False):  # rows kept, texts changed
            _fill(lst.item(row), finding)
        for _ in range(replaced - len(added)):  # rows that went
            lst.takeItem(head + len(added))
        for row in range(replaced, len(added)):  # rows that came
            item = QListWidgetItem()
            _fill(item, added[row])
            lst.insertItem(head + row, item)

    def _clicked(self, item: QListWidgetItem) -> None:
        ids = item.data(IDS_ROLE) or []
        if ids:
            self.show_requested.emit(list(ids))

    def _show_summary(self) -> None:
        if not self.started:  # nothing analysed yet: no claim either way
            self.summary.clear()
        elif not self.findings:
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


def _fill(item: QListWidgetItem, finding: Finding) -> None:
    item.setIcon(icon(finding.severity if finding.severity in ("error", "warning") else "info"))
    item.setText(finding.message)
    item.setToolTip(finding.message)
    item.setData(IDS_ROLE, list(finding.ids))
