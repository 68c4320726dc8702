"""Errors of reading and writing `.journey` files: one clear sentence each, never a traceback.

`str(error)` is English ("PATH: reason"), as the command line prints it; `error.message(lang)` says the same in
the editor's language, from the error's code and parameters (`messages`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Self

from journeymap.fileformat.messages import say


class CodedError(Exception):
    """An error with a one-line reason: English in `reason` (what `str()` builds on), in any language of its
    `say` table by `reason_in` when it was raised with a code (`coded`)."""

    say: ClassVar[Callable[..., str]]

    def __init__(self, reason: str, *, code: str = "", params: dict[str, object] | None = None) -> None:
        reason = " ".join(reason.split())  # always one line
        super().__init__(reason)
        self.reason = reason
        self.code = code  # "" for a reason that exists in English only
        self.params = params or {}

    def reason_in(self, lang: str) -> str:
        """The reason in `lang` ("de" or "en"); English when the error has no code."""
        if not self.code:
            return self.reason
        return " ".join(type(self).say(self.code, lang, **self.params).split())


class JourneyFileError(CodedError):
    """A `.journey` file cannot be read or written. `str(error)` is one line fit for the user."""

    say = staticmethod(say)

    def __init__(self, reason: str, path: object = None, *, code: str = "",
                 params: dict[str, object] | None = None) -> None:
        super().__init__(reason, code=code, params=params)
        self.path = path

    @classmethod
    def coded(cls, code: str, path: object = None, /, **params: object) -> Self:
        """The error for the reason `code` of `messages` with its parameters; `reason` is the English sentence."""
        return cls(say(code, "en", **params), path, code=code, params=params)

    def message(self, lang: str) -> str:
        """`str(error)` in `lang`: "PATH: reason"."""
        reason = self.reason_in(lang)
        return f"{self.path}: {reason}" if self.path else reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class LoadError(JourneyFileError):
    """The file is not a journey this version can open (broken, hostile, too big, too new)."""


class SaveError(JourneyFileError):
    """The journey could not be written; the previous file is untouched."""
