"""Limits every journey respects, in memory and on disk (the file-format contract)."""

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOUCHPOINTS = 10_000
MAX_LINKS = 50_000
MAX_STRING = 10_000
MAX_PERSONAS = 100
MAX_OPPORTUNITIES = 50_000
MAX_NESTING = 32
ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"
MAX_LOGO_BYTES = 256 * 1024  # a company logo kept in the file (PNG or SVG)
