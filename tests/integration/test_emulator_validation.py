"""Property test of the emulator's spec validation: valid bodies accepted, invalid ones a Graph 4xx, never a 500.

Bodies are generated from the spec's own schemas (the send-message union and the media and template schemas it
references), so this test follows the spec as it grows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wacloud.emulator import Emulator, Tenant
from wacloud.emulator._spec import SpecIndex, validate

pytestmark = pytest.mark.integration

SPEC = SpecIndex()
TOKEN = "EAAG-property-token"


def from_schema(schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid for ``schema`` (the JSON Schema subset the spec uses)."""
    schema = SPEC.resolve(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "oneOf" in schema:
        return st.one_of([from_schema(option, depth + 1) for option in schema["oneOf"]])
    if "allOf" in schema:
        parts = [from_schema(part, depth + 1) for part in schema["allOf"]]
        return st.tuples(*parts).map(lambda dicts: {k: v for d in dicts for k, v in d.items()})
    if "x-required-any" in schema:  # at least one of these properties (a message's `to` / `recipient`)
        names = schema["x-required-any"]
        plain = {key: value for key, value in schema.items() if key != "x-required-any"}
        return from_schema(plain, depth).filter(lambda body: any(name in body for name in names))
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = schema.get("required", [])
        properties = schema.get("properties", {})
        optional = [name for name in properties if name not in required] if depth < 4 else []
        return st.fixed_dictionaries(
            {name: from_schema(properties[name], depth + 1) for name in required},
            optional={name: from_schema(properties[name], depth + 1) for name in optional},
        )
    if kind == "array":
        low, high = schema.get("minItems", 0), min(schema.get("maxItems", 3), 3)
        return st.lists(from_schema(schema.get("items", {}), depth + 1), min_size=low, max_size=max(low, high))
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum", 0), max_value=schema.get("maximum", 10**6))
    if kind == "number":
        return st.floats(min_value=schema.get("minimum", -90), max_value=schema.get("maximum", 90), allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    return st.text(st.characters(codec="utf-8"), min_size=1, max_size=min(schema.get("maxLength", 20), 20))


SEND_SCHEMA = {"$ref": "#/components/schemas/MessageRequest"}
# Templates and groups must exist to be sent: keep the generated sends to the other variants (tested elsewhere).
VALID_SENDS = from_schema(SEND_SCHEMA).filter(
    # Group sends and pins need a group that exists (tests/integration/test_groups.py covers them).
    lambda body: body.get("type") not in ("template", "pin") and body.get("recipient_type") != "group"
)
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with Emulator([Tenant("1001", "2001", {TOKEN})]) as emulator:
        yield emulator.base_url


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(body=VALID_SENDS)
def test_valid_sends_are_accepted(base_url: str, http: httpx.Client, body: dict[str, Any]) -> None:
    assert validate(SEND_SCHEMA, body, SPEC) is None
    response = http.post(f"{base_url}/v26.0/1001/messages", json=body)
    assert response.status_code == 200, response.text


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(body=VALID_SENDS, key=st.text(min_size=1, max_size=12), junk=JUNK, drop=st.booleans())
def test_mutated_sends_get_a_graph_error_never_a_500(
    base_url: str, http: httpx.Client, body: dict[str, Any], key: str, junk: Any, drop: bool
) -> None:
    mutated = dict(body)
    target = sorted(mutated)[hash(key) % len(mutated)]
    if drop:
        mutated.pop(target)
    else:
        mutated[target] = junk
    response = http.post(f"{base_url}/v26.0/1001/messages", json=mutated)
    if validate(SEND_SCHEMA, mutated, SPEC) is None:
        assert response.status_code == 200  # the mutation happened to keep the body valid
    else:
        assert 400 <= response.status_code < 500, response.text
        assert response.json()["error"]["code"] == 100


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw=st.binary(max_size=200),
    path=st.sampled_from(["/v26.0/1001/messages", "/v26.0/1001/media", "/v26.0/nope", "/v26.0/2001/message_templates"]),
)
def test_arbitrary_bytes_never_crash_the_emulator(base_url: str, http: httpx.Client, raw: bytes, path: str) -> None:
    response = http.post(base_url + path, content=raw, headers={"Content-Type": "application/json"})
    assert 400 <= response.status_code < 500
    assert "error" in response.json()


def _json_operations() -> list[Any]:
    """Every operation with a JSON body whose path ids the emulator's tenant owns."""
    found = []
    for operation in SPEC.operations:
        media = operation.body_content.get("application/json")
        if media is not None and set(operation.path_params) <= {"phone_number_id", "waba_id"}:
            found.append(pytest.param(operation, media["schema"], id=operation.operation_id))
    return found


JSON_OPERATIONS = _json_operations()


def _url(base_url: str, operation: Any) -> str:
    path = operation.template.replace("{phone_number_id}", "1001").replace("{waba_id}", "2001")
    return f"{base_url}/v26.0{path}"


def test_every_json_operation_is_covered() -> None:
    assert len(JSON_OPERATIONS) >= 10  # grows with the spec


@pytest.mark.parametrize(("operation", "schema"), JSON_OPERATIONS)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data())
def test_spec_valid_bodies_pass_validation_for_every_operation(
    base_url: str, http: httpx.Client, operation: Any, schema: Any, data: st.DataObject
) -> None:
    body = data.draw(from_schema(schema))
    response = http.request(operation.method, _url(base_url, operation), json=body)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:  # allowed only for business rules (unknown template...), never validation
        error = response.json()["error"]
        details = error.get("error_data", {}).get("details", "")
        # Validation failures are code 100 naming the body path; business-rule codes may carry any text (a template
        # name drawn as "body" is fine).
        assert not (error["code"] == 100 and details.startswith("body")), details


@pytest.mark.parametrize(("operation", "schema"), JSON_OPERATIONS)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(junk=JUNK)
def test_spec_invalid_bodies_get_code_100_for_every_operation(
    base_url: str, http: httpx.Client, operation: Any, schema: Any, junk: Any
) -> None:
    response = http.request(operation.method, _url(base_url, operation), json=junk)
    no_body = junk is None and not operation.body_required  # httpx sends no body for json=None
    if no_body or validate(schema, junk, SPEC) is None:
        assert response.status_code < 500
    else:
        assert response.status_code == 400, response.text
        assert response.json()["error"]["code"] == 100
