"""The catalogue dock (drag source of touchpoints) and the needs-based recommender dialog."""
