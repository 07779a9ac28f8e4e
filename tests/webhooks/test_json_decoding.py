"""Webhook bodies decode to the same objects, and fail with the same errors, with and without the speedups extra."""

from __future__ import annotations

import builtins
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wacloud import _json, webhooks
from wacloud._errors import WebhookPayloadError

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)  # past 64 bits too: exact ints, never floats
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def _outcome(decode: Any, data: bytes | str) -> tuple[str, Any]:
    try:
        return "ok", decode(data)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return type(exc).__name__, None


@settings(max_examples=150, deadline=None)
@given(json_values, st.booleans())
def test_any_document_decodes_to_what_json_loads_returns(value: object, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _json.loads(text.encode()) == json.loads(text.encode())
    assert _json.loads(text) == json.loads(text)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=40) | st.text(max_size=40).map(str.encode))
def test_any_bytes_decode_or_fail_like_json_loads(data: bytes) -> None:
    assert _outcome(_json.loads, data) == _outcome(json.loads, data)


@pytest.mark.parametrize(
    "data",
    [
        b"[NaN, Infinity, -Infinity]",  # the stdlib accepts them; msgspec refuses
        b"\xef\xbb\xbf{}",  # a UTF-8 byte-order mark
        b'["\\ud800"]',  # a lone surrogate escape
        b"[1e400]",  # past the float range: inf
        b"[18446744073709551616, -9223372036854775809]",  # past 64 bits: exact, as json.loads keeps them
        '{"a": "\u00e9"}'.encode("utf-16"),  # json.loads detects UTF-16
    ],
)
def test_what_msgspec_refuses_is_decoded_by_the_stdlib(data: bytes) -> None:
    expected = json.loads(data)
    got = _json.loads(data)
    assert json.dumps(got) == json.dumps(expected)  # NaN != NaN: compare the re-encoded text
    if isinstance(expected, list) and expected and isinstance(expected[0], int):
        assert all(type(item) is int for item in got)


def test_the_installed_extra_is_used() -> None:
    pytest.importorskip("msgspec")
    assert _json.loads is not _json._stdlib


def test_without_the_extra_the_stdlib_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_msgspec(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "msgspec":
            raise ImportError("No module named 'msgspec'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_msgspec)
    assert _json._fast_decoder() is _json._stdlib


def test_a_bad_body_is_the_same_typed_error() -> None:
    for body in (b"", b"{", b'{"object": "whatsapp_business_account", "entry": [}', b"\xff"):
        with pytest.raises(WebhookPayloadError, match="not valid JSON"):
            webhooks.parse_webhook(body)
    assert math.isnan(_json.loads(b"NaN"))  # accepted, as json.loads accepts it
