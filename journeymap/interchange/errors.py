"""The one error interchange raises: a reason fit for the user, with the line it concerns."""

from __future__ import annotations


class InterchangeError(ValueError):
    """A file cannot be imported. `str(error)` is one line such as `line 12: the score 7 is not 1 to 5`.

    `line` is the 1-based line of the input the problem is on, or None when it concerns the whole file.
    """

    def __init__(self, reason: str, line: int | None = None) -> None:
        reason = " ".join(reason.split())  # always one line
        super().__init__(reason)
        self.reason = reason
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line is not None else self.reason
