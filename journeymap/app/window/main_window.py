"""The main window: the canvas in the middle, catalogue, inspector and findings docks around it.

One window shows one document. Its modified marker comes from the undo stack's clean state; window layout,
recent files and the language live in QSettings, never in the document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from journeymap.app import i18n
from journeymap.app.dialogs.about import show_about
from journeymap.app.files.drops import JourneyDrops
from journeymap.app.files.recent_menu import fill_recent_menu
from journeymap.app.reasons import reason_of
from journeymap.app.settings import AppSettings
from journeymap.app.window.actions import WindowActions
from journeymap.app.window.layout import restore_geometry, size_default_docks
from journeymap.app.window.titles import document_title, title_parts
from journeymap.app.window.versions import history_folder, remember_version

if TYPE_CHECKING:  # the rest is imported by `build()`: importing this module must stay light (startup)
    from journeymap.app.catalogue.dock import CatalogueDock
    from journeymap.app.compare.controller import CompareController
    from journeymap.app.edit.controller import EditController
    from journeymap.app.edit.link_picker import LinkToController
    from journeymap.app.exchange.controller import ImportExport
    from journeymap.app.files.controller import FileController
    from journeymap.app.files.new_from import NewFromMenu
    from journeymap.app.findings.dock import FindingsDock
    from journeymap.app.inspector.dock import InspectorDock
    from journeymap.app.personas.dock import PersonaDock
    from journeymap.app.workshop.presentation import WorkshopWindow
    from journeymap.canvas import JourneyScene, JourneyView
    from journeymap.catalogue import Catalogue
    from journeymap.document import Document

FINDINGS_BACKSTOP_MS = 1000  # a window built after its first paint analyses its journey by then at the latest


class MainWindow(QMainWindow):
    """The editor window for one journey."""

    # Made by `build()` (a deferred window shows only its frame until then). From then on the window always shows
    # one document, at first an empty journey, with its canvas (scene and view).
    catalogue: Catalogue
    document: Document
    scene: JourneyScene
    view: JourneyView
    files: FileController
    edit: EditController
    new_from: NewFromMenu
    link_to: LinkToController
    catalogue_dock: CatalogueDock
    inspector: InspectorDock
    findings: FindingsDock
    persona_dock: PersonaDock

    def __init__(self, settings: AppSettings | None = None, catalogue: Catalogue | None = None,
                 autosave_folder: Path | None = None, autosave_ms: int | None = None, *,
                 deferred: bool = False) -> None:
        """The whole window; with `deferred` only its frame (menus, toolbar, status bar, size), which the editor's
        start shows at once, calling `build()` after the first paint. `autosave_ms` None: the default."""
        super().__init__()
        self.setObjectName("journeymap_main_window")
        self.settings = settings or AppSettings()
        self._given_catalogue = catalogue  # None: the bundled one, loaded by `build()`
        self.autosave_folder = autosave_folder
        self.autosave_ms = autosave_ms
        self.lang = i18n.current()
        self.recovered = False
        self._default_docks = False
        self.built = False
        self._deferred = deferred
        self._when_built: list[Callable[[], object]] = []
        self._compare: CompareController | None = None  # made on first use (`compare`)
        self._import_export: ImportExport | None = None  # made on first use (`import_export`)
        self.setDockNestingEnabled(True)
        self.commands = WindowActions(self)
        self.zoom_label = QLabel(self)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.drops = JourneyDrops(self)  # a .journey file dropped on the window or the canvas opens it
        self.drops.watch(self)
        self.drops.file_dropped.connect(  # opened on the next turn: no modal dialog inside a drop
            lambda path: QTimer.singleShot(0, lambda: self.when_built(lambda: self.files.open_file(path))))
        restore_geometry(self, self.settings.window_geometry())
        if not deferred:
            self.build()

    def build(self) -> None:
        """Everything past the frame, once: catalogue, controllers, docks, the document and its canvas."""
        if self.built:
            return
        from journeymap.app.catalogue.dock import CatalogueDock
        from journeymap.app.edit.controller import EditController
        from journeymap.app.edit.link_picker import LinkToController
        from journeymap.app.files.controller import FileController
        from journeymap.app.files.new_from import NewFromMenu
        from journeymap.app.files.notices import NoticeBar
        from journeymap.app.findings.dock import FindingsDock
        from journeymap.app.inspector.dock import InspectorDock
        from journeymap.app.personas.dock import PersonaDock
        from journeymap.app.window import text_guard
        from journeymap.app.window.accessible_forms import name_form_fields
        from journeymap.app.window.views import JourneyViews
        from journeymap.catalogue import catalogue as bundled_catalogue
        from journeymap.document import AUTOSAVE_MS

        self.catalogue = self._given_catalogue or bundled_catalogue()
        self.autosave_ms = AUTOSAVE_MS if self.autosave_ms is None else self.autosave_ms
        self.files = FileController(self, self.settings, NoticeBar(self), self.autosave_folder, self.autosave_ms)
        self.files.document_opened.connect(self.replace_document)
        self.files.saved.connect(self.saved)
        document = self.document = self.files.document  # an empty journey
        document.setParent(self)
        scene = self.scene = self._new_scene(document)
        text_guard.install()  # no control character gets into a text field (typed, pasted or dropped)
        self.edit = EditController(self, document, scene)
        self.new_from = NewFromMenu(self, self.commands.new_from_menu, self.files.open_untitled, lambda: self.lang)
        self.catalogue_dock = CatalogueDock(self.catalogue, self.lang, self)
        self.inspector = InspectorDock(self.catalogue, document, self.lang, self)
        self.findings = FindingsDock(document, self.lang, self)
        self.persona_dock = PersonaDock(self.catalogue, document, scene, self.lang, self)
        name_form_fields(self)  # form captions name their fields for screen readers
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.catalogue_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.persona_dock)
        self.splitDockWidget(self.catalogue_dock, self.persona_dock, Qt.Orientation.Vertical)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings)
        self.splitDockWidget(self.inspector, self.findings, Qt.Orientation.Vertical)
        self.views = JourneyViews(self, document, self.commands.blueprint, self.lang)  # map/blueprint, opportunities
        self.setCentralWidget(self.views.workspace)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.views.opportunities)
        self.tabifyDockWidget(self.inspector, self.views.opportunities)  # as tall as the inspector: room for the matrix
        self.inspector.raise_()
        self.views.select_requested.connect(self.show_ids)
        self.views.status_message.connect(self.statusBar().showMessage)
        self.views.catalogue_requested.connect(self.catalogue_dock.offer_phase)
        self.inspector.opportunity_shown.connect(self.views.show_opportunity)
        self.files.saved.connect(self._remember_saved)
        self.files.compare_requested.connect(lambda path: self.compare.compare_disk(path))
        for dock in (self.catalogue_dock, self.persona_dock, self.inspector, self.findings, self.views.opportunities):
            self.commands.panels_menu.addAction(dock.toggleViewAction())
        self.catalogue_dock.add_requested.connect(self.add_from_catalogue)
        self.findings.show_requested.connect(self.show_ids)
        self.view = self._new_view(scene)  # made after the docks, as every later view: the same focus chain
        self.link_to = LinkToController(self, self.commands.link_to, scene, self.view)
        self.link_to.status_message.connect(self.statusBar().showMessage)
        self._connect_actions()
        self._follow(document)
        self._restore_state()
        self.files.refresh_notices()  # after the window's saved layout is restored
        text_guard.guard_all(self)
        if self._deferred:  # startup: `app.main` starts it once the canvas is painted; this is the backstop
            QTimer.singleShot(FINDINGS_BACKSTOP_MS, self.findings, self.findings.start)
        else:
            self.findings.start()
        self.built = True
        waiting, self._when_built = self._when_built, []
        for call in waiting:
            call()

    @property
    def compare(self) -> CompareController:
        """Compare with…, Merge from…, Save as to-be (`app.compare`), made on first use: it brings the change
        report's texts and with them the PDF export's modules (reportlab), which the start does not need."""
        if self._compare is None:
            from journeymap.app.compare.controller import CompareController
            from journeymap.app.window import text_guard
            from journeymap.app.window.accessible_forms import name_form_fields

            compare = self._compare = CompareController(self, history_folder(self.autosave_folder))
            if self.restoreDockWidget(compare.dock):  # where the saved layout had it (floating, say), still hidden
                compare.dock.hide()
            name_form_fields(compare.dock)
            text_guard.guard_all(compare.dock)
            compare.set_document(self.document, self.scene)
            compare.status_message.connect(self.statusBar().showMessage)
            compare.show_requested.connect(self.show_ids)
        return self._compare

    @property
    def import_export(self) -> ImportExport:
        """File ▸ Import… and the exports (`app.exchange`), made on first use."""
        if self._import_export is None:
            from journeymap.app.exchange.controller import ImportExport

            made = self._import_export = ImportExport(self, self.settings, self.files.open_untitled, self.document,
                                                      self.scene)
            made.status_message.connect(self.statusBar().showMessage)
        return self._import_export

    def _remember_saved(self, *path: object) -> None:
        if self._compare is not None:
            self._compare.saved(*path)
        else:
            remember_version(self.document, history_folder(self.autosave_folder), read=False)

    def when_built(self, call: Callable[[], object]) -> None:
        """Run `call` now if the window is built, else right after `build()` (files opened during startup)."""
        if self.built:
            call()
        else:
            self._when_built.append(call)

    # ---------------------------------------------------------------- wiring
    def _connect_actions(self) -> None:
        c = self.commands
        c.new.triggered.connect(self.files.new)
        c.open.triggered.connect(self.files.open)
        c.save.triggered.connect(self.files.save)
        c.save_as.triggered.connect(self.files.save_as)
        c.close.triggered.connect(self.files.close)
        c.compare_with.triggered.connect(lambda: self.compare.compare_with())
        c.merge_from.triggered.connect(lambda: self.compare.merge_from())
        c.save_to_be.triggered.connect(lambda: self.compare.save_to_be())
        c.import_.triggered.connect(lambda: self.import_export.import_())
        for kind in ("pdf", "png", "svg", "csv", "xlsx", "mermaid"):
            getattr(c, f"export_{kind}").triggered.connect(
                lambda _checked=False, kind=kind: getattr(self.import_export, f"export_{kind}")())
        c.print_kit.triggered.connect(self._print_kit)
        c.quit.triggered.connect(QApplication.closeAllWindows)
        c.undo.triggered.connect(lambda: self.document.undo())
        c.redo.triggered.connect(lambda: self.document.redo())
        c.cut.triggered.connect(self.edit.cut)
        c.copy.triggered.connect(self.edit.copy)
        c.paste.triggered.connect(self.edit.paste)
        c.delete.triggered.connect(self.edit.delete)
        c.select_all.triggered.connect(self.edit.select_all)
        c.rename.triggered.connect(lambda: self.view.rename_selected())
        c.zoom_in.triggered.connect(lambda: self.view.zoom_in())
        c.zoom_out.triggered.connect(lambda: self.view.zoom_out())
        c.zoom_reset.triggered.connect(lambda: self.view.zoom_reset())
        c.fit.triggered.connect(lambda: self.view.fit_all())
        c.workshop.triggered.connect(self.start_workshop)
        c.recommend.triggered.connect(self._recommend)
        c.properties.triggered.connect(self._properties)
        c.phases.triggered.connect(self._phases)
        c.about.triggered.connect(lambda: show_about(self))
        c.about_qt.triggered.connect(QApplication.aboutQt)
        c.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(c.recent_menu, self.settings, self.files.open_file))
        c.language_group.triggered.connect(lambda action: self.set_language_setting(action.data()))
        c.languages[self.settings.language()].setChecked(True)
        QGuiApplication.clipboard().dataChanged.connect(self._update_edit_actions)

    # The dialogs are imported when they are first opened, not at startup.
    def _print_kit(self) -> None:
        from journeymap.app.exchange.workshop_kit import open_workshop_kit

        open_workshop_kit(self, self.document, self.settings, self.statusBar().showMessage)

    def _recommend(self) -> None:
        from journeymap.app.catalogue.recommender_dialog import open_recommender

        open_recommender(self, self.document, self.catalogue, self.lang, self.scene.select_ids)

    def _properties(self) -> None:
        from journeymap.app.dialogs.properties import open_properties

        open_properties(self, self.document)

    def _phases(self) -> None:
        from journeymap.app.dialogs.phases import open_phases

        open_phases(self, self.document, self.lang)

    def replace_document(self, document: Document, recovered: bool = False) -> None:
        """Show `document` in this window (the file controller's `document_opened`); the previous one is closed
        (its autosave removed), and the controllers follow the new one."""
        old, old_scene = self.document, self.scene
        stack = old.undo_stack
        for signal in (stack.indexChanged, stack.cleanChanged):
            signal.disconnect(self._update_undo_actions)
        old.close()
        document.setParent(self)
        self.document, self.recovered = document, recovered
        self.scene = self._new_scene(document)
        self.view = self._new_view(self.scene)
        self.inspector.set_document(document)
        self.findings.set_document(document)
        self.persona_dock.set_document(document, self.scene)
        self.files.set_document(document, recovered)
        self.edit.set_document(document, self.scene)
        if self._import_export is not None:
            self._import_export.set_document(document, self.scene)
        self.link_to.set_scene(self.scene, self.view)
        if self._compare is not None:
            self._compare.set_document(document, self.scene)
        else:
            remember_version(self.document, history_folder(self.autosave_folder), read=True)
        self._follow(document)
        old.project.changed.disconnect(self._show_counts)
        old.project.meta_changed.disconnect(self._update_title)
        old.deleteLater()
        old_scene.detach()
        old_scene.deleteLater()

    def _new_scene(self, document: Document) -> JourneyScene:
        """The map of `document`, its selection shown in the inspector."""
        from journeymap.canvas import JourneyScene

        scene = JourneyScene(document, self.catalogue, lang=self.lang)
        scene.selection_ids_changed.connect(self._selection_changed)
        return scene

    def _new_view(self, scene: JourneyScene) -> JourneyView:
        """The view of `scene` in the middle of the window, with the focus."""
        from journeymap.canvas import JourneyView

        view = JourneyView(scene)
        view.setObjectName("journey_view")
        self.views.show(scene.document, scene, view)  # the map's tab, beside the journey's service blueprint
        self.drops.watch(view.viewport())
        if self.isVisible():
            view.show()  # (a layout would show it only later) so that it can take the focus now
        view.setFocus()
        view.zoom_changed.connect(self._show_zoom)
        return view

    def _follow(self, document: Document) -> None:
        """Show the state of `document`, the one shown now (title, undo, counts, zoom), and follow it; the map is
        fitted once the window has laid it out."""
        document.modified_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.autosave_failed.connect(self._autosave_failed)
        document.refused.connect(self._edit_refused)
        document.undo_stack.indexChanged.connect(self._update_undo_actions)
        document.undo_stack.cleanChanged.connect(self._update_undo_actions)
        document.project.changed.connect(self._show_counts)
        document.project.meta_changed.connect(self._update_title)
        self._update_title()
        self._update_undo_actions()
        self._update_edit_actions()
        self._show_counts()
        self._show_zoom(self.view.zoom())
        QTimer.singleShot(0, self._fit_if_needed)

    def _fit_if_needed(self) -> None:
        """Every journey (new, template, sample, opened, recovered) opens at the one fit that Ctrl+0 gives."""
        if self.view.fitted:
            self.view.fit_all()

    def saved(self, *_path: object) -> None:
        """After a successful save (the file controller's `saved`): no longer a recovered copy."""
        self.recovered = False
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved to %1").replace("%1", str(self.document.path)), 5000)

    # ---------------------------------------------------------------- state shown
    def document_title(self) -> str:
        """What the window title names (`titles.document_title`)."""
        return document_title(self.document, self.recovered)

    def _update_title(self, *_args: object) -> None:
        name, heading = title_parts(self.document, self.recovered)
        self.setWindowTitle(f"{name}[*] — {heading + ' — ' if heading else ''}journeymap")
        self.setWindowModified(self.document.is_modified())
        if self.document.path is not None:
            self.setWindowFilePath(str(self.document.path))

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.document.undo_stack
        c = self.commands
        c.undo.setEnabled(stack.canUndo())
        c.redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        c.undo.setText(self.tr("&Undo %1").replace("%1", undo).strip() if undo else self.tr("&Undo"))
        c.redo.setText(self.tr("&Redo %1").replace("%1", redo).strip() if redo else self.tr("&Redo"))
        c.undo.setIconText(self.tr("Undo"))
        c.redo.setIconText(self.tr("Redo"))
        c.undo.setToolTip(c.undo.text().replace("&", ""))
        c.redo.setToolTip(c.redo.text().replace("&", ""))
        self._update_title()

    def _selection_changed(self, touchpoint_ids: list[str], link_ids: list[str]) -> None:
        self.inspector.set_selection(touchpoint_ids, link_ids)
        self.views.follow_selection(touchpoint_ids)
        self._update_edit_actions()

    def _update_edit_actions(self) -> None:
        tids, lids = self.scene.selected_touchpoint_ids(), self.scene.selected_link_ids()
        c = self.commands
        c.delete.setEnabled(bool(tids or lids))
        c.cut.setEnabled(bool(tids))
        c.copy.setEnabled(bool(tids))
        c.paste.setEnabled(self.edit.can_paste())
        c.rename.setEnabled(len(tids) == 1)
        c.link_to.setEnabled(len(tids) == 1 and len(self.document.project.touchpoints) > 1)

    def _show_counts(self) -> None:
        project = self.document.project
        tps = self.tr("%n touchpoint(s)", "", len(project.touchpoints))
        links = self.tr("%n link(s)", "", len(project.links))
        self.count_label.setText(f"{tps} · {links}")

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", str(round(zoom * 100))))

    def _edit_refused(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot make this change"), reason)

    def _autosave_failed(self, error: Exception) -> None:
        self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", reason_of(error)), 10000)

    # ---------------------------------------------------------------- canvas helpers
    def add_from_catalogue(self, entry_id: str) -> str | None:
        """Add a catalogue entry to the selected card's lane; with nothing selected, to the phase the catalogue is
        filtered by, else to the first lane."""
        return self.scene.add_from_catalogue(entry_id, self.scene.current_phase() or self.catalogue_dock.phase())

    def show_ids(self, ids: list[str]) -> None:
        """Select and show touchpoints/links; for phase ids, scroll to the top of the lane."""
        phases = self.document.project.phase_model.ids()
        lanes = [phases.index(i) for i in ids if i in phases]
        items = [i for i in ids if i not in phases]
        self.view.show_ids(items)
        if lanes and not items:
            from journeymap.layout import theme

            height = min(self.scene.map_rect().height(), 400.0)
            lane = QRectF(lanes[0] * theme.LANE_WIDTH, 0, theme.LANE_WIDTH, height)
            self.view.ensureVisible(lane, 24, 24)

    def start_workshop(self) -> WorkshopWindow:
        """View ▸ Workshop Mode: present the journey full screen, phase by phase; Esc comes back here."""
        from journeymap.app.workshop.presentation import present  # loaded on first use, not at startup

        return present(self)

    # ---------------------------------------------------------------- language
    def set_language_setting(self, setting: str) -> None:
        """Switch the UI language (`system`, `de`, `en`) now and remember it."""
        self.settings.set_language(setting)
        i18n.install(i18n.resolve(setting))
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.commands.languages[setting].setChecked(True)
                window.apply_language(i18n.current())

    def apply_language(self, lang: str) -> None:
        """Show data (catalogue names, lane headers, findings) in `lang`."""
        if lang == self.lang or not self.built:
            self.lang = lang
            return
        self.lang = lang
        self.catalogue_dock.set_language(lang)
        self.inspector.set_language(lang)
        self.findings.set_language(lang)
        self.views.set_language(lang)
        self.persona_dock.set_language(lang)
        self.scene.set_language(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.built:
            self.apply_language(i18n.current())
            self._update_title()
            self._update_undo_actions()
            self._show_counts()
            self._show_zoom(self.view.zoom())
        super().changeEvent(event)

    # ---------------------------------------------------------------- recent files, drops, closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed during startup: nothing to save yet
            event.accept()
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        self.document.close()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        event.accept()

    def _restore_state(self) -> None:
        state = self.settings.window_state()
        if state is None or not self.restoreState(state):
            self._default_docks = True
            if self.isVisible():  # built after the window was shown (startup): size the docks now
                self._size_default_docks()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_default_docks()

    def _size_default_docks(self) -> None:
        if self._default_docks:  # first start: sensible dock sizes once the window is laid out
            self._default_docks = False
            size_default_docks(self, self.catalogue_dock, self.persona_dock, self.inspector, self.findings)
