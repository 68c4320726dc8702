"""What the editor calls an opportunity's status, its ratings and the quadrants of the impact/effort matrix."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journeymap.model.opportunities import Quadrant


def status_name(status: str) -> str:
    return {
        "idea": QCoreApplication.translate("Opportunities", "Idea"),
        "planned": QCoreApplication.translate("Opportunities", "Planned"),
        "in_progress": QCoreApplication.translate("Opportunities", "In progress"),
        "done": QCoreApplication.translate("Opportunities", "Done"),
    }.get(status, status)


def rating_name(rating: int | None) -> str:
    return {
        None: QCoreApplication.translate("Opportunities", "not rated"),
        1: QCoreApplication.translate("Opportunities", "1 low"),
        2: QCoreApplication.translate("Opportunities", "2 medium"),
        3: QCoreApplication.translate("Opportunities", "3 high"),
    }.get(rating, str(rating))


def quadrant_name(quadrant: Quadrant | None) -> str:
    return {
        None: QCoreApplication.translate("Opportunities", "Not rated yet"),
        "quick_win": QCoreApplication.translate("Opportunities", "Quick wins"),
        "big_bet": QCoreApplication.translate("Opportunities", "Big bets"),
        "fill_in": QCoreApplication.translate("Opportunities", "Fill-ins"),
        "thankless": QCoreApplication.translate("Opportunities", "Thankless tasks"),
    }[quadrant]


def quadrant_hint(quadrant: Quadrant | None) -> str:
    return {
        None: QCoreApplication.translate("Opportunities", "Drag an opportunity into the matrix to rate it"),
        "quick_win": QCoreApplication.translate("Opportunities", "worth it, little effort: do first"),
        "big_bet": QCoreApplication.translate("Opportunities", "worth it, more effort: plan it"),
        "fill_in": QCoreApplication.translate("Opportunities", "small either way: when there is time"),
        "thankless": QCoreApplication.translate("Opportunities", "costs more than it brings: drop or rethink"),
    }[quadrant]
