"""The drag payload of a catalogue entry: MIME type `application/x-journeymap-touchpoint`, the entry id as UTF-8."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

TOUCHPOINT_MIME = "application/x-journeymap-touchpoint"
_MAX_ID = 64


def entry_mime(entry_id: str) -> QMimeData:
    """The MIME data a catalogue drag carries (for the palette and for tests)."""
    data = QMimeData()
    data.setData(TOUCHPOINT_MIME, entry_id.encode("utf-8"))
    return data


def entry_id_from(mime: QMimeData | None) -> str | None:
    """The catalogue entry id in a drag, or None when the drag carries none (or garbage)."""
    if mime is None or not mime.hasFormat(TOUCHPOINT_MIME):
        return None
    raw = bytes(mime.data(TOUCHPOINT_MIME).data())
    if not raw or len(raw) > _MAX_ID:
        return None
    try:
        text = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return text or None
