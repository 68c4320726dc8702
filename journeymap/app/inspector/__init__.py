"""The inspector dock and its forms: a touchpoint (with KPIs, emotion and personas) or a link."""
