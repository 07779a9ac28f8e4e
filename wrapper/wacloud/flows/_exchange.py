"""What a data-exchange request carries once decrypted (``FlowRequest``) and what the endpoint answers (``FlowResponse``).

Meta's actions: ``ping`` (health check, answered ``{"data": {"status": "active"}}``), ``INIT`` (the Flow opened with
``flow_action=data_exchange``), ``BACK`` (back pressed on a screen with ``refresh_on_back``), ``data_exchange`` (a
``data_exchange`` action was triggered on ``screen``) and ``navigate`` (sent with an error when a navigate target is
not in the routing model). A request whose ``data`` has an ``error`` key is an error notification, acknowledged with
``{"data": {"acknowledged": true}}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from .._errors import InvalidArgumentError

__all__ = ["ACTIONS", "FlowRequest", "FlowResponse"]

#: Every action Meta documents for the data-exchange request.
ACTIONS: Final = frozenset({"ping", "INIT", "BACK", "data_exchange", "navigate"})
#: The screen name that closes the Flow (``extension_message_response``).
SUCCESS_SCREEN: Final = "SUCCESS"


def _optional_str(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class FlowRequest:
    """A decrypted data-exchange request.

    ``action`` is one of :data:`ACTIONS` (kept as sent, so a future action is not an error); ``screen`` is the
    screen the action came from (``None`` for ``ping``/``INIT`` and often ``BACK``); ``data`` is what the screen
    sent (``{}`` when absent); ``flow_token`` is the token you passed when sending the Flow; ``version`` is the
    ``data_api_version``; ``flow_token_signature`` is the JWT Meta adds from data API 4.0 (Flow JSON 7.3 and later).
    """

    action: str
    version: str | None = None
    screen: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    flow_token: str | None = None
    flow_token_signature: str | None = field(default=None, repr=False)

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> FlowRequest:
        """Build from the decrypted JSON object; raises ``ValueError`` when it is not a data-exchange request."""
        action = raw.get("action")
        if not isinstance(action, str) or not action:
            raise ValueError("the decrypted request has no 'action'")
        data = raw.get("data")
        if data is not None and not isinstance(data, Mapping):
            raise ValueError("the decrypted request's 'data' is not an object")
        return cls(
            action=action,
            version=_optional_str(raw, "version"),
            screen=_optional_str(raw, "screen"),
            data=dict(data or {}),
            flow_token=_optional_str(raw, "flow_token"),
            flow_token_signature=_optional_str(raw, "flow_token_signature"),
        )

    @property
    def is_ping(self) -> bool:
        """Meta's health check; the endpoint answers it by itself."""
        return self.action == "ping"

    @property
    def is_error_notification(self) -> bool:
        """The client reports an error from a previous answer (``data.error``); it only needs an acknowledgement."""
        return "error" in self.data

    def respond(
        self, screen: str, data: Mapping[str, Any] | None = None, *, error_message: str | None = None
    ) -> FlowResponse:
        """Show ``screen`` with ``data`` next (the request's ``version`` is echoed, as Meta requires).

        Example: ``return request.respond("CONFIRM", {"slots": ["10:00", "11:00"]})``
        """
        return FlowResponse(screen, data or {}, error_message=error_message, version=self.version)

    def close(self, params: Mapping[str, Any] | None = None) -> FlowResponse:
        """Close the Flow; ``params`` (with this request's flow token) come back in the ``nfm_reply`` webhook.

        Example: ``return request.close({"booking_id": "B-1042"})``
        """
        if not self.flow_token:
            raise InvalidArgumentError(
                "This request has no flow_token, so it cannot close the Flow: use FlowResponse.close."
            )
        return FlowResponse.close(self.flow_token, params, version=self.version)


@dataclass(frozen=True, slots=True)
class FlowResponse:
    """The endpoint's answer: the next ``screen`` and its ``data`` (``error_message`` shows a snackbar on it).

    ``FlowResponse.close(flow_token, params)`` answers with Meta's ``SUCCESS`` screen, which closes the Flow.
    """

    screen: str
    data: Mapping[str, Any] = field(default_factory=dict)
    error_message: str | None = None
    version: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.screen, str) or not self.screen.strip():
            raise InvalidArgumentError("FlowResponse needs the id of the screen to show next (or FlowResponse.close).")
        if not isinstance(self.data, Mapping):
            raise InvalidArgumentError(f"FlowResponse data must be a mapping, got {type(self.data).__name__}.")
        if self.error_message is not None and "error_message" in self.data:
            raise InvalidArgumentError("Pass error_message either as the argument or in data, not both.")

    @classmethod
    def close(
        cls, flow_token: str, params: Mapping[str, Any] | None = None, *, version: str | None = None
    ) -> FlowResponse:
        """Close the Flow and send ``params`` (with ``flow_token``) in the completion message.

        Example: ``FlowResponse.close(request.flow_token, {"order": "4711"})``
        """
        if not isinstance(flow_token, str) or not flow_token:
            raise InvalidArgumentError("Closing a Flow needs the flow_token of the request.")
        extra = dict(params or {})
        if "flow_token" in extra and extra["flow_token"] != flow_token:
            raise InvalidArgumentError("params['flow_token'] differs from flow_token: pass one flow token.")
        extra["flow_token"] = flow_token
        return cls(SUCCESS_SCREEN, {"extension_message_response": {"params": extra}}, version=version)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object Meta expects (before encryption)."""
        data = dict(self.data)
        if self.error_message is not None:
            data["error_message"] = self.error_message
        body: dict[str, Any] = {"screen": self.screen, "data": data}
        if self.version is not None:
            body["version"] = self.version
        return body
