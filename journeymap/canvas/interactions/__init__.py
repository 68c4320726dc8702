"""The view's gestures, each a small object: moving cards, drawing links, panning, dropping from the catalogue,
renaming in place."""
