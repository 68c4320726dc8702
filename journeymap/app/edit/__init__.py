"""The Edit menu: cut, copy, paste, delete, select all, and Link to…."""
