"""Typed, read-only views over a decoded webhook notification: what a handler receives.

The views of every payload schema (``Message``, ``Status``, ``Text``, ``TemplateStatusUpdate`` ...) are generated
from the spec's webhook schemas into ``_generated_views.py`` (``make generate``); their bases and readers are in
``_view_base.py``. This module adds only what no schema describes: the typed fallbacks for what wacloud does not
know yet, so that nothing of a payload is ever lost.
"""

from __future__ import annotations

from ._generated_views import ErrorEvent, Message, Status
from ._view_base import Event

# The handler-facing names other modules import from here; every generated view is exported by the package.
__all__ = ["ErrorEvent", "Event", "Message", "Status", "UnknownEvent", "UnknownMessage", "WebhookEvent"]


class UnknownMessage(Message):
    """A message whose ``type`` wacloud does not know yet. Nothing is lost: read ``type``, ``content`` and ``raw``."""

    __slots__ = ()


class UnknownEvent(Event):
    """A change of a field wacloud does not parse (yet): ``field`` names it and ``raw`` holds its ``value``.

    If the change's ``value`` was not even an object, ``raw`` is the whole change (``{"field": …, "value": …}``).
    """

    __slots__ = ()


#: Anything a handler can receive.
WebhookEvent = Message | Status | ErrorEvent | Event
