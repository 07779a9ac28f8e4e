"""In-memory state of the emulator: tenants and their tokens, sent messages, media, templates, QR codes..."""

from __future__ import annotations

import hashlib
import itertools
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._groups import Group

__all__ = ["EmulatorState", "StoredMedia", "Tenant", "Throttle", "ThroughputBucket", "UploadSession", "template_key"]


def template_key(waba_id: str, name: str, language: str) -> str:
    """Templates are unique per WABA, name and language (a name has one template per language)."""
    return f"{waba_id}:{name}:{language}"


@dataclass(slots=True)
class Tenant:
    """A business phone number, its WABA, and the tokens allowed to act for them."""

    phone_number_id: str
    waba_id: str
    tokens: set[str]
    display_phone_number: str = "15550001111"
    verified_name: str = "wacloud emulator"


@dataclass(frozen=True, slots=True)
class StoredMedia:
    """Uploaded bytes with the metadata Graph reports for them."""

    media_id: str
    owner: str  # phone_number_id
    content: bytes
    mime_type: str
    sha256: str


@dataclass(slots=True)
class Throttle:
    """The next ``remaining`` sends from a number are refused with ``code``."""

    code: int
    remaining: int
    retry_after: float


@dataclass(slots=True)
class ThroughputBucket:
    """Meta's per-number throughput: a token bucket holding one second of sends (at least one), refilled at ``rate``."""

    rate: float
    tokens: float
    updated: float

    def take(self, now: float) -> float | None:
        """Take one send; ``None`` when allowed, else the seconds until the next one would be."""
        self.tokens = min(max(self.rate, 1.0), self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return None
        return (1 - self.tokens) / self.rate


@dataclass(slots=True)
class UploadSession:
    """A resumable upload session (``POST /{app_id}/uploads``): the bytes received so far."""

    session_id: str
    file_name: str
    file_length: int
    file_type: str
    received: bytearray = field(default_factory=bytearray)


@dataclass(slots=True)
class EmulatorState:
    """Everything the emulator remembers; guarded by one lock (requests and the test thread both touch it)."""

    tenants: dict[str, Tenant] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    sent: list[dict[str, Any]] = field(default_factory=list)
    media: dict[str, StoredMedia] = field(default_factory=dict)
    public_keys: dict[str, str] = field(default_factory=dict)  # phone_number_id → Flows business public key (PEM)
    templates: dict[str, dict[str, Any]] = field(default_factory=dict)
    qr_codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    blocked: dict[str, set[str]] = field(default_factory=dict)
    profiles: dict[str, dict[str, Any]] = field(default_factory=dict)
    throttles: dict[str, Throttle] = field(default_factory=dict)
    uploads: dict[str, UploadSession] = field(default_factory=dict)
    # handle -> (bytes, MIME type) of completed uploads
    handles: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    # bytes of the next upload POST kept before it is answered with a transient error (test hook), else None
    interrupt_upload_after: int | None = None
    calls: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)  # group id -> Group (emulator/_groups.py)
    # Graph node types of ids created here that no other table above records (see node_type).
    nodes: dict[str, str] = field(default_factory=dict)
    # Embedded Signup: one-time codes (code -> phone_number_id of the onboarded tenant) and issued app tokens.
    signup_codes: dict[str, str] = field(default_factory=dict)
    app_tokens: set[str] = field(default_factory=set)
    #: Messages per second each number may send (``None``: unlimited); ``throughput_for`` overrides per number.
    throughput: float | None = None
    throughput_for: dict[str, float | None] = field(default_factory=dict)
    buckets: dict[str, ThroughputBucket] = field(default_factory=dict)
    #: Sends refused with 130429 because of the throughput limit, per number.
    throughput_refusals: dict[str, int] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(int(time.time()) * 1000))

    def add_tenant(self, tenant: Tenant) -> None:
        with self.lock:
            self.tenants[tenant.phone_number_id] = tenant
            self.templates.setdefault(
                template_key(tenant.waba_id, "hello_world", "en_US"),
                {
                    "id": self.new_id(),
                    "name": "hello_world",
                    "language": "en_US",
                    "status": "APPROVED",
                    "category": "UTILITY",
                    "waba_id": tenant.waba_id,
                    "components": [{"type": "BODY", "text": "Hello World"}],
                },
            )

    def new_id(self) -> str:
        return str(next(self._ids))

    @staticmethod
    def new_wamid() -> str:
        return "wamid." + secrets.token_urlsafe(24)

    def tenant_by_phone(self, phone_number_id: str) -> Tenant | None:
        return self.tenants.get(phone_number_id)

    def node_type(self, node_id: str) -> str | None:
        """The Graph node type (`x-graph-node`) of an id the emulator knows, else None."""
        with self.lock:
            if node_id in self.tenants:
                return "phone_number"
            if self.tenant_by_waba(node_id):
                return "whatsapp_business_account"
            if node_id in self.media:
                return "media"
            if any(t["id"] == node_id for t in self.templates.values()):
                return "message_template"
            return self.nodes.get(node_id)

    def add_node(self, node_id: str, node_type: str) -> None:
        """Remember the type of a node created through the emulator (flows, upload sessions, groups, ...)."""
        with self.lock:
            self.nodes[node_id] = node_type

    def tenant_by_waba(self, waba_id: str) -> Tenant | None:
        return next((t for t in self.tenants.values() if t.waba_id == waba_id), None)

    def token_is_valid(self, token: str) -> bool:
        with self.lock:
            return token not in self.revoked and any(token in t.tokens for t in self.tenants.values())

    def tenant_by_token(self, token: str) -> Tenant | None:
        with self.lock:
            if token in self.revoked:
                return None
            return next((t for t in self.tenants.values() if token in t.tokens), None)

    def store_media(self, owner: str, content: bytes, mime_type: str) -> StoredMedia:
        with self.lock:
            media = StoredMedia(self.new_id(), owner, content, mime_type, hashlib.sha256(content).hexdigest())
            self.media[media.media_id] = media
            return media

    def take_throughput(self, phone_number_id: str) -> float | None:
        """Count one send against the number's throughput: ``None`` if allowed, else seconds to wait."""
        with self.lock:
            rate = self.throughput_for.get(phone_number_id, self.throughput)
            if rate is None:
                return None
            now = time.monotonic()
            bucket = self.buckets.get(phone_number_id)
            if bucket is None or bucket.rate != rate:
                bucket = self.buckets[phone_number_id] = ThroughputBucket(rate, max(rate, 1.0), now)
            wait = bucket.take(now)
            if wait is not None:
                self.throughput_refusals[phone_number_id] = self.throughput_refusals.get(phone_number_id, 0) + 1
            return wait

    def take_throttle(self, phone_number_id: str) -> Throttle | None:
        with self.lock:
            throttle = self.throttles.get(phone_number_id)
            if throttle is None or throttle.remaining <= 0:
                return None
            throttle.remaining -= 1
            return throttle
