"""Every control a keyboard can reach has a name a screen reader can say (its own, or its caption's as buddy),
in German and English, with nothing selected, a touchpoint selected and a link selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from tests.helpers.app import close_quietly, make_window

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "schmidt.journey"


def reachable(window) -> list[QWidget]:
    """The shown widgets that can take the keyboard focus."""
    return [w for w in window.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(window) and w.isEnabled()]


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(window) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
            for w in reachable(window) if not name_of(w)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_reachable_control_has_a_name(qtbot, tmp_path, boxes, lang):
    window = make_window(qtbot, tmp_path, lang=lang, size=(1366, 768))
    try:
        assert unnamed(window) == []  # a new, empty journey
        assert window.files.open_path(SAMPLE)
        QApplication.processEvents()
        project = window.document.project
        window.scene.select_ids([next(tp.id for tp in project.touchpoints if tp.kpis)])
        QApplication.processEvents()
        checked = reachable(window)
        assert unnamed(window) == []  # the inspector shows the touchpoint form with its KPI table
        window.scene.select_ids([project.links[0].id])
        QApplication.processEvents()
        checked += reachable(window)
        assert unnamed(window) == []  # the link form
        # the walk met the controls of every dock and the toolbar (it cannot pass by seeing nothing)
        docks = {window.catalogue_dock, window.inspector, window.persona_dock, window.findings}
        for dock in docks:
            assert any(dock.isAncestorOf(w) for w in checked), dock.objectName()
        buttons = [b for b in window.commands.toolbar.findChildren(QToolButton) if b.isVisibleTo(window)]
        assert len(buttons) >= 8  # (toolbar buttons take no focus in Qt; their actions have shortcuts)
        assert [b for b in buttons if not name_of(b)] == []
        names = {name_of(w) for w in checked}
        expected = {"de": ("Katalog durchsuchen", "Bezeichnung", "KPIs des Touchpoints"),
                    "en": ("Search the catalogue", "Label", "KPIs of the touchpoint")}[lang]
        assert set(expected) <= names
    finally:
        close_quietly(window)
