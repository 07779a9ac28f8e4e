"""Meta's side of the data-exchange protocol, written here from Meta's documented algorithm (not with wacloud.flows).

Meta generates a 128-bit AES key and a 128-bit IV per request, encrypts the JSON request with AES-128-GCM (tag
appended), wraps the key with the business public key (RSA-OAEP, SHA-256 for OAEP and MGF1), base64-encodes all
three, and decrypts the answer with the same key and the bit-flipped IV. This uses cryptography's low-level
``Cipher``/``modes.GCM`` API, a different code path from the ``AESGCM`` one the module under test uses.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

APP_SECRET = "the-app-secret-value"  # listed in tests/conftest.py's secret scan
KEY_PASSWORD = "s3cret-from-env-key-password"  # also matched by the scan

Reply = tuple[int, dict[str, str], bytes]


@dataclass(frozen=True)
class Keys:
    private: rsa.RSAPrivateKey
    private_pem: bytes
    encrypted_pem: bytes  # the same key, encrypted with KEY_PASSWORD
    public: rsa.RSAPublicKey

    def material(self) -> list[str]:
        """Strings that must never appear in a log line: the PEM bodies (line by line) and the password."""
        lines = [line for pem in (self.private_pem, self.encrypted_pem) for line in pem.decode().splitlines()]
        return [line for line in lines if "-----" not in line and len(line) > 16] + [KEY_PASSWORD]


def _keys() -> Keys:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return Keys(
        private=private,
        private_pem=private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        encrypted_pem=private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(KEY_PASSWORD.encode()),
        ),
        public=private.public_key(),
    )


@pytest.fixture(scope="session")
def keys() -> Keys:
    """The business key pair, generated for this test run."""
    return _keys()


@pytest.fixture(scope="session")
def other_keys() -> Keys:
    """A second key pair: Meta encrypting to it is what a rotated or wrong key looks like."""
    return _keys()


@dataclass
class MetaRequest:
    """One request as Meta sends it, with the secrets Meta keeps to read the answer."""

    body: bytes
    aes_key: bytes
    iv: bytes
    encrypted_aes_key: str

    def headers(self, secret: str = APP_SECRET) -> dict[str, str]:
        signature = "sha256=" + hmac.new(secret.encode(), self.body, hashlib.sha256).hexdigest()
        return {"Content-Type": "application/json", "X-Hub-Signature-256": signature}

    def decrypt_answer(self, answer: bytes | str) -> Any:
        raw = base64.b64decode(answer)
        flipped = bytes(byte ^ 0xFF for byte in self.iv)
        decryptor = Cipher(algorithms.AES(self.aes_key), modes.GCM(flipped, raw[-16:])).decryptor()
        return json.loads(decryptor.update(raw[:-16]) + decryptor.finalize())

    def material(self) -> list[str]:
        """The AES key in every encoding a log could show, and the wrapped key."""
        return [base64.b64encode(self.aes_key).decode(), self.aes_key.hex(), self.encrypted_aes_key]


def meta_encrypt(request: dict[str, Any], public: rsa.RSAPublicKey, *, iv: bytes | None = None) -> MetaRequest:
    aes_key = os.urandom(16)
    iv = os.urandom(16) if iv is None else iv
    encryptor = Cipher(algorithms.AES(aes_key), modes.GCM(iv)).encryptor()
    ciphertext = encryptor.update(json.dumps(request).encode()) + encryptor.finalize()
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    wrapped = base64.b64encode(public.encrypt(aes_key, oaep)).decode()
    body = {
        "encrypted_flow_data": base64.b64encode(ciphertext + encryptor.tag).decode(),
        "encrypted_aes_key": wrapped,
        "initial_vector": base64.b64encode(iv).decode(),
    }
    return MetaRequest(json.dumps(body).encode(), aes_key, iv, wrapped)


def jwt_hs256(claims: dict[str, Any], secret: str, *, alg: str = "HS256") -> str:
    """A JWT as Meta's flow_token_signature (HS256 with the app secret)."""

    def segment(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    signing_input = f"{segment(json.dumps({'alg': alg, 'typ': 'JWT'}).encode())}.{segment(json.dumps(claims).encode())}"
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{segment(signature)}"


def call_asgi(app: Any, method: str, path: str, *, headers: dict[str, str] | None = None, body: bytes = b"") -> Reply:
    """Drive an ASGI app in-process (the body in 64 KiB chunks, as servers deliver it)."""

    async def run() -> Reply:
        chunks = [body[i : i + 65536] for i in range(0, len(body), 65536)] or [b""]
        incoming = [
            {"type": "http.request", "body": chunk, "more_body": index < len(chunks) - 1}
            for index, chunk in enumerate(chunks)
        ]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return incoming.pop(0) if incoming else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "method": method,
            "path": path,
            "root_path": "",
            "query_string": b"",
            "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
        }
        await app(scope, receive, send)
        start = next(m for m in sent if m["type"] == "http.response.start")
        payload = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, payload

    return asyncio.run(run())


def call_wsgi(app: Any, method: str, path: str, *, headers: dict[str, str] | None = None, body: bytes = b"") -> Reply:
    """Drive a WSGI app in-process."""
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    for name, value in (headers or {}).items():
        key = name.upper().replace("-", "_")
        environ[key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else f"HTTP_{key}"] = value
    captured: dict[str, Any] = {}

    def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
        captured["status"] = int(status.split()[0])
        captured["headers"] = {k.lower(): v for k, v in response_headers}

    payload = b"".join(app(environ, start_response))
    return captured["status"], captured["headers"], payload


Caller = Callable[..., Reply]


@pytest.fixture(params=["asgi", "wsgi"])
def serve(request: pytest.FixtureRequest) -> Callable[[Any], Callable[..., Reply]]:
    """``serve(endpoint)`` → a caller POSTing to the endpoint's ASGI or WSGI app (each test runs with both)."""

    def bind(endpoint: Any) -> Callable[..., Reply]:
        app = endpoint.asgi if request.param == "asgi" else endpoint.wsgi
        caller = call_asgi if request.param == "asgi" else call_wsgi

        def post(path: str = "/", **options: Any) -> Reply:
            method = options.pop("method", "POST")
            return caller(app, method, path, **options)

        return post

    return bind
