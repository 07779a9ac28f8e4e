"""The real redis-server fixture starts, answers and is emptied per test."""

from __future__ import annotations

import redis


def test_redis_server_fixture_is_real_and_empty(redis_url: str) -> None:
    with redis.Redis.from_url(redis_url) as client:
        assert client.dbsize() == 0
        assert client.set("wacloud:probe", "1", nx=True, px=1000)
        assert not client.set("wacloud:probe", "2", nx=True, px=1000)
