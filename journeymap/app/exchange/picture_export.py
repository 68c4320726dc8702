"""File ▸ Export ▸ PNG… of a big map with a progress dialog: the map is drawn band by band on the window's thread
(the canvas lives there), the dialog showing how far it got and its Cancel button working between bands; the PNG is
then encoded on a worker thread (Qt lets go of Python's lock meanwhile) while the window keeps painting. A small map
is done before the dialog would show (`MIN_SHOWN_MS`). Cancelled, nothing is written."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from journeymap.canvas.pictures import PictureCancelled, encode_png, render_image
from journeymap.fileformat import write_atomic

MIN_SHOWN_MS = 500
DRAWN = 85  # percent of the bar the drawing takes; the rest is the encoding


def export_png_with_progress(parent: QWidget, scene, path: Path) -> QSize:
    """Draw the map of `scene`, encode it and write it to `path` atomically (its views keep their picture
    meanwhile); `PictureCancelled` when the user cancelled (nothing written)."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("png_progress_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("PictureExport", "Export PNG picture"))
    dialog.setLabelText(QCoreApplication.translate("PictureExport", "Drawing the map…"))
    dialog.setCancelButtonText(QCoreApplication.translate("PictureExport", "Cancel"))
    dialog.setRange(0, 100)
    dialog.setMinimumDuration(MIN_SHOWN_MS)
    dialog.setMinimumWidth(340)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    views = [view for view in scene.views() if view.updatesEnabled()]
    for view in views:  # the canvas behind the dialog keeps its picture while the scene is drawn for the file
        view.setUpdatesEnabled(False)
    try:
        def drawn(rows: int, total: int) -> bool:
            dialog.setValue(round(DRAWN * rows / max(total, 1)))  # (a modal dialog: its events are handled here)
            return not dialog.wasCanceled()

        image = render_image(scene, progress=drawn)
        dialog.setLabelText(QCoreApplication.translate("PictureExport", "Writing the PNG file…"))
        content: list[bytes] = []
        errors: list[Exception] = []

        def encode() -> None:
            try:
                content.append(encode_png(image))
            except Exception as exc:  # handed to the window's thread below
                errors.append(exc)

        worker = threading.Thread(target=encode, name="png-encoding", daemon=True)
        worker.start()
        while worker.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worker.join(0.03)
        if dialog.wasCanceled():
            raise PictureCancelled
        if errors:
            raise errors[0]  # a SaveError: one line for the user
        dialog.setValue(100)
        write_atomic(content[0], path, backup=False)
        return image.size()
    finally:
        for view in views:
            view.setUpdatesEnabled(True)
        dialog.close()
        dialog.deleteLater()
