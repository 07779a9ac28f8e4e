"""TenantClients: built on demand, one shared pool, LRU-bounded, one load per tenant under concurrency."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx

from tests.conftest import SENT, TOKEN
from wacloud import AsyncTenantClients, AsyncWhatsApp, TenantClients, TenantCredentials, WhatsApp


def credentials(tenant: str) -> TenantCredentials:
    return TenantCredentials(access_token=f"EAAG-{tenant}-token", phone_number_id=str(1000 + int(tenant)))


def test_clients_are_built_once_share_the_pool_and_are_evicted_lru() -> None:
    loads: list[str] = []
    lock = threading.Lock()

    def loader(tenant: str) -> TenantCredentials:
        with lock:
            loads.append(tenant)
        return credentials(tenant)

    base = WhatsApp(
        access_token=TOKEN,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=SENT))),
    )
    tenants = TenantClients(base, loader, max_size=2)
    threads = [threading.Thread(target=tenants.get, args=("1",)) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loads == ["1"]
    one = tenants.get("1")
    assert one.http_client is base.http_client and one.phone_number_id == "1001"
    tenants.get("2")
    tenants.get("1")  # touch 1: 2 is now least recently used
    tenants.get("3")
    assert "2" not in tenants and "1" in tenants and len(tenants) == 2
    tenants.evict("1")
    tenants.get("1")
    assert loads == ["1", "2", "3", "1"]
    assert "EAAG-1-token" not in repr(credentials("1"))


async def test_async_registry_routes_each_tenant_with_its_own_credentials() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=SENT)

    loads: list[str] = []

    async def loader(tenant: str) -> TenantCredentials:
        loads.append(tenant)
        await asyncio.sleep(0)
        return credentials(tenant)

    base = AsyncWhatsApp(access_token=TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    tenants = AsyncTenantClients(base, loader, max_size=100)

    async def send(tenant: str) -> None:
        client = await tenants.get(tenant)
        await client.messages.send_text(to="15551234567", body=tenant)

    await asyncio.gather(*(send(str(n % 10)) for n in range(100)))
    assert sorted(loads) == [str(n) for n in range(10)]  # one load per tenant despite 10 concurrent askers each
    for request in seen:
        tenant = json.loads(request.content)["text"]["body"]
        assert request.url.path == f"/v26.0/{1000 + int(tenant)}/messages"
        assert request.headers["authorization"] == f"Bearer EAAG-{tenant}-token"
