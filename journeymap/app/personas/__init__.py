"""Personas: the panel, the dialog that describes one, and the chips that put the selection on a path."""
