"""The one error interchange raises: a reason fit for the user, with the line it concerns.

`str(error)` is English ("line 12: reason"), as the command line prints it; `error.message(lang)` says the same in
the editor's language, from the error's code and parameters (`messages`)."""

from __future__ import annotations

from typing import Self

from journeymap.fileformat.errors import CodedError
from journeymap.interchange.messages import say


class InterchangeError(CodedError, ValueError):
    """A file cannot be imported. `str(error)` is one line such as `line 12: the score 7 is not 1 to 5`.

    `line` is the 1-based line of the input the problem is on, or None when it concerns the whole file.
    """

    say = staticmethod(say)

    def __init__(self, reason: str, line: int | None = None, *, code: str = "",
                 params: dict[str, object] | None = None) -> None:
        super().__init__(reason, code=code, params=params)
        self.line = line

    @classmethod
    def coded(cls, code: str, line: int | None = None, /, **params: object) -> Self:
        """The error for the reason `code` of `messages` with its parameters; `reason` is the English sentence."""
        return cls(say(code, "en", **params), line, code=code, params=params)

    def message(self, lang: str) -> str:
        """`str(error)` in `lang`: "line 12: reason" / "Zeile 12: Grund"."""
        reason = self.reason_in(lang)
        if self.line is None:
            return reason
        return f"{'Zeile' if lang == 'de' else 'line'} {self.line}: {reason}"

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line is not None else self.reason
