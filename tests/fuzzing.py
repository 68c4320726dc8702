"""Shared hypothesis settings for the fuzz tests: a few hundred cases in `make test`, 10,000 per input kind in
`make fuzz` (which sets `JOURNEYMAP_FUZZ_EXAMPLES`)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("JOURNEYMAP_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
fuzz = pytest.mark.fuzz
