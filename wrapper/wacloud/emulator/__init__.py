"""A local emulator of the WhatsApp Cloud API (``wacloud emulator``, or ``Emulator`` in tests).

It serves every operation of spec/ on 127.0.0.1: requests are validated against the spec (Graph's error envelope,
code 100, on a bad body), bearer tokens are checked per tenant (code 190 when wrong or revoked), sends, media,
templates and business profiles are kept in memory, throttling and Meta's per-number throughput (130429 past it) can be switched on, and every accepted send is
followed by signed ``sent`` → ``delivered`` → ``read`` status webhooks.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import threading
from collections.abc import Sequence
from pathlib import Path

from .._constants import DEFAULT_EMULATOR_PORT
from .._errors import ConfigurationError
from ..cli import port_number
from ._flows import FlowExchangeError, FlowSession
from ._server import Emulator, ThreadedServer
from ._state import Tenant

__all__ = [
    "DEFAULT_APP_SECRET",
    "DEFAULT_TOKEN",
    "Emulator",
    "FlowExchangeError",
    "FlowSession",
    "Tenant",
    "ThreadedServer",
    "main",
]

#: Signs the emulator's webhooks when WA_APP_SECRET is not set.
DEFAULT_APP_SECRET = "emulator-app-secret"
#: The access token of the default tenant (when no --tenant/--config is given): valid on the emulator only.
DEFAULT_TOKEN = "EAAG-emulator-token"


def _tenant(spec: str) -> Tenant:
    parts = spec.split(":")
    if len(parts) != 3 or not all(parts):
        raise ConfigurationError(f"--tenant takes PHONE_NUMBER_ID:WABA_ID:TOKEN, got {spec!r}.")
    return Tenant(parts[0], parts[1], {parts[2]})


def _tenants_from_file(path: Path) -> list[Tenant]:
    """``{"tenants": [{"phone_number_id": ..., "waba_id": ..., "tokens": [...]}]}``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Tenant(str(t["phone_number_id"]), str(t["waba_id"]), set(t["tokens"])) for t in data["tenants"]]


def main(argv: Sequence[str] | None = None) -> int:
    """``wacloud emulator``: serve the emulator until interrupted."""
    parser = argparse.ArgumentParser(prog="wacloud emulator", description="Local WhatsApp Cloud API on 127.0.0.1.")
    parser.add_argument(
        "--port", type=port_number, default=DEFAULT_EMULATOR_PORT, help=f"default {DEFAULT_EMULATOR_PORT}"
    )
    parser.add_argument("--config", type=Path, help="JSON file with tenants")
    parser.add_argument("--tenant", action="append", default=[], help="PHONE_NUMBER_ID:WABA_ID:TOKEN (repeatable)")
    parser.add_argument("--webhook-url", help="where to POST signed status webhooks")
    parser.add_argument(
        "--throughput", type=float, help="messages per second per number; past it sends get 130429 (default: unlimited)"
    )
    args = parser.parse_args(argv)
    tenants = [_tenant(t) for t in args.tenant] + (_tenants_from_file(args.config) if args.config else [])
    default_tenant = not tenants
    if default_tenant:
        tenants = [Tenant("106540352242922", "102290129340398", {DEFAULT_TOKEN})]
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if args.throughput is not None and not args.throughput > 0:
        raise ConfigurationError(f"--throughput must be positive messages per second, got {args.throughput!r}.")
    # The webhook signing secret comes from the environment, as the listener reads it: never a command-line argument.
    app_secret = os.environ.get("WA_APP_SECRET") or DEFAULT_APP_SECRET
    with Emulator(
        tenants, port=args.port, app_secret=app_secret, webhook_url=args.webhook_url, throughput=args.throughput
    ) as emulator:
        print(f"emulator on {emulator.base_url} (WA_BASE_URL); tenants:", flush=True)
        for tenant in tenants:
            print(f"  phone_number_id={tenant.phone_number_id} waba_id={tenant.waba_id}", flush=True)
        if default_tenant:  # an emulator-only token, printed so the first run needs no reading
            print(f"  access token: {DEFAULT_TOKEN} (CLOUD_API_ACCESS_TOKEN)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0
