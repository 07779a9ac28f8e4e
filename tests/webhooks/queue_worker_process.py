"""A queue worker process for the kill test: ``python queue_worker_process.py`` with its settings in the environment.

``WORKER_MODE=hang`` writes ``started <id>`` to ``WORKER_LOG`` and then blocks forever in the handler (the test
kills it there); ``WORKER_MODE=record`` writes ``handled <id>``. Both share the Redis Stream and the de-duplication
store at ``WORKER_REDIS_URL`` with a short claim/lease, so a dead worker's delivery is taken over quickly.
"""

from __future__ import annotations

import os
import threading

import redis

from wacloud import webhooks


def main() -> None:
    url = os.environ["WORKER_REDIS_URL"]
    mode = os.environ["WORKER_MODE"]
    log_path = os.environ["WORKER_LOG"]
    forever = threading.Event()

    def handler(message: webhooks.Message) -> None:
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(f"{'started' if mode == 'hang' else 'handled'} {message.id} {os.getpid()}\n")
        if mode == "hang":
            forever.wait()

    listener = webhooks.WebhookListener(
        verify_token="worker-verify-token",
        app_secret="worker-app-secret",
        environ={},
        acknowledge_first=webhooks.RedisStreamQueue(url, claim_idle=1.0),
        dedupe=webhooks.RedisDedupeStore(redis.Redis.from_url(url), lease=1.0),
        consumers=1,
        on_message=handler,
    )
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(f"ready {os.getpid()}\n")
    listener.run_consumers()


if __name__ == "__main__":
    main()
