"""``client.calls``: the generated Calling API namespace plus one method per call action.

``POST /{phone_number_id}/calls`` carries every action (connect, pre_accept, accept, reject, terminate); these
helpers build the typed body, so a call is ``client.calls.connect(to, sdp_offer)``.
"""

from __future__ import annotations

from typing import TypeVar

from wacloud_api.api.calls import Calls as _GeneratedCalls
from wacloud_api.models import (
    CallAcceptRequest,
    CallActionResponse,
    CallConnectRequest,
    CallPreAcceptRequest,
    CallRejectRequest,
    CallSession,
    CallTerminateRequest,
)
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError, UnexpectedResponseError

__all__ = ["Calls"]


def sdp_session(sdp: str, sdp_type: str) -> CallSession:
    """The RFC 8866 session description of an offer (connect) or an answer (pre_accept, accept)."""
    if not isinstance(sdp, str) or not sdp.startswith("v=0"):
        raise InvalidArgumentError(f"The SDP {sdp_type} must be an RFC 8866 session description starting with 'v=0'.")
    return CallSession(sdp_type="offer" if sdp_type == "offer" else "answer", sdp=sdp)


def call_id_of(call_id: str) -> str:
    if not isinstance(call_id, str) or not call_id.startswith("wacid."):
        raise InvalidArgumentError(f"call_id is the `wacid.…` id of a call, got {call_id!r}.")
    return call_id


_Tracked = TypeVar("_Tracked", CallConnectRequest, CallAcceptRequest)


def tracked(body: _Tracked, biz_opaque_callback_data: str | None) -> _Tracked:
    """Set the tracking data echoed in the call webhooks (omitted when not given)."""
    if biz_opaque_callback_data is not None:
        if len(biz_opaque_callback_data) > 512:
            raise InvalidArgumentError("biz_opaque_callback_data is limited to 512 characters.")
        body.biz_opaque_callback_data = biz_opaque_callback_data
    return body


def placed_call_id(response: CallActionResponse) -> str:
    """The ``wacid.…`` of the call ``connect`` placed."""
    calls = response.to_dict().get("calls") or []
    if not calls:
        raise UnexpectedResponseError("Graph answered connect without a call id.")
    return str(calls[0]["id"])


class Calls(_GeneratedCalls):
    """``client.calls``: call permissions and the actions of a call, each a typed one-liner."""

    def connect(
        self,
        to: str,
        sdp_offer: str,
        *,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CallActionResponse:
        """Call a user who granted call permission, with your WebRTC SDP offer; the answer holds the call id.

        Example: ``call_id = client.calls.connect("14085551234", offer_sdp).to_dict()["calls"][0]["id"]``
        """
        if not isinstance(to, str) or not to.strip():
            raise InvalidArgumentError("to must be the WhatsApp id (phone number) to call.")
        body = tracked(CallConnectRequest(to=to, session=sdp_session(sdp_offer, "offer")), biz_opaque_callback_data)
        return self.manage(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def pre_accept(
        self,
        call_id: str,
        sdp_answer: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CallActionResponse:
        """Pre-accept a user's call with your SDP answer (media connects before ``accept``).

        Example: ``client.calls.pre_accept("wacid.HBgL...", answer_sdp)``
        """
        body = CallPreAcceptRequest(call_id=call_id_of(call_id), session=sdp_session(sdp_answer, "answer"))
        return self.manage(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def accept(
        self,
        call_id: str,
        sdp_answer: str,
        *,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CallActionResponse:
        """Accept a user's call with your SDP answer. Example: ``client.calls.accept("wacid.HBgL...", answer_sdp)``"""
        body = tracked(
            CallAcceptRequest(call_id=call_id_of(call_id), session=sdp_session(sdp_answer, "answer")),
            biz_opaque_callback_data,
        )
        return self.manage(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def reject(
        self, call_id: str, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> CallActionResponse:
        """Decline a user's call. Example: ``client.calls.reject("wacid.HBgL...")``"""
        body = CallRejectRequest(call_id=call_id_of(call_id))
        return self.manage(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def terminate(
        self, call_id: str, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> CallActionResponse:
        """End a call in progress. Example: ``client.calls.terminate("wacid.HBgL...")``"""
        body = CallTerminateRequest(call_id=call_id_of(call_id))
        return self.manage(body=body, phone_number_id=phone_number_id, request_options=request_options)
