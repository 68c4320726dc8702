"""Undo-step names that `journeymap.commands` translates through a helper (`_tr(text)`), listed literally.

`pyside6-lupdate` only extracts string literals in `tr()`/`translate()` calls, so the helper's strings would
never reach the `.ts` files. The class below is named after the commands' translation context ("Commands") and
is never used; `self.tr(text, "", n)` makes every lupdate version record the plural forms (lupdate 6.11 ignores
the count argument of `QCoreApplication.translate`). Keep it in step with `journeymap/commands`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Commands(QObject):  # pragma: no cover - read by lupdate, not run
    def _for_lupdate(self, n: int = 1) -> list[str]:
        return [
            self.tr("Add %n touchpoint(s)", "", n),
            self.tr("Delete %n item(s)", "", n),
            self.tr("Delete %n touchpoint(s)", "", n),
            self.tr("Delete %n link(s)", "", n),
            self.tr("Move %n touchpoint(s)", "", n),
            self.tr("Edit touchpoint"),
            self.tr("Edit project details"),
            self.tr("Answer the needs questions"),
            self.tr("Add persona"),
            self.tr("Edit persona"),
            self.tr("Delete persona"),
            self.tr("Reorder personas"),
            self.tr("Add link"),
            self.tr("Edit link"),
        ]
