"""The editor's canvas: a projection of the journey model onto a QGraphicsScene, and the view that edits it.

    scene = JourneyScene(document, catalogue, lang="de")
    view = JourneyView(scene)

Items are built from the model and follow its signals; they never write to it. Every gesture ends in one command
on the document's undo stack.
"""

from journeymap.canvas.mime import TOUCHPOINT_MIME, entry_id_from, entry_mime
from journeymap.canvas.scene import JourneyScene
from journeymap.canvas.view import JourneyView

__all__ = ["TOUCHPOINT_MIME", "JourneyScene", "JourneyView", "entry_id_from", "entry_mime"]
