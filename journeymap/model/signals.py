"""A tiny, Qt-free observer signal for the domain model."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any


class Signal:
    """Call every connected callback, in connection order, with the emitted arguments."""

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        if slot not in self._slots:
            self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        """Disconnect `slot`; disconnecting something never connected is not an error."""
        with contextlib.suppress(ValueError):
            self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in tuple(self._slots):
            slot(*args)

    def __len__(self) -> int:
        return len(self._slots)


class GroupedSignal(Signal):
    """A signal without arguments whose emissions inside `group()` come out as one, when the outermost group ends
    (one `changed` for an edit that adds or removes thousands of items, not one per item)."""

    __slots__ = ("_depth", "_pending")

    def __init__(self) -> None:
        super().__init__()
        self._depth = 0
        self._pending = False

    def emit(self) -> None:
        if self._depth:
            self._pending = True
        else:
            super().emit()

    @contextlib.contextmanager
    def group(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pending:
                self._pending = False
                super().emit()
