"""Serve several businesses from one process: one client per tenant, all on one connection pool.

Tenants are read from a JSON file (a stand-in for your database): {"tenant-id": {"access_token": ...,
"phone_number_id": ...}, ...}. WA_BASE_URL points the clients at the local emulator.

Run: python examples/tenants.py tenants.json 15551234567
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wacloud import TenantClients, TenantCredentials, WhatsApp


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python examples/tenants.py TENANTS.json [RECIPIENT]", file=sys.stderr)
        return 2
    records = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    to = argv[1] if len(argv) > 1 else "15551234567"

    def load(tenant_id: str) -> TenantCredentials:
        record = records[tenant_id]  # called once per tenant, then cached (LRU)
        return TenantCredentials(access_token=record["access_token"], phone_number_id=record["phone_number_id"])

    with WhatsApp(access_token="unused-base-token") as base:
        tenants = TenantClients(base, load)
        for tenant_id in records:
            client = tenants.get(tenant_id)  # shares base's pool; never mutates it
            sent = client.messages.send_text(to=to, body=f"Hello from {tenant_id}")
            print(f"{tenant_id}: sent {sent.messages[0].id} from {client.phone_number_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
