"""journeymap: map customer journeys along the AIDA(LA) phases, offline."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("journeymap")
except _metadata.PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.1.0"
