"""After a crash: offer each autosave left behind — Restore, Discard, or keep it for Later."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from journeymap.recovery import Orphan, discard, find_orphans

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def describe(orphan: Orphan) -> str:
    """One paragraph about an autosave: what it is and when it was written."""
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(orphan.saved_at)), QLocale.FormatType.ShortFormat)
    if orphan.original_path:
        name = Path(orphan.original_path).name
    else:
        name = orphan.title or QCoreApplication.translate("RecoveryDialog", "an unsaved journey")
    text = QCoreApplication.translate("RecoveryDialog", "journeymap was not closed properly. "
                                      "Changes to “%1” from %2 were saved automatically.")
    return text.replace("%1", name).replace("%2", when)


def ask(orphan: Orphan, parent: QWidget | None = None) -> str:
    """Ask what to do with one autosave; returns `restore`, `discard` or `later`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RecoveryDialog", "Restore unsaved work?"))
    box.setText(describe(orphan))
    box.setInformativeText(QCoreApplication.translate(
        "RecoveryDialog", "Restore opens them again (not yet saved). Discard deletes them for good. "
        "Later asks again at the next start."))
    restore = box.addButton(QCoreApplication.translate("RecoveryDialog", "&Restore"),
                            QMessageBox.ButtonRole.AcceptRole)
    remove = box.addButton(QCoreApplication.translate("RecoveryDialog", "&Discard"),
                           QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(QCoreApplication.translate("RecoveryDialog", "&Later"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return RESTORE if clicked is restore else DISCARD if clicked is remove else LATER


def offer_recovery(restore: Callable[[Orphan], bool], folder: Path | None = None,
                   parent: QWidget | None = None,
                   asker: Callable[[Orphan, QWidget | None], str] | None = None) -> list[str]:
    """Ask about every orphaned autosave in `folder`; `restore(orphan)` opens one. Returns the choices."""
    choices = []
    for orphan in find_orphans(folder):
        choice = (asker or ask)(orphan, parent)
        if choice == RESTORE:
            if not restore(orphan):
                choice = LATER
        elif choice == DISCARD:
            discard(orphan)
        choices.append(choice)
    return choices


__all__ = ["DISCARD", "LATER", "RESTORE", "ask", "describe", "offer_recovery"]
