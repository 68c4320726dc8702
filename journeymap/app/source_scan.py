"""A quicker form of PySide6's look at each imported module.

Once `PySide6.QtCore` is imported, PySide6 asks of every module imported after it whether its source mentions
"PySide6" (for its opt-in `__feature__` switches), and finds out with `inspect.getsource`, which tokenises the
whole file through `linecache`: ≈ 20 ms of the editor's start for its ≈ 250 modules. `quicken()` puts the same
question to the file's bytes instead (a compiled module without its `.py`, as the one-folder app has them, to its
loader's source); others (built in, frozen) still go to PySide6's own check.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook whose check is replaced below)

_FEATURE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether `module`'s source mentions PySide6: its `.py` file's bytes, or for a compiled module without one
    (the one-folder app's) what its loader has as source (none: False, as `inspect` finds none either);
    `fallback` answers for any other module."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    elif isinstance(path, str) and path.endswith(".pyc") and not os.path.exists(path[:-1]):
        get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
        if get_source is not None:
            try:
                text = get_source(module.__name__)
            except (ImportError, OSError):
                return fallback(module)
            return text is not None and "PySide6" in text
    return fallback(module)


def quicken() -> None:
    """Replace PySide6's check with `uses_pyside` (once; nothing happens where PySide6 has no such check)."""
    feature = sys.modules.get(_FEATURE)
    original = getattr(feature, _CHECK, None)
    if original is None or getattr(original, "__wrapped__", None) is not None:
        return

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, _CHECK, check)
