"""Find the bundled `resources/` folder wherever journeymap runs.

Three layouts are supported:
- a PyInstaller build: `sys._MEIPASS/resources`;
- an installed wheel: `journeymap/resources` inside the package (the wheel maps the top-level folder there);
- a source checkout or editable install: `resources/` beside the `journeymap/` package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder holding catalogue, icons, fonts, samples and translations."""
    package = Path(__file__).resolve().parent
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "catalogue").is_dir():
            return candidate
    raise FileNotFoundError(
        "journeymap's resources folder is missing; looked in: " + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. `resource_path("icons", "ar.svg")`."""
    return resources_dir().joinpath(*parts)
