"""The editor's canvas: a projection of the journey model onto a QGraphicsScene, and the view that edits it.

    scene = JourneyScene(document, catalogue, lang="de")
    view = JourneyView(scene)

Items are built from the model and follow its signals; they never write to it. Every gesture ends in one command
on the document's undo stack.

The names below are imported on first use, so that a light submodule (`canvas.icons`, `canvas.mime`) can be
imported without the scene, the commands and the model (the window's toolbar needs icons before its first paint).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeymap.canvas.mime import TOUCHPOINT_MIME, entry_id_from, entry_mime
    from journeymap.canvas.scene import JourneyScene
    from journeymap.canvas.view import JourneyView

_WHERE = {"TOUCHPOINT_MIME": "mime", "entry_id_from": "mime", "entry_mime": "mime", "JourneyScene": "scene",
          "JourneyView": "view"}

__all__ = ["TOUCHPOINT_MIME", "JourneyScene", "JourneyView", "entry_id_from", "entry_mime"]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'journeymap.canvas' has no attribute {name!r}")
    value = getattr(import_module(f"journeymap.canvas.{module}"), name)
    globals()[name] = value
    return value
