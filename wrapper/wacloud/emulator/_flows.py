"""Meta's side of WhatsApp Flows in the emulator: the registered business public key, and data-exchange requests.

``POST /{phone_number_id}/whatsapp_business_encryption`` stores the public key (form field ``business_public_key``)
and ``GET`` returns it, as Meta does. A :class:`FlowSession` then plays the WhatsApp client during an open Flow:
each request is encrypted the way Meta encrypts it (a fresh AES-128 key and 16-byte IV, AES-GCM, the key wrapped with
RSA-OAEP-SHA256 to the registered public key), signed with ``X-Hub-Signature-256``, POSTed to the endpoint URL, and
the answer decrypted with the bit-flipped IV. With data API 4.0 the request also carries a ``flow_token_signature``
(an HS256 JWT over the flow token, signed with the app secret). Needs ``cryptography`` (the ``flows`` extra).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import httpx

from .._errors import ConfigurationError, WhatsAppError
from ..webhooks._verify import SIGNATURE_HEADER, sign_payload
from ._state import EmulatorState, Tenant

__all__ = ["FlowExchangeError", "FlowSession", "public_key_answer", "register_public_key"]


class _InvalidKey(ValueError):
    pass


def register_public_key(state: EmulatorState, tenant: Tenant | None, body: Any) -> dict[str, Any]:
    """``POST /{phone_number_id}/whatsapp_business_encryption``: store the PEM public key for the number."""
    from ._app import _invalid  # the Graph error envelope lives with the app

    assert tenant is not None
    pem = body.get("business_public_key") if isinstance(body, dict) else None
    if not isinstance(pem, str) or "-----BEGIN PUBLIC KEY-----" not in pem:
        raise _invalid("The parameter business_public_key is required (an RSA public key in PEM format)")
    with state.lock:
        state.public_keys[tenant.phone_number_id] = pem
    return {"success": True}


def public_key_answer(state: EmulatorState, tenant: Tenant | None) -> dict[str, Any]:
    """``GET /{phone_number_id}/whatsapp_business_encryption``: the stored key (``data`` is empty before one is set)."""
    assert tenant is not None
    with state.lock:
        pem = state.public_keys.get(tenant.phone_number_id)
    if pem is None:
        return {"data": []}
    return {"data": [{"business_public_key": pem, "business_public_key_signature_status": "VALID"}]}


class FlowExchangeError(WhatsAppError):
    """The endpoint answered a data-exchange request with an error status (``status_code``; ``response`` when
    the body was an encrypted JSON object, as with 427's ``error_msg``)."""

    def __init__(self, status_code: int, response: dict[str, Any] | None, text: str) -> None:
        super().__init__(f"the Flow endpoint answered HTTP {status_code}" + (f": {text[:200]}" if text else ""))
        self.status_code = status_code
        self.response = response


@dataclass(frozen=True, slots=True)
class _Sealed:
    body: bytes
    aes_key: bytes
    iv: bytes


def _seal(request: dict[str, Any], public_key_pem: str) -> _Sealed:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    public_key = load_pem_public_key(public_key_pem.encode("ascii"))
    if not isinstance(public_key, RSAPublicKey):
        raise ConfigurationError("The registered business public key is not an RSA key.")
    aes_key, iv = os.urandom(16), os.urandom(16)
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    body = {
        "encrypted_flow_data": base64.b64encode(
            AESGCM(aes_key).encrypt(iv, json.dumps(request).encode(), None)
        ).decode(),
        "encrypted_aes_key": base64.b64encode(public_key.encrypt(aes_key, oaep)).decode(),
        "initial_vector": base64.b64encode(iv).decode(),
    }
    return _Sealed(json.dumps(body, separators=(",", ":")).encode(), aes_key, iv)


def _open(answer: str, sealed: _Sealed) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    flipped = bytes(byte ^ 0xFF for byte in sealed.iv)
    return json.loads(AESGCM(sealed.aes_key).decrypt(flipped, base64.b64decode(answer), None))


def flow_token_signature(flow_token: str, app_secret: str, *, lifetime: float = 3600) -> str:
    """An HS256 JWT over ``flow_token`` signed with the app secret, as data API 4.0 sends ``flow_token_signature``."""

    def segment(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).rstrip(b"=").decode()

    now = int(time.time())
    signing_input = f"{segment({'alg': 'HS256', 'typ': 'JWT'})}.{segment({'flow_token': flow_token, 'iat': now, 'exp': now + int(lifetime)})}"
    digest = hmac.new(app_secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(digest).rstrip(b'=').decode()}"


class FlowSession:
    """The WhatsApp client's side of one open Flow, talking to the business's data endpoint.

    Example::

        with emulator.flow_session(phone_number_id, "http://127.0.0.1:8000/flows", flow_token="tok-1") as flow:
            assert flow.ping() == {"data": {"status": "active"}}
            first = flow.init()                                  # {"screen": ..., "data": ...}
            done = flow.data_exchange(first["screen"], {"slot": "10:00"})
    """

    def __init__(
        self,
        endpoint_url: str,
        public_key_pem: str,
        *,
        app_secret: str,
        flow_token: str,
        data_api_version: str = "3.0",
        timeout: float = 10.0,
    ) -> None:
        try:
            import cryptography  # noqa: F401
        except ImportError:
            raise ConfigurationError("Emulating Flows needs cryptography: pip install 'wacloud[flows]'.") from None
        self.endpoint_url = endpoint_url
        self.flow_token = flow_token
        self.data_api_version = data_api_version
        self._public_key_pem = public_key_pem
        self._app_secret = app_secret
        self._http = httpx.Client(timeout=timeout)

    def __repr__(self) -> str:
        return f"FlowSession(endpoint_url={self.endpoint_url!r}, data_api_version={self.data_api_version!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def send(self, request: dict[str, Any]) -> Any:
        """Encrypt, sign and POST one request; the decrypted answer, or :class:`FlowExchangeError` on a non-200."""
        sealed = _seal(request, self._public_key_pem)
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign_payload(sealed.body, self._app_secret)}
        reply = self._http.post(self.endpoint_url, content=sealed.body, headers=headers)
        if reply.status_code == 200:
            return _open(reply.text, sealed)
        response = None
        try:
            opened = _open(reply.text, sealed)
            response = opened if isinstance(opened, dict) else None
        except Exception:  # an unencrypted error body, as for 421/432/413
            response = None
        raise FlowExchangeError(reply.status_code, response, "" if response is not None else reply.text)

    def _request(self, action: str, screen: str | None = None, data: dict[str, Any] | None = None) -> dict[str, Any]:
        request: dict[str, Any] = {"version": self.data_api_version, "action": action, "flow_token": self.flow_token}
        if screen is not None:
            request["screen"] = screen
        if data is not None:
            request["data"] = data
        if self.data_api_version == "4.0":
            request["flow_token_signature"] = flow_token_signature(self.flow_token, self._app_secret)
        return request

    def ping(self) -> Any:
        """Meta's health check (``{"version": ..., "action": "ping"}``, no flow token)."""
        return self.send({"version": self.data_api_version, "action": "ping"})

    def init(self, data: dict[str, Any] | None = None) -> Any:
        """The Flow opens (``flow_action=data_exchange``): the endpoint names the first screen."""
        return self.send(self._request("INIT", data=data))

    def data_exchange(self, screen: str, data: dict[str, Any]) -> Any:
        """A ``data_exchange`` action on ``screen`` with the form ``data``."""
        return self.send(self._request("data_exchange", screen, data))

    def back(self, screen: str) -> Any:
        """Back pressed onto ``screen`` (``refresh_on_back``)."""
        return self.send(self._request("BACK", screen))

    def report_error(self, screen: str, error: str, error_message: str) -> Any:
        """The client reports that a previous answer could not be used (acknowledged by the endpoint)."""
        return self.send(self._request("data_exchange", screen, {"error": error, "error_message": error_message}))
