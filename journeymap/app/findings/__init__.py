"""The findings dock: what the analysis finds in the journey, each finding shown on the map on request."""
