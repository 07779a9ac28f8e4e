"""Decrypt a data-exchange request and encrypt its answer, exactly as Meta documents it.

The request body Meta POSTs is ``{"encrypted_flow_data", "encrypted_aes_key", "initial_vector"}``, all base64:

1. ``encrypted_aes_key`` is a 128-bit AES key encrypted with the business public key, RSA-OAEP with SHA-256 (for
   OAEP and MGF1); it is unwrapped with the private key.
2. ``encrypted_flow_data`` is the JSON request encrypted with AES-128-GCM under that key and the 128-bit (16-byte)
   ``initial_vector``, the 16-byte authentication tag appended.
3. The answer is the JSON response encrypted with the same key and the *bit-flipped* IV (every byte XOR 0xFF), tag
   appended, base64-encoded, sent as the plain-text body.

``cryptography`` (the ``flows`` extra) is imported on first use, so ``wacloud.flows`` imports without it.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._errors import ConfigurationError, InvalidArgumentError
from ._errors import FlowDecryptionError
from ._exchange import FlowRequest, FlowResponse

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["DecryptedRequest", "decrypt_request", "load_private_key"]

_FIELDS = ("encrypted_flow_data", "encrypted_aes_key", "initial_vector")
_AES_KEY_BYTES = 16  # AES-128
_IV_BYTES = 16  # Meta's 128-bit IV (GCM usually uses 12; cryptography's AESGCM accepts 16)
_TAG_BYTES = 16
_PING_ANSWER: Mapping[str, Any] = {"data": {"status": "active"}}
_ERROR_ACKNOWLEDGEMENT: Mapping[str, Any] = {"data": {"acknowledged": True}}


def _require_cryptography() -> None:
    try:
        import cryptography  # noqa: F401
    except ImportError:
        raise ConfigurationError(
            "The Flows data-exchange endpoint needs the cryptography package: pip install 'wacloud[flows]'."
        ) from None


@functools.lru_cache(maxsize=16)
def _load_pem(pem: bytes, password: bytes | None) -> RSAPrivateKey:
    # Cached: parsing and checking an RSA key costs far more than one request's decryption.
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(pem, password=password)
    except TypeError:
        raise ConfigurationError(
            "The Flows private key is encrypted: pass its password (password=...)."
            if password is None
            else "A password was given but the Flows private key is not encrypted: drop password=."
        ) from None
    except ValueError:
        # cryptography's message may quote parts of the key: keep ours generic.
        raise ConfigurationError(
            "The Flows private key could not be loaded: expected an RSA private key in PEM format "
            "(-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----) and, if encrypted, its password."
        ) from None
    if not isinstance(key, RSAPrivateKey):
        raise ConfigurationError(f"The Flows private key must be an RSA key, got {type(key).__name__}.")
    return key


def load_private_key(private_key: str | bytes | RSAPrivateKey, *, password: str | bytes | None = None) -> RSAPrivateKey:
    """Load (and cache) the business private key; raises :class:`wacloud.ConfigurationError` when unusable.

    Example: ``key = flows.load_private_key(Path("flows-private.pem").read_bytes(), password=os.environ["KEY_PW"])``
    """
    _require_cryptography()
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    if isinstance(private_key, RSAPrivateKey):
        return private_key
    if isinstance(private_key, str):
        private_key = private_key.encode("utf-8")
    if not isinstance(private_key, bytes) or not private_key.strip():
        raise ConfigurationError("The Flows private key is missing: pass the PEM text or bytes of the RSA private key.")
    secret = password.encode("utf-8") if isinstance(password, str) else password
    return _load_pem(private_key, secret or None)


def _payload_fields(payload: bytes | str | Mapping[str, Any]) -> tuple[bytes, bytes, bytes]:
    if isinstance(payload, bytes | str):
        try:
            payload = json.loads(payload)
        except ValueError:
            raise FlowDecryptionError("the request body is not JSON") from None
    if not isinstance(payload, Mapping):
        raise FlowDecryptionError("the request body is not a JSON object")
    decoded: list[bytes] = []
    for name in _FIELDS:
        value = payload.get(name)
        if not isinstance(value, str) or not value:
            raise FlowDecryptionError(f"the request body has no {name!r} string")
        try:
            decoded.append(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            raise FlowDecryptionError(f"{name!r} is not valid base64") from None
    flow_data, encrypted_key, iv = decoded
    if len(iv) != _IV_BYTES:
        raise FlowDecryptionError(f"'initial_vector' must be {_IV_BYTES} bytes, got {len(iv)}")
    if len(flow_data) <= _TAG_BYTES:
        raise FlowDecryptionError("'encrypted_flow_data' is shorter than its authentication tag")
    return flow_data, encrypted_key, iv


def decrypt_request(
    payload: bytes | str | Mapping[str, Any],
    private_key: str | bytes | RSAPrivateKey,
    *,
    password: str | bytes | None = None,
) -> DecryptedRequest:
    """Decrypt the body Meta POSTs to a Flow's data endpoint.

    ``payload`` is the raw body (bytes/str) or its parsed JSON; ``private_key`` the business private key (PEM, or
    loaded with :func:`load_private_key`), ``password`` its password if encrypted. Raises
    :class:`FlowDecryptionError` (answer HTTP 421 — ``error.status_code``) when the body is malformed, the key is
    not the one whose public half is registered, or the ciphertext was tampered with; the message never contains
    key material. A bad private key itself raises :class:`wacloud.ConfigurationError`.

    Example::

        request = flows.decrypt_request(body, private_pem)
        if request.data.is_ping:
            return request.encrypt_response()       # {"data": {"status": "active"}}
        return request.encrypt_response(request.data.respond("NEXT", {"name": "Ada"}))
    """
    key = load_private_key(private_key, password=password)
    flow_data, encrypted_key, iv = _payload_fields(payload)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    try:
        aes_key = key.decrypt(encrypted_key, oaep)
    except ValueError:
        raise FlowDecryptionError(
            "'encrypted_aes_key' cannot be decrypted with this private key (was the public key rotated?)"
        ) from None
    if len(aes_key) != _AES_KEY_BYTES:
        raise FlowDecryptionError(f"the decrypted AES key is {len(aes_key)} bytes, Meta uses {_AES_KEY_BYTES}")
    try:
        plaintext = AESGCM(aes_key).decrypt(iv, flow_data, None)
    except InvalidTag:
        raise FlowDecryptionError("'encrypted_flow_data' fails authentication (tampered, or another key/IV)") from None
    try:
        raw = json.loads(plaintext)
    except ValueError:
        raise FlowDecryptionError("the decrypted request is not JSON") from None
    if not isinstance(raw, Mapping):
        raise FlowDecryptionError("the decrypted request is not a JSON object")
    try:
        request = FlowRequest.from_dict(raw)
    except ValueError as error:
        raise FlowDecryptionError(str(error)) from None
    return DecryptedRequest(request, aes_key, iv)


class DecryptedRequest:
    """A decrypted request (``.data``) and the means to encrypt its answer (``.encrypt_response``).

    The AES key and IV stay private: they are not in the repr and have no public attribute.
    """

    __slots__ = ("_aes_key", "_iv", "data")

    def __init__(self, data: FlowRequest, aes_key: bytes, iv: bytes) -> None:
        self.data: FlowRequest = data
        self._aes_key = aes_key
        self._iv = iv

    def __repr__(self) -> str:
        return f"DecryptedRequest(data={self.data!r})"

    @property
    def automatic_response(self) -> Mapping[str, Any] | None:
        """The answer Meta documents for requests that need no handler: ping and error notifications."""
        if self.data.is_ping:
            return _PING_ANSWER
        if self.data.is_error_notification:
            return _ERROR_ACKNOWLEDGEMENT
        return None

    def encrypt_response(self, response: FlowResponse | Mapping[str, Any] | None = None) -> str:
        """Encrypt ``response`` for this request: the base64 text to send as the body (HTTP 200, text/plain).

        ``response`` is a :class:`FlowResponse` (its ``version`` defaults to the request's) or the JSON object
        as a mapping. Leave it out for a ping or an error notification: their documented answer is used.

        Example: ``return PlainTextResponse(request.encrypt_response(request.data.respond("DONE")))``
        """
        if response is None:
            response = self.automatic_response
            if response is None:
                raise InvalidArgumentError(
                    f"A {self.data.action!r} request needs a response: pass a FlowResponse (request.data.respond(...))."
                )
        if isinstance(response, FlowResponse):
            body: Mapping[str, Any] = response.to_dict()
            if "version" not in body and self.data.version is not None:
                body = {**body, "version": self.data.version}
        elif isinstance(response, Mapping):
            body = response
        else:
            raise InvalidArgumentError(f"response must be a FlowResponse or a mapping, got {type(response).__name__}.")
        try:
            plaintext = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError) as error:
            raise InvalidArgumentError(f"The Flow response is not JSON-serialisable: {error}") from None
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        flipped_iv = bytes(byte ^ 0xFF for byte in self._iv)
        return base64.b64encode(AESGCM(self._aes_key).encrypt(flipped_iv, plaintext, None)).decode("ascii")
