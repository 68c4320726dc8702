"""Dialogs of the Journey and Help menus: properties (with the logo), phases, about."""
