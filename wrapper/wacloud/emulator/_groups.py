"""The emulator's Groups API: groups, invite links, join requests and participants, with Meta's group webhooks.

Meta's flow, played here: ``POST /{phone_number_id}/groups`` answers a ``request_id`` only; the group id and invite
link follow in a ``group_lifecycle_update`` webhook. Users cannot be added by the business: they join through the
invite link (``Emulator.join_group`` plays a user tapping it), directly or through a join request when the group
was created with ``join_approval_mode: approval_required``. Every change sends the webhook Meta sends for it.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from .._errors import InvalidArgumentError
from .._recipients import recipient_kind
from ._state import EmulatorState, Tenant

__all__ = ["Group", "GroupError", "GroupStore", "bsuid_for", "group_webhook", "is_bsuid", "user_entry"]

NODE_TYPE = "group"
MAX_PARTICIPANTS = 8


class GroupError(Exception):
    """A group operation Meta would refuse: the app answers it as Graph error ``code`` with ``details``."""

    def __init__(self, code: int, message: str, details: str) -> None:
        super().__init__(message)
        self.code: int = code
        self.message: str = message
        self.details: str = details


@dataclass(slots=True)
class Group:
    """One group of a business phone number."""

    group_id: str
    owner: str  # phone_number_id
    subject: str
    description: str | None
    join_approval_mode: str
    created: int
    invite_link: str | None
    participants: dict[str, dict[str, str]] = field(default_factory=dict)  # BSUID -> user entry
    join_requests: dict[str, dict[str, Any]] = field(default_factory=dict)  # join_request_id -> request

    def info(self) -> dict[str, Any]:
        return {
            "id": self.group_id,
            "messaging_product": "whatsapp",
            "subject": self.subject,
            **({"description": self.description} if self.description else {}),
            "join_approval_mode": self.join_approval_mode,
            "suspended": False,
            "creation_timestamp": self.created,
            "total_participant_count": len(self.participants),
            "participants": list(self.participants.values()),
        }


def bsuid_for(phone: str) -> str:
    """The emulator's stable business-scoped user id for a phone number (Meta's format: ``CC.`` + digits)."""
    digits = "".join(char for char in phone if char.isdigit())
    return "US." + str(int(hashlib.sha256(digits.encode()).hexdigest()[:16], 16))


def is_bsuid(value: str) -> bool:
    """Whether ``value`` is a BSUID or parent BSUID (the SDK's own rule; anything else counts as a phone number)."""
    try:
        return recipient_kind(value) in ("bsuid", "parent_bsuid")
    except InvalidArgumentError:
        return False


def user_entry(user: str) -> dict[str, str]:
    """``{wa_id?, user_id}`` for a phone number or a BSUID, as group participants and join requests list users."""
    if is_bsuid(user):
        return {"user_id": user.strip()}
    digits = "".join(char for char in user if char.isdigit()) or user
    return {"wa_id": digits, "user_id": bsuid_for(digits)}


def _new_group_id(phone_number_id: str) -> str:
    raw = f"capi_group:{phone_number_id}:{secrets.randbelow(10**18)}".encode()
    return base64.b64encode(raw).decode().rstrip("=")


def _now() -> str:
    return str(int(time.time()))


def group_webhook(tenant: Tenant, field_name: str, event: dict[str, Any]) -> dict[str, Any]:
    """A group webhook as Meta sends it: the change's value holds a ``groups`` array."""
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": tenant.display_phone_number, "phone_number_id": tenant.phone_number_id},
        "groups": [{"timestamp": _now(), **event}],
    }
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": tenant.waba_id, "changes": [{"field": field_name, "value": value}]}],
    }


class GroupStore:
    """The groups of every tenant, kept in ``EmulatorState.groups``; every method returns the webhooks to send."""

    def __init__(self, state: EmulatorState) -> None:
        self.state: EmulatorState = state

    def _group(self, group_id: str, tenant: Tenant | None = None) -> Group:
        group = self.state.groups.get(group_id)
        if group is None or (tenant is not None and group.owner != tenant.phone_number_id):
            raise GroupError(100, "(#100) Invalid parameter", f"Group {group_id} does not exist")
        return group

    def create(self, tenant: Tenant, body: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        request_id = secrets.token_hex(16).upper()
        group = Group(
            group_id=_new_group_id(tenant.phone_number_id),
            owner=tenant.phone_number_id,
            subject=str(body["subject"]).strip(),
            description=body.get("description"),
            join_approval_mode=body.get("join_approval_mode", "auto_approve"),
            created=int(time.time()),
            invite_link="https://chat.whatsapp.com/" + secrets.token_urlsafe(16),
        )
        with self.state.lock:
            self.state.groups[group.group_id] = group
        self.state.add_node(group.group_id, NODE_TYPE)
        event = {
            "group_id": group.group_id,
            "type": "group_create",
            "request_id": request_id,
            "subject": group.subject,
            **({"description": group.description} if group.description else {}),
            "invite_link": group.invite_link,
            "join_approval_mode": group.join_approval_mode,
        }
        answer = {"messaging_product": "whatsapp", "request_id": request_id}
        return answer, [group_webhook(tenant, "group_lifecycle_update", event)]

    def list_groups(self, tenant: Tenant) -> dict[str, Any]:
        with self.state.lock:
            groups = [g for g in self.state.groups.values() if g.owner == tenant.phone_number_id]
        items = [{"id": g.group_id, "subject": g.subject, "created_at": str(g.created)} for g in groups]
        return {"data": {"groups": items}, "paging": {"cursors": {"before": "MAZDZD", "after": "MjQZD"}}}

    def info(self, group_id: str) -> dict[str, Any]:
        with self.state.lock:
            return self._group(group_id).info()

    def update(self, tenant: Tenant, group_id: str, body: dict[str, Any]) -> list[dict[str, Any]]:
        event: dict[str, Any] = {"group_id": group_id, "type": "group_settings_update", "request_id": _request_id()}
        with self.state.lock:
            group = self._group(group_id)
            if "subject" in body:
                group.subject = str(body["subject"]).strip()
                event["group_subject"] = {"text": group.subject, "update_successful": True}
            if "description" in body:
                group.description = body["description"]
                event["group_description"] = {"text": group.description, "update_successful": True}
            if "file" in body:  # the multipart picture upload
                content, mime = body["file"]
                is_jpeg = isinstance(content, bytes) and content.startswith(b"\xff\xd8\xff")
                picture: dict[str, Any] = {"mime_type": mime or "image/jpeg", "update_successful": is_jpeg}
                if is_jpeg:
                    picture["sha256"] = base64.b64encode(hashlib.sha256(content).digest()).decode()
                else:
                    picture["errors"] = [
                        {"code": 100, "title": "Invalid image", "message": "The picture must be a JPEG"}
                    ]
                event["profile_picture"] = picture
        return [group_webhook(tenant, "group_settings_update", event)]

    def delete(self, tenant: Tenant, group_id: str) -> list[dict[str, Any]]:
        with self.state.lock:
            self._group(group_id)
            del self.state.groups[group_id]
            self.state.nodes.pop(group_id, None)
        event = {"group_id": group_id, "type": "group_delete", "request_id": _request_id()}
        return [group_webhook(tenant, "group_lifecycle_update", event)]

    def invite_link(self, group_id: str, *, reset: bool = False, delete: bool = False) -> str | None:
        with self.state.lock:
            group = self._group(group_id)
            if reset:
                group.invite_link = "https://chat.whatsapp.com/" + secrets.token_urlsafe(16)
            elif delete:
                group.invite_link = None
            elif group.invite_link is None:
                raise GroupError(100, "(#100) Invalid parameter", "The group has no invite link: create one")
            return group.invite_link

    def join_requests(self, group_id: str) -> dict[str, Any]:
        with self.state.lock:
            requests = list(self._group(group_id).join_requests.values())
        return {"data": requests}

    def decide(
        self, tenant: Tenant, group_id: str, ids: list[str], *, approve: bool
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        done: list[str] = []
        failed: list[dict[str, Any]] = []
        added: list[dict[str, str]] = []
        with self.state.lock:
            group = self._group(group_id)
            for request_id in ids:
                request = group.join_requests.pop(request_id, None)
                if request is None:
                    failed.append({"join_request_id": request_id})
                    continue
                done.append(request_id)
                if approve:
                    user = {k: v for k, v in request.items() if k in ("wa_id", "user_id")}
                    group.participants[user["user_id"]] = user
                    added.append(user)
        answer: dict[str, Any] = {"messaging_product": "whatsapp"}
        answer["approved_join_requests" if approve else "rejected_join_requests"] = done
        if failed:
            answer["failed_join_requests"] = failed
        hooks = []
        if added:
            event = {"group_id": group_id, "type": "group_participants_add", "reason": "invite_link"}
            hooks.append(group_webhook(tenant, "group_participants_update", {**event, "added_participants": added}))
        return answer, hooks

    def remove(self, tenant: Tenant, group_id: str, participants: list[dict[str, str]]) -> list[dict[str, Any]]:
        removed: list[dict[str, str]] = []
        failed: list[dict[str, Any]] = []
        with self.state.lock:
            group = self._group(group_id)
            for entry in participants:
                given = entry.get("user") or entry.get("user_id") or ""
                bsuid = entry.get("user_id") or bsuid_for(given)
                if group.participants.pop(bsuid, None) is None:
                    # Meta's group error codes are not all documented: the emulator answers the generic 100.
                    error = {"code": 100, "title": "Participant not in group", "message": "Not a participant"}
                    failed.append({"input": given, "errors": [error]})
                else:
                    removed.append({"input": given})
        event: dict[str, Any] = {
            "group_id": group_id,
            "type": "group_participants_remove",
            "request_id": _request_id(),
            "initiated_by": "business",
            "removed_participants": removed,
        }
        if failed:
            event["failed_participants"] = failed
        return [group_webhook(tenant, "group_participants_update", event)]

    def join(self, tenant: Tenant, group_id: str, user: str) -> tuple[str | None, list[dict[str, Any]]]:
        """A user taps the invite link: joins, or asks to (the join request id is returned)."""
        entry = user_entry(user)
        with self.state.lock:
            group = self._group(group_id, tenant)
            if group.invite_link is None:
                raise GroupError(100, "(#100) Invalid parameter", "The group has no invite link")
            if group.join_approval_mode == "approval_required":
                request_id = base64.b64encode(secrets.token_bytes(24)).decode()
                group.join_requests[request_id] = {
                    "join_request_id": request_id,
                    **entry,
                    "creation_timestamp": int(time.time()),
                }
                event = {"group_id": group_id, "type": "group_join_request_created", "join_request_id": request_id}
                return request_id, [group_webhook(tenant, "group_participants_update", {**event, **entry})]
            if len(group.participants) >= MAX_PARTICIPANTS:
                raise GroupError(
                    100, "(#100) Invalid parameter", f"A group has at most {MAX_PARTICIPANTS} participants"
                )
            group.participants[entry["user_id"]] = entry
        event = {"group_id": group_id, "type": "group_participants_add", "reason": "invite_link"}
        return None, [group_webhook(tenant, "group_participants_update", {**event, "added_participants": [entry]})]

    def participants(self, group_id: str) -> list[dict[str, str]]:
        with self.state.lock:
            group = self.state.groups.get(group_id)
            return [] if group is None else list(group.participants.values())


def _request_id() -> str:
    return secrets.token_hex(16).upper()
