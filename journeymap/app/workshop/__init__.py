"""Workshop mode: the journey presented full screen phase by phase, with notes and a timer."""
