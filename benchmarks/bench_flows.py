"""Flows data endpoint: ``decrypt_request`` + ``encrypt_response`` of a typical request, next to the same
cryptography primitives called by hand, and against the 2 ms target (Meta's endpoint budget is seconds).

Run: ``PYTHONPATH=wrapper:generated python benchmarks/bench_flows.py``. ``run()`` returns one dict per measurement.
"""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from wacloud import flows

BUDGET_US = 2000.0
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
#: A data_exchange request as a booking Flow sends it.
REQUEST = {
    "version": "3.0",
    "action": "data_exchange",
    "screen": "APPOINTMENT",
    "data": {"department": "beauty", "location": "1", "date": "2026-12-02", "time": "10:30"},
    "flow_token": "flows-builder-3b5a7c9e",
}
ANSWER = {"screen": "DETAILS", "data": {"slots": [{"id": str(n), "title": f"{9 + n}:00"} for n in range(8)]}}


def _meta_request(public: rsa.RSAPublicKey) -> bytes:
    aes_key, iv = os.urandom(16), os.urandom(16)
    return json.dumps(
        {
            "encrypted_flow_data": base64.b64encode(
                AESGCM(aes_key).encrypt(iv, json.dumps(REQUEST).encode(), None)
            ).decode(),
            "encrypted_aes_key": base64.b64encode(public.encrypt(aes_key, OAEP)).decode(),
            "initial_vector": base64.b64encode(iv).decode(),
        }
    ).encode()


def _per_call_us(func: Callable[[], object], loops: int, repeats: int) -> float:
    func()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(loops):
            func()
        best = min(best, time.perf_counter() - start)
    return best / loops * 1e6


def run(loops: int = 300, repeats: int = 5) -> list[dict[str, Any]]:
    """Rows ``{"name", "us_per_call", "ratio_to_primitives", "share_of_budget"}``."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    body = _meta_request(key.public_key())

    def wacloud_round() -> str:
        request = flows.decrypt_request(body, pem)  # PEM in, as users pass it: the parsed key is cached
        return request.encrypt_response(request.data.respond(ANSWER["screen"], ANSWER["data"]))

    def primitives_round() -> str:
        payload = json.loads(body)
        aes_key = key.decrypt(base64.b64decode(payload["encrypted_aes_key"]), OAEP)
        iv = base64.b64decode(payload["initial_vector"])
        cipher = AESGCM(aes_key)
        json.loads(cipher.decrypt(iv, base64.b64decode(payload["encrypted_flow_data"]), None))
        flipped = bytes(byte ^ 0xFF for byte in iv)
        return base64.b64encode(
            cipher.encrypt(flipped, json.dumps({**ANSWER, "version": "3.0"}).encode(), None)
        ).decode()

    sdk = primitives = float("inf")
    for _ in range(repeats):  # interleaved, so both see the same machine state
        primitives = min(primitives, _per_call_us(primitives_round, loops, 1))
        sdk = min(sdk, _per_call_us(wacloud_round, loops, 1))
    return [
        {
            "name": "flows decrypt_request + encrypt_response",
            "us_per_call": round(sdk, 1),
            "ratio_to_primitives": round(sdk / primitives, 3),
            "share_of_budget": round(sdk / BUDGET_US, 3),
        },
        {"name": "  same with cryptography primitives by hand", "us_per_call": round(primitives, 1)},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
