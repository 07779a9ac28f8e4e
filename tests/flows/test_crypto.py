"""decrypt_request / encrypt_response against Meta's side written in conftest.py from the documented algorithm."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import pytest

from wacloud import ConfigurationError, InvalidArgumentError, flows

from .conftest import APP_SECRET, KEY_PASSWORD, Keys, jwt_hs256, meta_encrypt

INIT = {"version": "3.0", "action": "INIT", "flow_token": "tok-42"}
EXCHANGE = {
    "version": "3.0",
    "action": "data_exchange",
    "screen": "APPOINTMENT",
    "data": {"department": "beauty", "date": "2026-12-02"},
    "flow_token": "tok-42",
}


def test_round_trip_data_exchange(keys: Keys) -> None:
    meta = meta_encrypt(EXCHANGE, keys.public)
    request = flows.decrypt_request(meta.body, keys.private_pem)
    assert request.data == flows.FlowRequest(
        action="data_exchange",
        version="3.0",
        screen="APPOINTMENT",
        data={"department": "beauty", "date": "2026-12-02"},
        flow_token="tok-42",
    )
    answer = request.encrypt_response(request.data.respond("SUMMARY", {"slots": ["10:00", "11:30"]}))
    assert meta.decrypt_answer(answer) == {"screen": "SUMMARY", "data": {"slots": ["10:00", "11:30"]}, "version": "3.0"}


@pytest.mark.parametrize("form", ["bytes", "str", "mapping"])
def test_payload_as_bytes_text_or_parsed_json(keys: Keys, form: str) -> None:
    meta = meta_encrypt(INIT, keys.public)
    payload: Any = {"bytes": meta.body, "str": meta.body.decode(), "mapping": json.loads(meta.body)}[form]
    assert flows.decrypt_request(payload, keys.private_pem.decode()).data.action == "INIT"


def test_encrypted_private_key_with_password(keys: Keys) -> None:
    meta = meta_encrypt(INIT, keys.public)
    request = flows.decrypt_request(meta.body, keys.encrypted_pem, password=KEY_PASSWORD)
    assert request.data.flow_token == "tok-42"
    with pytest.raises(ConfigurationError, match="encrypted: pass its password"):
        flows.decrypt_request(meta.body, keys.encrypted_pem)
    with pytest.raises(ConfigurationError, match="could not be loaded") as caught:
        flows.decrypt_request(meta.body, keys.encrypted_pem, password="wrong")
    assert KEY_PASSWORD not in str(caught.value)


def test_loaded_key_object_is_accepted(keys: Keys) -> None:
    meta = meta_encrypt(INIT, keys.public)
    loaded = flows.load_private_key(keys.private_pem)
    assert flows.decrypt_request(meta.body, loaded).data.action == "INIT"
    assert flows.decrypt_request(meta.body, keys.private).data.action == "INIT"


def test_ping_answers_itself(keys: Keys) -> None:
    meta = meta_encrypt({"version": "3.0", "action": "ping"}, keys.public)
    request = flows.decrypt_request(meta.body, keys.private_pem)
    assert request.data.is_ping
    assert meta.decrypt_answer(request.encrypt_response()) == {"data": {"status": "active"}}


def test_error_notification_is_acknowledged(keys: Keys) -> None:
    notification = {
        "version": "3.0",
        "action": "data_exchange",
        "screen": "APPOINTMENT",
        "flow_token": "tok-42",
        "data": {"error": "invalid_screen_transition", "error_message": "screen not in routing model"},
    }
    meta = meta_encrypt(notification, keys.public)
    request = flows.decrypt_request(meta.body, keys.private_pem)
    assert request.data.is_error_notification
    assert meta.decrypt_answer(request.encrypt_response()) == {"data": {"acknowledged": True}}


def test_other_requests_need_a_response(keys: Keys) -> None:
    request = flows.decrypt_request(meta_encrypt(INIT, keys.public).body, keys.private_pem)
    with pytest.raises(InvalidArgumentError, match="needs a response"):
        request.encrypt_response()


def test_close_the_flow(keys: Keys) -> None:
    meta = meta_encrypt(EXCHANGE, keys.public)
    request = flows.decrypt_request(meta.body, keys.private_pem)
    answer = meta.decrypt_answer(request.encrypt_response(request.data.close({"booking": "B-1"})))
    assert answer == {
        "screen": "SUCCESS",
        "data": {"extension_message_response": {"params": {"booking": "B-1", "flow_token": "tok-42"}}},
        "version": "3.0",
    }


def test_mapping_response_is_sent_as_given(keys: Keys) -> None:
    meta = meta_encrypt(EXCHANGE, keys.public)
    request = flows.decrypt_request(meta.body, keys.private_pem)
    body = {"screen": "X", "data": {"emoji": "📦", "n": 1}}
    assert meta.decrypt_answer(request.encrypt_response(body)) == body
    with pytest.raises(InvalidArgumentError, match="JSON-serialisable"):
        request.encrypt_response({"screen": "X", "data": {"when": object()}})


def test_error_message_goes_into_data() -> None:
    response = flows.FlowResponse("FORM", {"a": 1}, error_message="Slot taken", version="3.0")
    assert response.to_dict() == {"screen": "FORM", "data": {"a": 1, "error_message": "Slot taken"}, "version": "3.0"}
    with pytest.raises(InvalidArgumentError):
        flows.FlowResponse("")
    with pytest.raises(InvalidArgumentError, match="one flow token"):
        flows.FlowResponse.close("a", {"flow_token": "b"})


def test_repr_hides_the_aes_key(keys: Keys) -> None:
    meta = meta_encrypt(INIT, keys.public)
    request = flows.decrypt_request(meta.body, keys.private_pem)
    text = repr(request)
    assert "tok-42" in text
    assert all(secret not in text for secret in meta.material())
    assert not hasattr(request, "aes_key")


def _tampered(body: bytes, field: str) -> bytes:
    payload = json.loads(body)
    raw = bytearray(base64.b64decode(payload[field]))
    raw[len(raw) // 2] ^= 0x01
    payload[field] = base64.b64encode(bytes(raw)).decode()
    return json.dumps(payload).encode()


@pytest.mark.parametrize(
    ("make_body", "message"),
    [
        (lambda body: b"not json", "not JSON"),
        (lambda body: b"[1, 2]", "not a JSON object"),
        (
            lambda body: json.dumps({k: v for k, v in json.loads(body).items() if k != "initial_vector"}).encode(),
            "initial_vector",
        ),
        (lambda body: json.dumps({**json.loads(body), "encrypted_aes_key": "%%%"}).encode(), "not valid base64"),
        (
            lambda body: json.dumps(
                {**json.loads(body), "initial_vector": base64.b64encode(b"x" * 12).decode()}
            ).encode(),
            "16 bytes",
        ),
        (lambda body: _tampered(body, "encrypted_flow_data"), "fails authentication"),
        (lambda body: _tampered(body, "initial_vector"), "fails authentication"),
        (lambda body: _tampered(body, "encrypted_aes_key"), "cannot be decrypted"),
    ],
    ids=[
        "not-json",
        "not-object",
        "missing-iv",
        "bad-base64",
        "short-iv",
        "tampered-data",
        "tampered-iv",
        "tampered-key",
    ],
)
def test_bad_payloads_are_421(keys: Keys, make_body: Any, message: str) -> None:
    meta = meta_encrypt(EXCHANGE, keys.public)
    with pytest.raises(flows.FlowDecryptionError, match=message) as caught:
        flows.decrypt_request(make_body(meta.body), keys.private_pem)
    assert caught.value.status_code == flows.HTTP_CANNOT_DECRYPT == 421
    assert caught.value.__cause__ is None
    assert all(secret not in str(caught.value) for secret in meta.material() + keys.material())


def test_wrong_key_is_421(keys: Keys, other_keys: Keys) -> None:
    meta = meta_encrypt(EXCHANGE, other_keys.public)
    with pytest.raises(flows.FlowDecryptionError, match="rotated"):
        flows.decrypt_request(meta.body, keys.private_pem)


def test_decrypted_plaintext_must_be_a_request(keys: Keys) -> None:
    meta = meta_encrypt({"version": "3.0", "screen": "A"}, keys.public)
    with pytest.raises(flows.FlowDecryptionError, match="no 'action'"):
        flows.decrypt_request(meta.body, keys.private_pem)


def test_unusable_private_keys() -> None:
    with pytest.raises(ConfigurationError, match="missing"):
        flows.load_private_key("")
    with pytest.raises(ConfigurationError, match="PEM format"):
        flows.load_private_key("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")


# ---------------------------------------------------------------- flow_token_signature


def test_flow_token_signature_verifies() -> None:
    token = jwt_hs256({"flow_token": "tok-42", "exp": int(time.time()) + 300}, APP_SECRET)
    claims = flows.verify_flow_token_signature(token, APP_SECRET, flow_token="tok-42")
    assert claims["flow_token"] == "tok-42"


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (None, "no flow_token_signature"),
        ("abc", "not a JWT"),
        ("a.b.c", "well-formed"),
        (jwt_hs256({"flow_token": "tok-42"}, "another-secret"), "does not match"),
        (jwt_hs256({"flow_token": "tok-42"}, APP_SECRET, alg="none"), "HS256"),
        (jwt_hs256({"flow_token": "tok-42", "exp": int(time.time()) - 3600}, APP_SECRET), "expired"),
        (jwt_hs256({"flow_token": "someone-else"}, APP_SECRET), "another flow token"),
    ],
    ids=["missing", "not-jwt", "garbage", "wrong-secret", "alg-none", "expired", "other-token"],
)
def test_bad_flow_token_signatures_are_432(token: str | None, message: str) -> None:
    with pytest.raises(flows.FlowSignatureError, match=message) as caught:
        flows.verify_flow_token_signature(token, APP_SECRET, flow_token="tok-42")
    assert caught.value.status_code == flows.HTTP_INVALID_SIGNATURE == 432
    assert APP_SECRET not in str(caught.value)


def test_request_signature(keys: Keys) -> None:
    meta = meta_encrypt(INIT, keys.public)
    flows.verify_request_signature(meta.body, meta.headers()["X-Hub-Signature-256"], APP_SECRET)
    with pytest.raises(flows.FlowSignatureError, match="does not match") as caught:
        flows.verify_request_signature(meta.body, meta.headers("wrong-secret")["X-Hub-Signature-256"], APP_SECRET)
    assert caught.value.status_code == 432


def test_token_no_longer_valid_body() -> None:
    error = flows.FlowTokenNoLongerValid("This order was already placed.")
    assert error.status_code == flows.HTTP_INVALID_FLOW_TOKEN == 427
    assert error.response_body() == {"error_msg": "This order was already placed."}
    with pytest.raises(InvalidArgumentError):
        flows.FlowTokenNoLongerValid("")


def test_generate_key_pair_round_trip(tmp_path: Any) -> None:
    pair = flows.generate_key_pair(password=KEY_PASSWORD)
    assert "PRIVATE" not in repr(pair) and pair.public_key_pem.startswith("-----BEGIN PUBLIC KEY-----")
    assert flows.public_key_pem(pair.private_key_pem, password=KEY_PASSWORD) == pair.public_key_pem
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    public = load_pem_public_key(pair.public_key_pem.encode())
    assert public.key_size == 2048  # type: ignore[union-attr]
    meta = meta_encrypt(INIT, public)  # type: ignore[arg-type]
    assert flows.decrypt_request(meta.body, pair.private_key_pem, password=KEY_PASSWORD).data.action == "INIT"
    path = flows.write_private_key(tmp_path / "key.pem", pair.private_key_pem)
    assert path.stat().st_mode & 0o777 == 0o600 and path.read_bytes() == pair.private_key_pem
    with pytest.raises(ConfigurationError, match="already exists"):
        flows.write_private_key(path, pair.private_key_pem)
