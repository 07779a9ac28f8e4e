"""Who a message goes to: one recipient argument, routed to the field Meta reads for that kind of id.

Meta's Messages API takes the recipient in two fields ("Business-scoped user IDs" page, "Send message requests"):

- ``to``: a phone number in international format or a WhatsApp id; also a group id, with ``recipient_type: group``;
- ``recipient``: a business-scoped user id (BSUID, ``US.13491208655302741918``) or a parent BSUID
  (``US.ENT.11815799212886844830``). Meta ignores a BSUID put in ``to``.

Both may be sent; then Meta delivers to ``to`` (the phone number takes precedence). :func:`address` applies these
rules to any outgoing message model, so every helper and the generic ``send`` accept every kind of recipient.
"""

from __future__ import annotations

import re
from typing import Literal, Protocol, TypeVar

import attrs

from ._errors import InvalidArgumentError

__all__ = ["RecipientKind", "address", "recipient_kind"]

RecipientKind = Literal["phone", "bsuid", "parent_bsuid", "group"]

# Meta: a two-letter ISO 3166 alpha-2 country code, a period, up to 128 alphanumeric characters; parent BSUIDs put
# `ENT.` between the two.
_BSUID = re.compile(r"[A-Z]{2}\.[A-Za-z0-9]{1,128}")
_PARENT_BSUID = re.compile(r"[A-Z]{2}\.ENT\.[A-Za-z0-9]{1,128}")
# A phone number as people write it: digits with an optional +, spaces, dashes, dots and parentheses.
_PHONE = re.compile(r"\+?[\d\s().-]+")
# Group ids are opaque base64 strings (`Y2FwaV9ncm91cDox…`, "capi_group:…"): long, letters and digits, no period.
_GROUP = re.compile(r"[A-Za-z0-9_=+/-]{16,256}")

ACCEPTED = (
    "a phone number or WhatsApp id ('+1 555 123 4567', '15551234567'), a BSUID ('US.13491208655302741918'), "
    "a parent BSUID ('US.ENT.11815799212886844830') or a group id ('Y2FwaV9ncm91cDox…')"
)


def recipient_kind(value: str) -> RecipientKind:
    """Classify a recipient id; raises :class:`InvalidArgumentError` naming the accepted shapes.

    Example: ``recipient_kind("US.13491208655302741918")  # 'bsuid'``
    """
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"the recipient must be a non-empty string: {ACCEPTED}.")
    text = value.strip()
    if _PARENT_BSUID.fullmatch(text):
        return "parent_bsuid"
    if _BSUID.fullmatch(text):
        return "bsuid"
    if _PHONE.fullmatch(text):
        digits = sum(char.isdigit() for char in text)
        if 5 <= digits <= 20:
            return "phone"
    elif _GROUP.fullmatch(text) and not text.isdigit() and not text.startswith("EAA"):
        # Group ids are opaque (base64 of "capi_group:…" today): any long id of base64 characters is accepted,
        # except what looks like an access token (Meta's start with EAA) put in the wrong argument.
        return "group"
    # Never echo what looks like an access token passed by mistake (Meta's tokens start with EAA).
    shown = "the value" if text.startswith("EAA") else repr(text if len(text) <= 40 else text[:40] + "…")
    raise InvalidArgumentError(f"{shown} is not a recipient WhatsApp accepts: pass {ACCEPTED}.")


class _Addressed(Protocol):
    """What every outgoing message model has (read-only here: ``address`` never mutates it)."""

    @property
    def to(self) -> str | None: ...
    @property
    def recipient(self) -> str | None: ...
    @property
    def recipient_type(self) -> str | None: ...


_Message = TypeVar("_Message", bound=_Addressed)


def address(message: _Message) -> _Message:
    """``message`` with its recipient in the fields Meta reads (a copy when anything moves; never mutated).

    A BSUID or parent BSUID given as ``to`` moves to ``recipient``; a group id in ``to`` gets
    ``recipient_type="group"``. ``to`` and ``recipient`` given together are both kept (Meta prefers ``to``), after
    checking that ``to`` is a phone number or group id and ``recipient`` a (parent) BSUID.
    """
    to, recipient = message.to, message.recipient
    if recipient is None and to is not None and to.isascii() and to.isdigit() and 5 <= len(to) <= 20:
        return message  # the common case, a phone number in plain digits: nothing to move (the send hot path)
    if to is None and recipient is None:
        raise InvalidArgumentError(f"a message needs a recipient: set to= (or recipient=) to {ACCEPTED}.")
    changes: dict[str, object] = {}
    if recipient is not None and recipient_kind(recipient) not in ("bsuid", "parent_bsuid"):
        raise InvalidArgumentError(
            f"recipient= takes a BSUID or parent BSUID ('US.13491208655302741918'); put {recipient!r} in to=."
        )
    if to is not None:
        kind = recipient_kind(to)
        if kind in ("bsuid", "parent_bsuid"):
            if recipient is not None:
                raise InvalidArgumentError(
                    "to= holds a BSUID while recipient= is set too: put the phone number in to=."
                )
            changes = {"to": None, "recipient": to.strip()}
        elif kind == "group" and message.recipient_type in (None, "individual"):
            if recipient is not None:
                raise InvalidArgumentError("a group id in to= cannot be combined with recipient=.")
            changes = {"recipient_type": "group"}
    if not changes:
        return message
    return attrs.evolve(message, **changes)  # type: ignore[misc]  # generated models are attrs classes
