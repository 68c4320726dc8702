"""Package names imported from their modules on first use (a module-level `__getattr__`, PEP 562)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(package: str, module_of: Mapping[str, str]) -> Callable[[str], Any]:
    """The `__getattr__` of `package`: each name of `module_of` (name → submodule) is imported from its submodule
    when first asked for, then kept in the package; any other name is an AttributeError (so that `from package
    import submodule` still imports the submodule)."""

    def __getattr__(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
