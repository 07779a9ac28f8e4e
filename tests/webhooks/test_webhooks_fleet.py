"""Two real listener processes (uvicorn) sharing a real redis-server, driven like Meta: exactly once, nothing lost.

The scenario lives in benchmarks/webhook_fleet.py and is shared with ``make bench``, which runs it with 5,000
deliveries (about 25 s on 2 cores); the suite runs FLEET_DELIVERIES (2,000 by default) to keep its share of `make
test` short.
"""

from __future__ import annotations

import os

import pytest

from benchmarks.webhook_fleet import run_fleet

DELIVERIES = int(os.environ.get("FLEET_DELIVERIES", "2000"))


@pytest.mark.integration
def test_two_processes_sharing_redis_handle_every_event_exactly_once(redis_url: str) -> None:
    result = run_fleet(redis_url, DELIVERIES, redelivery_share=0.2, fail_rate=0.1)
    assert result.redeliveries > DELIVERIES * 0.1  # the scenario really redelivers ...
    assert result.answers.get(500, 0) > 0  # ... handlers really fail and deliveries are resent ...
    assert result.answers[200] == DELIVERIES + result.redeliveries  # ... until every delivery got its 200
    assert result.lost == 0
    assert result.duplicates == 0
    assert result.exactly_once
