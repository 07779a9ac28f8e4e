"""Every operation of the spec is routed by the emulator: its documented request gets a Graph answer, never a 500.

Path ids are the tenant's (phone number, WABA) or the spec's examples, which the router resolves by node type;
bodies are the documented request examples.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from wacloud.emulator import Emulator, Tenant
from wacloud.emulator._spec import Operation, SpecIndex

pytestmark = pytest.mark.integration

SPEC = SpecIndex()
#: The token grants (no bearer token; tests/test_auth*.py) and multipart uploads (tests/integration/test_emulator.py)
#: are exercised with real payloads elsewhere.
ROUTED = [
    op
    for op in SPEC.operations
    if op.operation_id != "exchange_access_token" and "multipart/form-data" not in op.body_content
]
TOKEN = "EAAG-routes-token"
TENANT_IDS = {"phone_number_id": "1001", "waba_id": "2001", "app_id": "670843887433847"}


def _example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    if "examples" in media:
        return next(iter(media["examples"].values()))["value"]
    return SPEC.resolve(media.get("schema", {})).get("example")


def _path_examples(operation: Operation) -> dict[str, str]:
    item = SPEC.document["paths"][operation.template]
    spec = item[operation.method.lower()]
    params = [SPEC.resolve(p) for p in item.get("parameters", []) + spec.get("parameters", [])]
    return {p["name"]: str(p.get("example", "")) for p in params if p["in"] == "path"}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with Emulator([Tenant("1001", "2001", {TOKEN})], app_secret="app-secret-value-routes") as emulator:
        yield emulator.base_url


@pytest.mark.parametrize("operation", ROUTED, ids=[op.operation_id for op in ROUTED])
def test_every_operation_is_routed(base_url: str, operation: Operation) -> None:
    path = operation.template
    for name, example in _path_examples(operation).items():
        path = path.replace("{" + name + "}", TENANT_IDS.get(name, example))
    query = {name: str(p["example"]) for name, p in operation.query_params.items() if p.get("required")}
    request: dict[str, Any] = {"params": query, "headers": {"Authorization": f"Bearer {TOKEN}"}}
    if operation.body_content:
        content_type, media = next(iter(operation.body_content.items()))
        body = _example(media)
        request["data" if content_type == "application/x-www-form-urlencoded" else "json"] = body
    response = httpx.request(operation.method, f"{base_url}/v26.0{path}", **request)
    assert response.status_code < 500, response.text
    assert "Unknown path components" not in response.text
