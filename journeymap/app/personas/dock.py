"""The personas panel: the journey's personas in order, with add, edit, delete, move up/down and "put the
selection on the path"; a check box per persona shows its path and emotion curve on the map, beside the
others or alone (focus: everything else dimmed), and the general curve can be hidden.

Every edit is one undo step (`AddPersona`, `EditPersona`, `RemovePersona`, `MovePersona`); what the map shows
is view state (the project's `view`, drawn by `JourneyScene.persona_layer`): saved with the file and restored here
on opening, but never an undo step. The panel also fills
the canvas's context menu with "Add selection to persona ▸" and "Remove selection from persona ▸".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QRadioButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.icons import icon, render_svg
from journeymap.app.personas.chips import avatar_icon
from journeymap.app.personas.dialog import PersonaDialog
from journeymap.catalogue import Catalogue
from journeymap.commands import AddPersona, EditPersona, MovePersona, RemovePersona
from journeymap.layout import theme as t
from journeymap.model import Persona, new_id
from journeymap.model.limits import MAX_PERSONAS

if TYPE_CHECKING:
    from journeymap.canvas import JourneyScene
    from journeymap.canvas.persona_layer import PersonaLayer
    from journeymap.document import Document
    from journeymap.model import ViewState

PID_ROLE = Qt.ItemDataRole.UserRole + 1
_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
        'stroke="#2E3A48" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">{}</svg>')
_PATHS = {
    "up": '<path d="M12 19V5M6 11l6-6 6 6"/>',
    "down": '<path d="M12 5v14M6 13l6 6 6-6"/>',
    "assign": '<path d="M4 12h9M10 8l4 4-4 4"/><circle cx="18" cy="12" r="3"/>',
    "unassign": '<path d="M20 12h-9M14 8l-4 4 4 4"/><circle cx="6" cy="12" r="3"/>',
}


def _icon(name: str) -> QIcon:
    if name not in _PATHS:
        return icon(name)
    renderer = QSvgRenderer(QByteArray(_SVG.format(_PATHS[name]).encode()))
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(render_svg(renderer, size))
    return result


class PersonaDock(QDockWidget):
    """The personas of the current document and how its map shows them (given at first, then `set_document`)."""

    def __init__(self, catalogue: Catalogue, document: Document, scene: JourneyScene, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("persona_dock")
        self.catalogue = catalogue
        self.lang = lang
        self.document, self.scene = document, scene
        self._follow(document, scene)
        self._filling = False
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        self.toolbar = QToolBar(body)
        self.toolbar.setIconSize(QSize(18, 18))
        self.add_action = self._action("add", self.add_persona)
        self.edit_action = self._action("rename", self.edit_persona)
        self.delete_action = self._action("delete", self.delete_persona)
        self.toolbar.addSeparator()
        self.up_action = self._action("up", lambda: self.move_persona(-1))
        self.down_action = self._action("down", lambda: self.move_persona(1))
        self.toolbar.addSeparator()
        self.assign_action = self._action("assign", lambda: self.assign_selection(True))
        self.unassign_action = self._action("unassign", lambda: self.assign_selection(False))
        layout.addWidget(self.toolbar)
        self.list = QListWidget(body)
        self.list.setObjectName("persona_list")
        self.list.setIconSize(QSize(28, 28))
        self.list.setSpacing(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_persona())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(body)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {t.MUTED};")
        layout.addWidget(self.empty)
        modes = QHBoxLayout()
        self.side_by_side = QRadioButton(body)
        self.side_by_side.setObjectName("side_by_side")
        self.focus_one = QRadioButton(body)
        self.focus_one.setObjectName("focus_one")
        self.side_by_side.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.side_by_side)
        self.mode_group.addButton(self.focus_one)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        modes.addWidget(self.side_by_side)
        modes.addWidget(self.focus_one)
        modes.addStretch(1)
        layout.addLayout(modes)
        self.general = QCheckBox(body)
        self.general.setObjectName("general_curve")
        self.general.setChecked(True)
        self.general.toggled.connect(lambda on: self._change_view(lambda layer: layer.set_general_curve(on)))
        layout.addWidget(self.general)
        self.setWidget(body)
        self.retranslate()
        self._show_view()

    def _action(self, icon_name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(_icon(icon_name), "", self)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    # ---------------------------------------------------------------- wiring
    @property
    def layer(self) -> PersonaLayer:
        return self.scene.persona_layer

    def set_document(self, document: Document, scene: JourneyScene) -> None:
        """Show the personas of `document`, whose map is `scene`."""
        for signal, slot in self._connections():
            getattr(self.document.project, signal).disconnect(slot)
        try:
            self.scene.selection_ids_changed.disconnect(self._update_actions)
            self.scene.context_menu_requested.disconnect(self.fill_context_menu)
        except (RuntimeError, TypeError):  # the old scene is already gone
            pass
        self.document, self.scene = document, scene
        self._follow(document, scene)
        self._show_view()

    def _follow(self, document: Document, scene: JourneyScene) -> None:
        for signal, slot in self._connections():
            getattr(document.project, signal).connect(slot)
        scene.selection_ids_changed.connect(self._update_actions)
        scene.context_menu_requested.connect(self.fill_context_menu)

    def _connections(self) -> tuple[tuple[str, Callable[..., None]], ...]:
        return (("persona_added", self._model_changed), ("persona_removed", self._model_changed),
                ("persona_changed", self._model_changed), ("personas_reordered", self._model_changed),
                ("view_changed", self._view_changed))

    def _show_view(self) -> None:
        """Show the journey's view state (general curve, focus and its persona, check boxes) without changing it."""
        view = self.document.project.view
        self._filling = True
        try:
            self.general.setChecked(view.general_curve)
            (self.focus_one if view.persona_focus else self.side_by_side).setChecked(True)
        finally:
            self._filling = False
        self.refresh(view.persona_focus)

    def _view_changed(self, _view: ViewState) -> None:
        if not self._filling:  # changed elsewhere (not by this panel): show it
            self._show_view()

    def _change_view(self, change: Callable[[PersonaLayer], object]) -> None:
        """Change the view state through the map's persona layer, without echoing it back into this panel."""
        if self._filling:
            return
        self._filling = True
        try:
            change(self.layer)
        finally:
            self._filling = False

    def _model_changed(self, *_args: object) -> None:
        self.refresh()

    # ---------------------------------------------------------------- the list
    def personas(self) -> tuple[Persona, ...]:
        return self.document.project.personas

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(PID_ROLE) if item is not None else None

    def select(self, pid: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(PID_ROLE) == pid:
                self.list.setCurrentRow(row)
                return

    def refresh(self, current: str | None = None) -> None:
        """Rebuild the list from the model, keeping the current persona (or making `current` the current one)."""
        current = current or self.current_id()
        shown = self.layer.shown
        self._filling = True
        try:
            self.list.clear()
            for persona in self.personas():
                item = QListWidgetItem(avatar_icon(persona), self._row_text(persona), self.list)
                item.setData(PID_ROLE, persona.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if persona.id in shown else Qt.CheckState.Unchecked)
                item.setToolTip(self._row_tooltip(persona))
            if current is not None:
                self.select(current)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
        finally:
            self._filling = False
        empty = not self.list.count()
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        self._apply_focus()
        self._update_actions()

    def _row_text(self, persona: Persona) -> str:
        steps = self.tr("%n touchpoint(s)", "", len(persona.touchpoint_ids))
        return f"{persona.name}\n{steps} · {'B2B' if persona.segment == 'b2b' else 'B2C'}"

    def _row_tooltip(self, persona: Persona) -> str:
        segment = "B2B" if persona.segment == "b2b" else "B2C"
        lines = [persona.name, " · ".join(x for x in (persona.role, segment, persona.industry) if x)]
        if persona.quote:
            lines.append(f"“{persona.quote}”")
        lines.append(self.tr("Check to show the path and emotion curve on the map; double-click to edit."))
        return "\n".join(lines)

    def _item_changed(self, item: QListWidgetItem) -> None:
        pid, on = item.data(PID_ROLE), item.checkState() == Qt.CheckState.Checked
        self._change_view(lambda layer: layer.set_shown(pid, on))

    def _current_changed(self, *_args: object) -> None:
        if not self._filling:
            self._apply_focus()
        self._update_actions()

    def _mode_toggled(self, *_args: object) -> None:
        if not self._filling:
            self._apply_focus()

    def _apply_focus(self) -> None:
        pid = self.current_id() if self.focus_one.isChecked() else None
        self._change_view(lambda layer: layer.set_focus(pid))

    def set_focus_mode(self, on: bool) -> None:
        """Show only the current persona (others dimmed), or every checked one side by side."""
        (self.focus_one if on else self.side_by_side).setChecked(True)

    def set_shown(self, pid: str, on: bool = True) -> None:
        """Check or uncheck a persona's "show on the map" box."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PID_ROLE) == pid:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_actions(self, *_args: object) -> None:
        current = self.current_id()
        row = self.list.currentRow()
        self.add_action.setEnabled(len(self.personas()) < MAX_PERSONAS)
        self.edit_action.setEnabled(current is not None)
        self.delete_action.setEnabled(current is not None)
        self.up_action.setEnabled(current is not None and row > 0)
        self.down_action.setEnabled(current is not None and row < self.list.count() - 1)
        selection = bool(self.scene.selected_touchpoint_ids() or self.scene.selected_link_ids())
        self.assign_action.setEnabled(current is not None and selection)
        self.unassign_action.setEnabled(current is not None and selection)

    # ---------------------------------------------------------------- edits (one undo step each)
    def _new_persona(self) -> Persona:
        personas = self.personas()
        used = {p.colour.upper() for p in personas}
        colour = next((c for c in t.PERSONA_COLOURS if c.upper() not in used),
                      t.PERSONA_COLOURS[len(personas) % len(t.PERSONA_COLOURS)])
        name = self.tr("Persona %1").replace("%1", str(len(personas) + 1))
        return Persona(id=new_id("persona"), name=name, colour=colour)

    def run_dialog(self, dialog: PersonaDialog) -> bool:
        """Show the dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_persona(self) -> str | None:
        """Describe a new persona in the dialog; OK adds it (one step), checked to show on the map."""
        dialog = PersonaDialog(self._new_persona(), self.catalogue, self.lang, new=True, parent=self)
        if not self.run_dialog(dialog):
            return None
        persona = dialog.value()
        self.layer.set_shown(persona.id, True)
        self.document.push(AddPersona(self.document.project, persona))
        self.select(persona.id)
        return persona.id

    def edit_persona(self) -> bool:
        """Edit the current persona in the dialog; OK is one step (nothing when nothing changed)."""
        pid = self.current_id()
        if pid is None:
            return False
        dialog = PersonaDialog(self.document.project.persona(pid), self.catalogue, self.lang, parent=self)
        if not self.run_dialog(dialog):
            return False
        changes = dialog.changes()
        if changes:
            self.document.push(EditPersona(self.document.project, pid, changes))
        return bool(changes)

    def delete_persona(self) -> bool:
        pid = self.current_id()
        if pid is None:
            return False
        row = self.list.currentRow()
        self.document.push(RemovePersona(self.document.project, pid))
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        return True

    def move_persona(self, step: int) -> bool:
        pid, row = self.current_id(), self.list.currentRow()
        if pid is None or not 0 <= row + step < self.list.count():
            return False
        self.document.push(MovePersona(self.document.project, pid, row + step))
        self.select(pid)
        return True

    def assign_selection(self, on: bool = True, pid: str | None = None) -> bool:
        """Put the canvas selection on the persona's path (or take it off): one step."""
        pid = pid or self.current_id()
        if pid is None:
            return False
        return self.scene.edits.put_on_path(pid, self.scene.selected_touchpoint_ids(), self.scene.selected_link_ids(),
                                            on)

    # ---------------------------------------------------------------- the canvas's context menu
    def fill_context_menu(self, menu: QMenu) -> None:
        """Add "Add selection to persona ▸" (and "Remove … ▸" for personas that have some of it)."""
        if not self.personas():
            return
        tids, lids = set(self.scene.selected_touchpoint_ids()), set(self.scene.selected_link_ids())
        if not tids and not lids:
            return
        add = menu.addMenu(self.tr("Add selection to persona"))
        add.setObjectName("add_to_persona_menu")
        remove = menu.addMenu(self.tr("Remove selection from persona"))
        remove.setObjectName("remove_from_persona_menu")
        for persona in self.personas():
            has_all = tids <= set(persona.touchpoint_ids) and lids <= set(persona.link_ids)
            has_some = bool(tids & set(persona.touchpoint_ids) or lids & set(persona.link_ids))
            action = add.addAction(avatar_icon(persona), persona.name)
            action.setEnabled(not has_all)
            action.triggered.connect(lambda _c=False, pid=persona.id: self.assign_selection(True, pid))
            if has_some:
                action = remove.addAction(avatar_icon(persona), persona.name)
                action.triggered.connect(lambda _c=False, pid=persona.id: self.assign_selection(False, pid))
        remove.menuAction().setVisible(not remove.isEmpty())

    # ---------------------------------------------------------------- language
    def set_language(self, lang: str) -> None:
        self.lang = lang

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Personas"))
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.setAccessibleDescription(self.tr("Check a persona to show its path and curve on the map"))
        texts = {
            self.add_action: self.tr("Add a persona"),
            self.edit_action: self.tr("Edit the selected persona"),
            self.delete_action: self.tr("Delete the selected persona"),
            self.up_action: self.tr("Move up"),
            self.down_action: self.tr("Move down"),
            self.assign_action: self.tr("Put the selected touchpoints and links on this persona's path"),
            self.unassign_action: self.tr("Take the selected touchpoints and links off this persona's path"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(text)
        self.empty.setText(self.tr("No personas yet. Add one with +, then put touchpoints and links on its path "
                                   "in the inspector or with a right-click on the map."))
        self.side_by_side.setText(self.tr("Side by side"))
        self.side_by_side.setToolTip(self.tr("Show the path and curve of every checked persona"))
        self.focus_one.setText(self.tr("Focus"))
        self.focus_one.setToolTip(self.tr("Show only the selected persona and dim everything off its path"))
        self.general.setText(self.tr("General emotion curve"))
        self.general.setToolTip(self.tr("The curve of the touchpoints' own emotions (dashed while persona curves "
                                        "are shown)"))
        self.refresh()
