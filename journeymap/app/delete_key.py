"""Delete in a list or table deletes that list's current item, never the map's selection: the key is claimed at
its shortcut override (so the window's Delete action does not take it) and acted on at the key press."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence


def delete_in_list(event: QEvent, delete: Callable[[], object]) -> bool:
    """For an event filter on the list: True when `event` was the Delete key (and `delete()` ran on its press)."""
    if not isinstance(event, QKeyEvent) or not event.matches(QKeySequence.StandardKey.Delete):
        return False
    if event.type() == QEvent.Type.ShortcutOverride:
        event.accept()
        return True
    if event.type() == QEvent.Type.KeyPress:
        delete()
        return True
    return False
