"""Whatever arrives, decryption either succeeds or refuses with 421: no other exception escapes."""

from __future__ import annotations

import base64
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wacloud import flows

from .conftest import Keys, meta_encrypt

b64 = st.binary(max_size=300).map(lambda raw: base64.b64encode(raw).decode())
FIELDS = ("encrypted_flow_data", "encrypted_aes_key", "initial_vector")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=2000))
def test_arbitrary_bytes_are_421(keys: Keys, body: bytes) -> None:
    try:
        flows.decrypt_request(body, keys.private_pem)
    except flows.FlowDecryptionError as error:
        assert error.status_code == 421
    else:
        raise AssertionError("random bytes decrypted")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    values=st.fixed_dictionaries(
        {name: st.one_of(b64, st.text(max_size=40), st.integers(), st.none()) for name in FIELDS}
    )
)
def test_arbitrary_envelopes_are_421(keys: Keys, values: dict[str, object]) -> None:
    try:
        flows.decrypt_request(json.dumps(values), keys.private_pem)
    except flows.FlowDecryptionError as error:
        assert error.status_code == 421
    else:
        raise AssertionError("a random envelope decrypted")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7), field=st.sampled_from(FIELDS))
def test_any_flipped_bit_is_caught(keys: Keys, position: int, bit: int, field: str) -> None:
    meta = meta_encrypt({"version": "3.0", "action": "INIT", "flow_token": "t"}, keys.public)
    payload = json.loads(meta.body)
    raw = bytearray(base64.b64decode(payload[field]))
    raw[position % len(raw)] ^= 1 << bit
    payload[field] = base64.b64encode(bytes(raw)).decode()
    try:
        flows.decrypt_request(payload, keys.private_pem)
    except flows.FlowDecryptionError:
        return
    raise AssertionError(f"a flipped bit in {field} went unnoticed")
