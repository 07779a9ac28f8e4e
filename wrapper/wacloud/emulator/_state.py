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

__all__ = ["EmulatorState", "StoredMedia", "Tenant", "Throttle"]


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
    groups: dict[str, Group] = field(default_factory=dict)  # group id -> Group (emulator/_groups.py)
    # Graph node types of ids created here that no other table above records (see node_type).
    nodes: dict[str, str] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(int(time.time()) * 1000))

    def add_tenant(self, tenant: Tenant) -> None:
        with self.lock:
            self.tenants[tenant.phone_number_id] = tenant
            self.templates.setdefault(
                f"{tenant.waba_id}:hello_world",
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

    def store_media(self, owner: str, content: bytes, mime_type: str) -> StoredMedia:
        with self.lock:
            media = StoredMedia(self.new_id(), owner, content, mime_type, hashlib.sha256(content).hexdigest())
            self.media[media.media_id] = media
            return media

    def take_throttle(self, phone_number_id: str) -> Throttle | None:
        with self.lock:
            throttle = self.throttles.get(phone_number_id)
            if throttle is None or throttle.remaining <= 0:
                return None
            throttle.remaining -= 1
            return throttle
