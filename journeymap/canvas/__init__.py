"""The editor's canvas: a projection of the journey model onto a QGraphicsScene, and the view that edits it.

    scene = JourneyScene(document, catalogue, lang="de")
    view = JourneyView(scene)

Items are built from the model and follow its signals; they never write to it. Every gesture ends in one command
on the document's undo stack.

The names below are imported on first use, so that a light submodule (`canvas.icons`, `canvas.mime`) can be
imported without the scene, the commands and the model (the window's toolbar needs icons before its first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.lazy import lazy_names

if TYPE_CHECKING:
    from journeymap.canvas.mime import TOUCHPOINT_MIME, entry_id_from, entry_mime
    from journeymap.canvas.scene import JourneyScene
    from journeymap.canvas.view import JourneyView

_WHERE = {"TOUCHPOINT_MIME": "mime", "entry_id_from": "mime", "entry_mime": "mime", "JourneyScene": "scene",
          "JourneyView": "view"}

__all__ = ["TOUCHPOINT_MIME", "JourneyScene", "JourneyView", "entry_id_from", "entry_mime"]

__getattr__ = lazy_names(__name__, _WHERE)
