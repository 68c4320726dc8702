"""The main window: its frame, actions and menus, title, the first-paint probe and the guards on its text fields.
Importing this package stays light (the window's frame is shown before the rest is imported)."""
