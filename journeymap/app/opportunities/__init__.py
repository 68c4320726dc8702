"""The Opportunities panel: a sortable list and the impact/effort matrix of the journey's opportunities."""
