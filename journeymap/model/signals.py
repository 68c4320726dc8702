"""A tiny, Qt-free observer signal for the domain model."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
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
