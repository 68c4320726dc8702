"""File-system helpers for tests."""

from __future__ import annotations

import threading


def finishes(call, timeout: float = 10.0):
    """Run `call` on a thread; fail (instead of hanging the suite) when it does not return in `timeout`."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"{call} still runs after {timeout} s (it blocks)"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
