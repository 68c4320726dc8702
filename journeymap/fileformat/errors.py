"""Errors of reading and writing `.journey` files: one clear sentence each, never a traceback."""


class JourneyFileError(Exception):
    """A `.journey` file cannot be read or written. `str(error)` is one line fit for the user."""

    def __init__(self, reason: str, path: object = None) -> None:
        reason = " ".join(reason.split())  # always one line
        super().__init__(reason)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class LoadError(JourneyFileError):
    """The file is not a journey this version can open (broken, hostile, too big, too new)."""


class SaveError(JourneyFileError):
    """The journey could not be written; the previous file is untouched."""
