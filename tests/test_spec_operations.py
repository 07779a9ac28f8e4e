"""Every operation in spec/, replayed through the SDK against its own documented examples.

For each operation: the wrapper method exists on both clients (derived name, as the generator's template derives
it); calling it with the documented path/query/body examples sends exactly that method, URL, query and body; the
documented response example parses into the typed model and round-trips. A spec change that breaks any of this
fails here, so the spec, the generated layer and the wrapper cannot drift apart.
"""

from __future__ import annotations

import builtins
import inspect
import io
import json
import re
import typing
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN, WABA_ID
from wacloud import AsyncWhatsApp, WhatsApp

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "generated" / "openapi.yaml").read_text())
APP_ID = "670843887433847"
DEFAULTED = {"phone_number_id": PHONE_ID, "waba_id": WABA_ID, "app_id": APP_ID}
#: Tags that are not client namespaces (the token exchange lives in ``wacloud.auth``).
NOT_NAMESPACES = {"oauth"}
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
#: Names the generator suffixes with ``_`` (openapi-python-client's reserved words): ``object`` -> ``object_``.
RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations() -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    found = []
    for path, item in SPEC["paths"].items():
        shared = [_resolve(p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                params = shared + [_resolve(p) for p in operation.get("parameters", [])]
                found.append((path, method, operation, params))
    return found


OPERATIONS = _operations()
IDS = [op[2]["operationId"] for op in OPERATIONS]


def method_name(tag: str, operation_id: str) -> str:
    """The rule of generator/templates/endpoint_init.py.jinja."""
    singular = tag[:-1] if tag.endswith("s") else tag
    padded = operation_id + "_"
    for word in (tag, singular):
        if f"_{word}_" in padded:
            return padded.replace(f"_{word}_", "_", 1)[:-1]
    return operation_id


def _json_example(content: dict[str, Any]) -> Any:
    if "example" in content:
        return content["example"]
    if "examples" in content:
        return next(iter(content["examples"].values()))["value"]
    return _resolve(content.get("schema", {})).get("example")


def _server(path: str, operation: dict[str, Any]) -> str | None:
    """The operation's own server (operation level first, then path item), when it declares one."""
    servers = operation.get("servers") or SPEC["paths"][path].get("servers")
    return servers[0]["url"] if servers else None


def _auth_scheme(operation: dict[str, Any]) -> str:
    """The HTTP auth scheme the operation's security requirement names (``Bearer`` unless it says otherwise)."""
    schemes = SPEC["components"]["securitySchemes"]
    for requirement in operation.get("security") or []:
        for name in requirement:
            if schemes[name].get("type") == "http":
                return "Bearer" if schemes[name]["scheme"].lower() == "bearer" else schemes[name]["scheme"]
    return "Bearer"


def _body_model(bound: Any) -> Any:
    hints = typing.get_type_hints(bound)
    return hints.get("body")


def _build_body(annotation: Any, example: Any) -> Any:
    candidates = [a for a in typing.get_args(annotation) if hasattr(a, "from_dict")] or [annotation]
    errors = []
    for candidate in candidates:
        try:
            return candidate.from_dict(example)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            errors.append(f"{candidate.__name__}: {exc!r}")
    raise AssertionError(f"body example fits no model: {errors}")


@pytest.mark.parametrize(("path", "method", "operation", "params"), OPERATIONS, ids=IDS)
def test_operation_has_docs_examples_and_typed_responses(
    path: str, method: str, operation: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    assert operation.get("summary") and operation.get("description"), "summary and description are required"
    assert operation.get("security") is not None, "security must be declared on every operation"
    ok = operation["responses"]["200"]["content"]["application/json"]
    schema = ok["schema"]
    assert "$ref" in schema, "the 200 response must be a named, typed schema"
    assert _json_example(ok) is not None, "the 200 response needs an example"
    assert operation["responses"]["default"] == {"$ref": "#/components/responses/GraphError"}
    for param in params:
        if param["in"] == "path" and param["name"] not in DEFAULTED:
            assert "example" in param, f"path parameter {param['name']} needs an example"


@pytest.mark.parametrize(("path", "method", "operation", "params"), OPERATIONS, ids=IDS)
def test_wrapper_method_exists_on_both_clients(
    path: str, method: str, operation: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    (tag,) = operation["tags"]
    if tag in NOT_NAMESPACES:
        import wacloud.auth

        for grant in ("exchange_token", "app_access_token", "exchange_code"):  # the three grant_types
            assert callable(getattr(wacloud.auth, grant))
            assert inspect.iscoroutinefunction(getattr(wacloud.auth, f"async_{grant}"))
        return
    name = method_name(tag, operation["operationId"])
    sync_client = WhatsApp(access_token=TOKEN)
    async_client = AsyncWhatsApp(access_token=TOKEN)
    assert callable(getattr(getattr(sync_client, tag), name)), f"client.{tag}.{name} missing"
    assert inspect.iscoroutinefunction(getattr(getattr(async_client, tag), name)), f"async client.{tag}.{name}"
    doc = getattr(getattr(sync_client, tag), name).__doc__ or ""
    assert "Example:" in doc and f"client.{tag}." in doc


def _replay_token_exchange(
    httpx_mock: HTTPXMock, path: str, operation: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    """The one unversioned operation, through wacloud.auth: its operation-level server is the Graph root."""
    import wacloud.auth

    (server,) = SPEC["paths"][path]["servers"]  # declared on the path item: the unversioned Graph root
    response_example = _json_example(operation["responses"]["200"]["content"]["application/json"])
    httpx_mock.add_response(json=response_example)
    result = wacloud.auth.exchange_token("EAAG-short-lived", app_id="1234", app_secret="app-secret-value-x")
    request = httpx_mock.get_request()
    assert request is not None
    assert str(request.url).split("?")[0] == server["url"] + path
    documented = {p["name"] for p in params if p["in"] == "query"}
    required = {p["name"] for p in params if p["in"] == "query" and p.get("required")}
    assert required <= set(request.url.params) <= documented
    assert result.response.to_dict() == response_example


@pytest.mark.parametrize(("path", "method", "operation", "params"), OPERATIONS, ids=IDS)
def test_operation_replays_documented_example(
    httpx_mock: HTTPXMock, path: str, method: str, operation: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    (tag,) = operation["tags"]
    if tag in NOT_NAMESPACES:
        _replay_token_exchange(httpx_mock, path, operation, params)
        return
    client = WhatsApp(
        access_token=TOKEN, phone_number_id=PHONE_ID, business_account_id=WABA_ID, app_id=APP_ID, max_retries=0
    )
    bound = getattr(getattr(client, tag), method_name(tag, operation["operationId"]))

    args: list[str] = []
    kwargs: dict[str, Any] = {}
    expected_path = path
    expected_query: dict[str, str] = {}
    expected_headers: dict[str, str] = {}
    expected_content: bytes | None = None
    for param in params:
        name = param["name"]
        if param["in"] == "path":
            value = DEFAULTED.get(name) or str(param["example"])
            expected_path = expected_path.replace("{" + name + "}", value)
            if name not in DEFAULTED:
                args.append(value)
        elif param["in"] == "query" and "example" in param:
            kwargs[name + "_" if name in RESERVED else name] = param["example"]
            rendered = param["example"]
            expected_query[name] = str(rendered).lower() if isinstance(rendered, bool) else str(rendered)
        elif param["in"] == "header":
            kwargs[name] = param["example"]
            expected_headers[name] = str(param["example"])

    expected_json: Any = None
    expected_form: dict[str, str] | None = None
    body_spec = operation.get("requestBody", {}).get("content", {})
    if body_spec:
        content_type, media = next(iter(body_spec.items()))
        example = _json_example(media)
        assert example is not None, "the request body needs an example"
        model = _body_model(bound)
        if content_type == "multipart/form-data":
            properties = _resolve(media["schema"])["properties"]
            binary = [k for k, v in properties.items() if v.get("format") == "binary"]
            # Repeated file parts (`business_documents[]`): an array of binary, one file in the replay.
            binary_lists = [k for k, v in properties.items() if v.get("items", {}).get("format") == "binary"]
            example = {**example, **{key: b"{}" for key in binary}, **{key: [b"{}"] for key in binary_lists}}
            kwargs["body"] = _build_body(model, example)
            files = [getattr(kwargs["body"], key) for key in binary]
            files += [file for key in binary_lists for file in getattr(kwargs["body"], re.sub(r"\W", "", key))]
            for file in files:
                file.payload, file.file_name, file.mime_type = io.BytesIO(b"{}"), "flow.json", "application/json"
        elif content_type == "application/octet-stream":
            from wacloud_api.types import File

            expected_content = str(example).encode()
            kwargs["body"] = File(payload=io.BytesIO(expected_content))
        else:
            kwargs["body"] = _build_body(model, example)
            if content_type == "application/x-www-form-urlencoded":
                expected_form = {k: str(v) for k, v in example.items()}
            else:
                expected_json = example

    response_example = _json_example(operation["responses"]["200"]["content"]["application/json"])
    httpx_mock.add_response(json=response_example)
    result = bound(*args, **kwargs)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == method.upper()
    base = _server(path, operation) or GRAPH  # an operation-level server replaces the versioned Graph base
    assert request.url.path == urllib.parse.urlsplit(base).path + expected_path
    assert str(request.url).startswith(base + "/")
    assert dict(request.url.params) == expected_query
    assert request.headers["authorization"] == f"{_auth_scheme(operation)} {TOKEN}"
    for name, value in expected_headers.items():
        assert request.headers[name] == value
    if expected_content is not None:
        assert request.content == expected_content
    if expected_json is not None:
        sent = json.loads(request.content)
        assert {k: v for k, v in sent.items() if k in expected_json} == expected_json
    if expected_form is not None:
        assert dict(urllib.parse.parse_qsl(request.content.decode())) == expected_form
    if body_spec and next(iter(body_spec)) == "multipart/form-data":
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")

    return_type = typing.get_type_hints(bound)["return"]
    assert isinstance(result, return_type)
    assert result.to_dict() == response_example


def _enums_reachable(node: Any, path: str, seen: set[str], found: list[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref not in seen:
                seen.add(ref)
                _enums_reachable(_resolve(node), ref.rsplit("/", 1)[-1], seen, found)
            return
        if "enum" in node:
            found.append(path)
        for key, value in node.items():
            if key not in ("example", "examples"):
                _enums_reachable(value, f"{path}.{key}", seen, found)
    elif isinstance(node, list):
        for item in node:
            _enums_reachable(item, path, seen, found)


def test_no_response_or_webhook_schema_uses_an_enum() -> None:
    """Meta adds values over time: anything Meta sends is an open string, so parsing never raises on a new one."""
    found: list[str] = []
    seen: set[str] = set()
    for _, _, operation, _ in OPERATIONS:
        for code, response in operation["responses"].items():
            _enums_reachable(response, f"{operation['operationId']}.{code}", seen, found)
    for name, schema in SPEC["components"]["schemas"].items():
        if name.startswith("Webhook"):
            _enums_reachable(schema, name, seen, found)
    assert found == []


def test_unknown_values_in_a_response_parse(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={
            "id": "1",
            "name": "t",
            "status": "SOME_NEW_STATUS",
            "category": "BRAND_NEW",
            "quality_score": {"score": "PURPLE"},
        }
    )
    template = WhatsApp(access_token=TOKEN).templates.get("1")
    assert template.status == "SOME_NEW_STATUS" and template.category == "BRAND_NEW"
