"""The graphics items of the canvas: lanes and the emotion band, cards, links, the emotion curve, markers."""
