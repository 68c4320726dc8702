"""Why a file could not be read or written, in one line in the editor's language (for message boxes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.app import i18n

if TYPE_CHECKING:
    from journeymap.fileformat.errors import JourneyFileError


def reason_of(exc: BaseException, path: object = None) -> str:
    """`error.message` in the UI language for a `JourneyFileError`; an OS error's text after `path`."""
    from journeymap.fileformat.errors import JourneyFileError  # (when needed: the window's frame stays light)

    if isinstance(exc, JourneyFileError):
        return exc.message(i18n.current())
    if isinstance(exc, OSError):
        text = exc.strerror or str(exc)
        return f"{path}: {text}" if path is not None else text
    return str(exc)


def bare_reason(exc: JourneyFileError) -> str:
    """The reason without the path, in the UI language."""
    return exc.reason_in(i18n.current())
