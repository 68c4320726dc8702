"""The questions a file guard asks: a file open in another editor, a file changed on disk before saving, and a
write-protected file about to be replaced. Each returns the user's choice (None: cancelled)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from journeymap.fileformat import LockOwner, process

translate = QCoreApplication.translate


def _ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str,
         buttons: list[tuple[str, str, QMessageBox.ButtonRole]], default: str | None) -> str | None:
    """A message box with `buttons` (choice, label, role) and Cancel; the choice clicked, None for Cancel."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("file_guard_question")
    box.setInformativeText(detail)
    made: dict[str, QPushButton] = {}
    for choice, label, role in buttons:
        made[choice] = box.addButton(label, role)
        made[choice].setObjectName(f"choice_{choice}")
    if default:
        box.setDefaultButton(made[default])
    else:
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((choice for choice, button in made.items() if button is clicked), None)


def describe_owner(owner: LockOwner) -> str:
    """Who holds a lock, in the user's language: `Eva Muster (eva) on laptop-3, since 04.12.2025 17:14`."""
    someone = owner.who() or translate("FileDialogs", "another user")
    if owner.is_here() and owner.user == process.user_name():
        where = translate("FileDialogs", "you, in another journeymap window on this computer")
    elif owner.is_here():
        where = translate("FileDialogs", "%1 on this computer").replace("%1", someone)
    else:
        host = owner.host or translate("FileDialogs", "another computer")
        where = translate("FileDialogs", "%1 on %2").replace("%1", someone).replace("%2", host)
    if owner.opened:
        where = translate("FileDialogs", "%1, since %2").replace("%1", where).replace("%2", owner.opened)
    return where


def ask_locked(parent: QWidget | None, path: Path, owner: LockOwner) -> str | None:
    """`read_only`, `copy` or `anyway` for a file another editor has open; None: do not open it."""
    text = translate("FileDialogs", "“%1” is already open in journeymap.").replace("%1", path.name)
    opened_by = translate("FileDialogs", "Opened by %1.").replace("%1", describe_owner(owner))
    advice = translate(
        "FileDialogs", "If two people edit it at the same time, one of them loses work. Open it read-only to look "
        "at it, or open a copy to work on separately. Open it anyway only if the other editor is no longer running.")
    return _ask(parent, QMessageBox.Icon.Warning, translate("FileDialogs", "File in use"), text,
                opened_by + "\n\n" + advice, [
                    ("read_only", translate("FileDialogs", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole),
                    ("copy", translate("FileDialogs", "Open a Copy"), QMessageBox.ButtonRole.ActionRole),
                    ("anyway", translate("FileDialogs", "Open Anyway"), QMessageBox.ButtonRole.DestructiveRole),
                ], "read_only")


def ask_changed_on_disk(parent: QWidget | None, path: Path) -> str | None:
    """`reload`, `copy` (save as a copy) or `overwrite` for a file that changed on disk; None: do not save."""
    text = translate("FileDialogs", "“%1” was changed on disk since you opened it, by another program or "
                                    "person.").replace("%1", path.name)
    detail = translate("FileDialogs", "Saving now would overwrite those changes. Reload the file (your unsaved "
                                      "changes are lost), save your version as a copy, or overwrite the file with "
                                      "your version.")
    return _ask(parent, QMessageBox.Icon.Warning, translate("FileDialogs", "File changed on disk"), text, detail, [
        ("reload", translate("FileDialogs", "Reload"), QMessageBox.ButtonRole.ResetRole),
        ("copy", translate("FileDialogs", "Save as Copy…"), QMessageBox.ButtonRole.AcceptRole),
        ("overwrite", translate("FileDialogs", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole),
    ], "copy")


def ask_replace_unwritable(parent: QWidget | None, path: Path, owner: str | None) -> bool:
    """Replace a write-protected file anyway? (The new file then belongs to the current user.)"""
    if owner:
        text = translate("FileDialogs", "“%1” is write-protected; it belongs to %2.").replace("%2", owner)
    else:
        text = translate("FileDialogs", "“%1” is write-protected.")
    detail = translate("FileDialogs", "Replace it with your version anyway? The new file will belong to you.")
    return _ask(parent, QMessageBox.Icon.Warning, translate("FileDialogs", "Write-protected file"),
                text.replace("%1", path.name), detail, [
                    ("replace", translate("FileDialogs", "Replace"), QMessageBox.ButtonRole.DestructiveRole),
                ], None) == "replace"
