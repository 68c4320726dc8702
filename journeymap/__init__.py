"""journeymap: map customer journeys along the AIDA(LA) phases, offline."""


def __getattr__(name: str) -> str:
    """`__version__` is looked up on first use: `importlib.metadata` costs ~30 ms of every start otherwise."""
    if name != "__version__":
        raise AttributeError(f"module 'journeymap' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("journeymap")
    except metadata.PackageNotFoundError:  # running from a source tree without installation
        version = "0.1.0"
    globals()["__version__"] = version
    return version
