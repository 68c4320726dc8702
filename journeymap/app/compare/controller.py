"""File ▸ Compare with…, File ▸ Merge from… and Journey ▸ Save as to-be version… of one main window.

Compare shows another version over the map (`canvas.compare_layer`) and lists the differences (`dock`); it follows
edits until it is stopped. Merge finds the common ancestor of both files by their lineage (the version itself
from this computer's history of versions, or one of the two files), else compares item by item; the user accepts
or rejects each change (`merge_dialog`), and the merge is one undo step (`commands.merge.MergeJourney`). The
to-be version is a copy with a journey id of its own that names the as-is version it came from.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from journeymap.app.compare.dock import DifferencesDock, names_of
from journeymap.app.compare.merge_dialog import MergeDialog
from journeymap.app.reasons import reason_of
from journeymap.canvas.compare_layer import CompareLayer, Mark, tip
from journeymap.commands.merge import MergeJourney
from journeymap.fileformat import JourneyFileError, load, save
from journeymap.fileformat.history import History
from journeymap.model import ProjectData
from journeymap.model.diff import JourneyDiff, diff_journeys
from journeymap.model.lineage import as_is_origin, common_ancestor, content_hash
from journeymap.model.merge import MergeError, merge_journeys
from journeymap.model.merge_choice import Key, differences, merge_chosen

if TYPE_CHECKING:
    from journeymap.canvas import JourneyScene
    from journeymap.document import Document

FILTER = "journeymap (*.journey)"


class CompareController(QObject):
    """Runs comparing, merging and the to-be version for one window (see the module)."""

    status_message = Signal(str, int)
    show_requested = Signal(list)  # ids to select and show on the map

    def __init__(self, window: QMainWindow, history_folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.history = History(history_folder)
        self.document: Document | None = None
        self.scene: JourneyScene | None = None
        self.layer: CompareLayer | None = None
        self.other: ProjectData | None = None
        self.source = ""
        self.dock = DifferencesDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.show_requested.connect(self._show)
        self.dock.close_requested.connect(self.stop)
        self.dock.merge_requested.connect(lambda: self.other is not None and self.merge(self.other, self.source))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)

    # ---------------------------------------------------------------- the document shown
    def set_document(self, document: Document, scene: JourneyScene) -> None:
        """Follow the window's document; a comparison of the one before ends."""
        self.stop()
        if self.document is not None:
            self.document.project.changed.disconnect(self._schedule)
        self.document, self.scene = document, scene
        self.layer = CompareLayer(scene)
        document.project.changed.connect(self._schedule)
        if document.path is not None and not document.is_modified():
            self.history.remember(document.project.to_data())  # a version read: maybe the base of a merge

    def saved(self, *_path: object) -> None:
        """After a save: that version is one to remember."""
        if self.document is not None:
            self.history.remember(self.document.project.to_data())

    # ---------------------------------------------------------------- compare
    def compare_with(self) -> None:
        """File ▸ Compare with…: pick a file, show it over the map."""
        path = self._pick(self.tr("Compare with"))
        if path is not None:
            other = self._load(path)
            if other is not None:
                self.start(other, path.name)

    def compare_disk(self, path: Path) -> None:
        """Compare with the file on disk (the changed-on-disk question's Compare)."""
        other = self._load(path)
        if other is not None:
            self.start(other, self.tr("%1 on disk").replace("%1", path.name))

    def start(self, other: ProjectData, source: str) -> None:
        self.other, self.source = other, source
        self.history.remember(other)
        self.refresh()
        beside = getattr(self.window, "inspector", None)
        if beside is not None and not self.window.tabifiedDockWidgets(self.dock) and not self.dock.isFloating():
            self.window.tabifyDockWidget(beside, self.dock)  # a tab beside the inspector: the panel's whole height
        self.dock.show()
        self.dock.raise_()

    def stop(self) -> None:
        self.other = None
        if self.layer is not None:
            self.layer.clear()
        self.dock.hide()

    def _schedule(self) -> None:
        if self.other is not None:
            self._timer.start()

    def refresh(self) -> None:
        """Compare again (after an edit) and redraw the marks."""
        if self.other is None or self.document is None or self.layer is None:
            return
        diff = diff_journeys(self.document.project.to_data(), self.other)
        self.layer.show(self._marks(diff))
        self.dock.show_diff(diff, self.source, self._lang())

    def _marks(self, diff: JourneyDiff) -> list[Mark]:
        assert self.scene is not None
        marks: list[Mark] = []
        projection = self.scene.projection
        theirs = {tp.id: tp for tp in diff.new.touchpoints}
        for tid in diff.touchpoints.added:
            tp = theirs[tid]
            if tp.phase in projection.lane_index:
                marks.append(Mark("added", projection.card_position(tp.phase, tp.position), tp.label, tip("added"),
                                  ghost=True, key=tid))
        for kind, ids in (("removed", diff.touchpoints.removed), ("changed", [c.id for c in diff.touchpoints.changed])):
            for tid in ids:
                card = self.scene.card(tid)
                if card is not None:
                    marks.append(Mark(kind, card.pos(), "", tip(kind), key=tid))
        return marks

    def _show(self, item_id: str) -> None:
        rect = self.layer.ghost_rect(item_id) if self.layer is not None else None
        if rect is not None and self.scene is not None and self.scene.card(item_id) is None:
            view = getattr(self.window, "view", None)
            if view is not None:
                view.ensureVisible(QRectF(rect), 40, 40)
            return
        self.show_requested.emit([item_id])

    # ---------------------------------------------------------------- merge
    def merge_from(self) -> None:
        """File ▸ Merge from…: pick a file and merge it."""
        path = self._pick(self.tr("Merge from"))
        if path is not None:
            other = self._load(path)
            if other is not None:
                self.merge(other, path.name)

    def merge(self, theirs: ProjectData, source: str) -> bool:
        """Offer the changes of `theirs`, merge the accepted ones as one undo step; True when merged."""
        assert self.document is not None
        ours = self.document.project.to_data()
        base, common = self.base_of(ours, theirs)
        offered = differences(base, theirs)
        if not offered:
            QMessageBox.information(self.window, self.tr("Nothing to merge"),
                                    self.tr("“%1” has no changes that this journey lacks.").replace("%1", source))
            return False
        try:
            conflicts = merge_journeys(base, ours, theirs).conflicts
            clashes = {_key(c.entity, c.id, c.field, c.item) for c in conflicts}
            fields = frozenset((c.entity, c.id, c.field) for c in conflicts
                               if c.kind == "both_changed" and c.entity not in ("meta", "answers"))
            diff = diff_journeys(base, theirs)
            mine = diff_journeys(base, ours)
            yours = {(entity, item.id, change.field): change
                     for entity, changes in (("touchpoint", mine.touchpoints), ("link", mine.links),
                                             ("persona", mine.personas), ("opportunity", mine.opportunities),
                                             ("phase", mine.phases))
                     for item in changes.changed for change in item.fields}
            dialog = MergeDialog(offered, clashes, source, common, self._lang(), names_of(diff, self._lang()),
                                 self.window, field_clashes=fields, yours=yours)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            result = merge_chosen(base, ours, theirs, dialog.rejected_keys(), dialog.theirs_wins())
        except MergeError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot merge"), str(exc))
            return False
        merged = result.data.model_copy(update={"lineage": result.data.lineage.joined(
            content_hash(theirs), other=theirs.lineage)})
        self.document.push(MergeJourney(self.document.project, merged, source))
        kept = len(result.conflicts)
        message = (self.tr("Merged from %1; where both changed the same thing, your version was kept (%n time(s)).",
                           "", kept) if kept else self.tr("Merged from %1.")).replace("%1", source)
        self.status_message.emit(message, 10000)
        return True

    def base_of(self, ours: ProjectData, theirs: ProjectData) -> tuple[ProjectData, bool]:
        """The common ancestor of both and True, or ours and False when none can be found (item by item)."""
        mine, other = content_hash(ours), content_hash(theirs)
        version = common_ancestor(ours.lineage, mine, theirs.lineage, other)
        if version == mine:
            return ours, True
        if version == other:
            return theirs, True
        found = self.history.find(ours.lineage.journey, version) if version else None
        return (found, True) if found is not None else (ours, False)

    # ---------------------------------------------------------------- to-be
    def save_to_be(self) -> Path | None:
        """Journey ▸ Save as to-be version…: a copy that knows its as-is origin, then opened in this window."""
        assert self.document is not None
        current = self.document.path
        start = (current.with_name(f"{current.stem}-{self.tr('to-be')}.journey") if current
                 else Path(f"{self.tr('to-be')}.journey"))
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as to-be version"), str(start), FILTER)
        if not name:
            return None
        path = Path(name if name.lower().endswith(".journey") else name + ".journey")
        data = self.document.project.to_data()
        meta = data.meta if data.meta.version else data.meta.model_copy(update={"version": self.tr("to-be")})
        to_be = data.model_copy(update={"lineage": as_is_origin(data), "meta": meta})
        try:
            save(to_be, path, backup=False)
        except JourneyFileError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot save"), reason_of(exc))
            return None
        self.history.remember(data)
        files = getattr(self.window, "files", None)
        if files is not None:
            files.open_file(path)
        return path

    # ---------------------------------------------------------------- helpers
    def _pick(self, title: str) -> Path | None:
        folder = str(self.document.path.parent) if self.document and self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, title, folder, FILTER)
        return Path(name) if name else None

    def _load(self, path: Path) -> ProjectData | None:
        try:
            return load(path)
        except JourneyFileError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot open the file"), reason_of(exc))
            return None

    def _lang(self) -> str:
        return str(getattr(self.window, "lang", "de"))


def _key(entity: str, item_id: str, field: str, item: str) -> Key:
    """The item a conflict belongs to, as the merge dialog names it."""
    if entity == "meta":
        return ("meta", field.split(".")[0])
    if entity == "answers":
        return ("answers", item)
    return (entity, item_id)
