"""The window's actions, menus and toolbar, with platform shortcuts (`QKeySequence.StandardKey`) and fallbacks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from journeymap.app.icons import icon

SK = QKeySequence.StandardKey


def shortcuts(standard: QKeySequence.StandardKey | None, *fallbacks: str) -> list[QKeySequence]:
    """The platform's bindings for `standard`, else the fallbacks (Quit has none on Linux, for one)."""
    keys = list(QKeySequence.keyBindings(standard)) if standard is not None else []
    known = {k.toString() for k in keys}
    extra = [QKeySequence(f) for f in fallbacks if QKeySequence(f).toString() not in known]
    return keys + extra if keys else extra


class WindowActions(QObject):
    """Creates every action of the main window, its menus and its toolbar; retranslates them live."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = self._action
        self.new = a("new", shortcuts(SK.New, "Ctrl+N"))
        self.open = a("open", shortcuts(SK.Open, "Ctrl+O"))
        self.save = a("save", shortcuts(SK.Save, "Ctrl+S"))
        self.save_as = a(None, shortcuts(SK.SaveAs, "Ctrl+Shift+S"))
        self.close = a(None, shortcuts(SK.Close, "Ctrl+W"))
        self.compare_with = a(None, [])
        self.merge_from = a(None, [])
        self.save_to_be = a(None, [])
        self.import_ = a(None, [])
        self.export_pdf = a(None, shortcuts(SK.Print, "Ctrl+P"))
        self.export_png = a(None, [])
        self.export_svg = a(None, [])
        self.export_csv = a(None, [])
        self.export_xlsx = a(None, [])
        self.export_mermaid = a(None, [])
        self.print_kit = a(None, [])
        self.quit = a(None, shortcuts(SK.Quit, "Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = a("undo", shortcuts(SK.Undo, "Ctrl+Z"))
        self.redo = a("redo", shortcuts(SK.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
        self.cut = a(None, shortcuts(SK.Cut, "Ctrl+X"))
        self.copy = a(None, shortcuts(SK.Copy, "Ctrl+C"))
        self.paste = a(None, shortcuts(SK.Paste, "Ctrl+V"))
        self.delete = a("delete", shortcuts(SK.Delete, "Del"))
        self.select_all = a(None, shortcuts(SK.SelectAll, "Ctrl+A"))
        self.rename = a("rename", [QKeySequence(Qt.Key.Key_F2)])
        self.link_to = a(None, [QKeySequence("Ctrl+L")])
        self.zoom_in = a("zoom_in", shortcuts(SK.ZoomIn, "Ctrl++", "Ctrl+="))
        self.zoom_out = a("zoom_out", shortcuts(SK.ZoomOut, "Ctrl+-"))
        self.zoom_reset = a("zoom_reset", [QKeySequence("Ctrl+1")])
        self.fit = a("fit", [QKeySequence("Ctrl+0")])
        self.workshop = a(None, [QKeySequence(Qt.Key.Key_F5)])
        self.blueprint = a(None, [QKeySequence("Ctrl+Shift+B")])
        self.properties = a(None, [QKeySequence("Ctrl+Alt+P")])
        self.phases = a(None, [])
        self.recommend = a(None, [])
        self.about = a(None, [])
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = a(None, [])
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for code in ("system", "de", "en"):
            action = a(None, [])
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action
        self._build_menus()
        self.toolbar = self._build_toolbar()
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, icon_name: str | None, keys: list[QKeySequence]) -> QAction:
        action = QAction(self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys:
            action.setShortcuts(keys)
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self.window)
        self.new_from_menu = QMenu(self.window)  # filled by app.files.new_from
        self.export_menu = QMenu(self.window)
        self.export_menu.addActions([self.export_pdf, self.export_png, self.export_svg, self.export_csv,
                                     self.export_xlsx, self.export_mermaid])
        self.file_menu.addAction(self.new)
        self.file_menu.addMenu(self.new_from_menu)
        self.file_menu.addAction(self.open)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save, self.save_as])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.compare_with, self.merge_from])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addAction(self.print_kit)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close, self.quit])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.cut, self.copy, self.paste, self.delete])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.select_all, self.rename, self.link_to])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.fit])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.blueprint)
        self.view_menu.addAction(self.workshop)
        self.view_menu.addSeparator()
        self.panels_menu = self.view_menu.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.languages.values()))
        self.journey_menu = bar.addMenu("")
        self.journey_menu.addActions([self.properties, self.phases, self.save_to_be])
        self.journey_menu.addSeparator()
        self.journey_menu.addAction(self.recommend)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.about, self.about_qt])

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.window)
        bar.setObjectName("main_toolbar")
        bar.setIconSize(QSize(22, 22))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([self.delete])
        bar.addSeparator()
        bar.addActions([self.zoom_out, self.zoom_in, self.fit])
        for action in (self.new, self.open, self.zoom_out, self.zoom_in, self.fit):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.window.addToolBar(bar)
        return bar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        texts = {
            self.new: (self.tr("&New"), self.tr("Start a new journey")),
            self.open: (self.tr("&Open…"), self.tr("Open a journey file")),
            self.save: (self.tr("&Save"), self.tr("Save the journey")),
            self.save_as: (self.tr("Save &As…"), self.tr("Save the journey under a new name")),
            self.close: (self.tr("&Close"), self.tr("Close the journey")),
            self.compare_with: (self.tr("Compare &with…"),
                                self.tr("Show another version of this journey over the map, with a list of the "
                                        "differences")),
            self.merge_from: (self.tr("&Merge from…"),
                              self.tr("Take the changes of another version of this journey, one by one")),
            self.save_to_be: (self.tr("Save as To-Be &Version…"),
                              self.tr("Save a copy to plan the journey as it should be; it remembers this version")),
            self.import_: (self.tr("&Import…"),
                           self.tr("Open a Mermaid journey, a CSV file or an Excel workbook as a new journey")),
            self.export_pdf: (self.tr("&PDF Report…"), self.tr("Export the journey as a PDF report")),
            self.export_png: (self.tr("P&NG Picture…"), self.tr("Export the map as a PNG picture")),
            self.export_svg: (self.tr("&SVG Picture…"), self.tr("Export the map as an SVG vector picture")),
            self.export_csv: (self.tr("&CSV Table…"), self.tr("Export the touchpoints and their KPIs as CSV")),
            self.export_xlsx: (self.tr("&Excel Workbook…"),
                               self.tr("Export touchpoints, KPIs per phase and findings as an Excel workbook")),
            self.export_mermaid: (self.tr("&Mermaid Journey…"), self.tr("Export the journey as a Mermaid diagram")),
            self.print_kit: (self.tr("Print &Workshop Kit…"),
                             self.tr("Print touchpoint cards, a lane poster and persona sheets for a paper "
                                     "workshop")),
            self.quit: (self.tr("&Quit"), self.tr("Quit journeymap")),
            self.cut: (self.tr("Cu&t"), self.tr("Cut the selected touchpoints")),
            self.copy: (self.tr("&Copy"), self.tr("Copy the selected touchpoints and the links between them")),
            self.paste: (self.tr("&Paste"), self.tr("Paste touchpoints")),
            self.delete: (self.tr("&Delete"), self.tr("Delete the selected touchpoints and links")),
            self.select_all: (self.tr("Select &All"), self.tr("Select every touchpoint and link")),
            self.rename: (self.tr("&Rename"), self.tr("Rename the selected touchpoint on the map")),
            self.link_to: (self.tr("&Link to…"), self.tr("Link the selected touchpoint to one picked from a list")),
            self.zoom_in: (self.tr("Zoom &In"), self.tr("Zoom in")),
            self.zoom_out: (self.tr("Zoom &Out"), self.tr("Zoom out")),
            self.zoom_reset: (self.tr("&Actual Size"), self.tr("Zoom to 100 %")),
            self.fit: (self.tr("&Fit to Window"), self.tr("Fit all phases into the window, lanes as tall as the view")),
            self.blueprint: (self.tr("Service &Blueprint"),
                             self.tr("Show what happens inside the company at each touchpoint, below the map's steps")),
            self.workshop: (self.tr("&Workshop Mode"), self.tr("Present the journey full screen, phase by phase")),
            self.properties: (self.tr("&Properties…"),
                              self.tr("Title, company, author, workshop date and the report's logo and colour")),
            self.phases: (self.tr("P&hases…"), self.tr("Rename, add, remove and reorder the lanes of the map")),
            self.recommend: (self.tr("Which &touchpoints fit us?…"),
                             self.tr("Rank the catalogue's touchpoints by your customers' needs and add the best")),
            self.about: (self.tr("&About journeymap"), self.tr("About journeymap")),
            self.about_qt: (self.tr("About &Qt"), self.tr("About the Qt toolkit")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self.languages["system"].setText(self.tr("&System language"))
        self.languages["de"].setText("&Deutsch")
        self.languages["en"].setText("&English")
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.new_from_menu.setTitle(self.tr("New from &Template/Sample"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.journey_menu.setTitle(self.tr("&Journey"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
