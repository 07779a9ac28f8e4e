"""The Calling API's ``calls`` field, call permission replies and the ``flows`` field's alerts: every field typed.

The fixtures follow Meta's "Calling API: API and Webhook Reference" / "User-initiated calls" / "Business-initiated
calls" pages and the "Flows Webhooks" page: user- and business-initiated connects (SDP offer / answer), a completed
and a failed terminate, a ringing status, a call permission reply, and the client error rate, endpoint latency and
endpoint availability alerts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from wacloud import webhooks
from wacloud._errors import ApiError

from .conftest import RawLoader
from .test_webhooks_parse import only_event, only_message

CALL_ID = "wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh"
OUT_CALL_ID = "wacid.HBgLMTY1MDU1NTEyMzQVAgARGCAyNDcwN0Y0Q0YyMzE1Mjg0NzQ2RDc0RTc2RTJCQkRCNxwYCzE1NTUwNzgzODgxFQIAAA"
FLOW_ID = "1097420589034000"


def at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


# -- calls: connect, terminate, status ---------------------------------------------------------------------------------


def test_user_initiated_connect_carries_the_sdp_offer(raw: RawLoader) -> None:
    call = only_event(raw, "field_calls_connect_user_initiated")
    assert type(call) is webhooks.Call and call.kind == "event" and call.field == "calls" == call.FIELD
    assert (call.id, call.event, call.direction) == (CALL_ID, "connect", "USER_INITIATED")
    assert (call.from_, call.to) == ("16505551234", "15550783881")
    assert call.timestamp == at(1749416383) and call.time == at(1749416383)
    assert call.session is not None and isinstance(call.session, webhooks.CallSession)
    assert call.session.sdp_type == "offer"
    assert call.session.sdp is not None and call.session.sdp.startswith("v=0\r\n")
    # Terminate-only fields are absent on a connect.
    assert (call.status, call.start_time, call.end_time, call.duration) == (None, None, None, None)
    assert call.biz_opaque_callback_data is None and call.errors == []
    # The caller's profile comes from the change's contacts; the business number from its metadata.
    assert call.profile_name == "Sheena Nelson"
    assert call.contact is not None and call.contact.wa_id == "16505551234"
    assert (call.phone_number_id, call.display_phone_number) == ("106540352242922", "15550783881")
    assert call.waba_id == "102290129340398"


def test_business_initiated_connect_carries_the_sdp_answer(raw: RawLoader) -> None:
    call = only_event(raw, "field_calls_connect_business_initiated")
    assert isinstance(call, webhooks.Call)
    assert (call.id, call.direction, call.from_, call.to) == (
        OUT_CALL_ID,
        "BUSINESS_INITIATED",
        "15550783881",
        "16505551234",
    )
    assert call.session is not None and call.session.sdp_type == "answer"
    assert call.biz_opaque_callback_data == "order-7781"
    # On a call the business placed, the user is the callee.
    assert call.profile_name == "Sheena Nelson"


def test_completed_terminate_has_duration_and_times(raw: RawLoader) -> None:
    call = only_event(raw, "field_calls_terminate_completed")
    assert isinstance(call, webhooks.Call)
    assert (call.event, call.status, call.duration) == ("terminate", "COMPLETED", 50)
    assert (call.start_time, call.end_time, call.timestamp) == (at(1749416400), at(1749416450), at(1749416450))
    assert call.session is None and call.errors == []
    assert call.biz_opaque_callback_data == "order-7781"


def test_failed_terminate_reads_the_change_errors_typed(raw: RawLoader) -> None:
    call = only_event(raw, "field_calls_terminate_failed")
    assert isinstance(call, webhooks.Call)
    assert (call.id, call.status, call.duration, call.start_time) == (OUT_CALL_ID, "FAILED", None, None)
    (error,) = call.errors
    assert isinstance(error, ApiError) and error.code == 138006
    assert "Lack of call permission" in str(error)


def test_errors_on_the_call_itself_win_over_the_change_errors(raw: RawLoader) -> None:
    body = json.loads(raw("field_calls_terminate_failed"))
    value = body["entry"][0]["changes"][0]["value"]
    value["calls"][0]["errors"] = [{"code": 131000, "title": "Something went wrong", "message": "Something went wrong"}]
    (call,) = webhooks.parse_webhook(body).events
    assert isinstance(call, webhooks.Call) and [e.code for e in call.errors] == [131000]


def test_call_status_ringing(raw: RawLoader) -> None:
    status = only_event(raw, "field_calls_status_ringing")
    assert type(status) is webhooks.CallStatus and status.field == "calls" and status.kind == "event"
    assert (status.id, status.type, status.status) == (OUT_CALL_ID, "call", "RINGING")
    assert status.timestamp == at(1749416395)
    assert (status.recipient_id, status.recipient_user_id) == ("16505551234", None)
    assert status.biz_opaque_callback_data == "order-7781"
    assert status.errors == [] and status.profile_name is None  # this change lists no contacts
    # A call status is a `calls` event, not a message status.
    assert webhooks.parse_webhook(raw("field_calls_status_ringing")).statuses == []


def test_calls_and_statuses_of_one_change_are_one_event_each_in_order(raw: RawLoader) -> None:
    body = json.loads(raw("field_calls_connect_business_initiated"))
    value = body["entry"][0]["changes"][0]["value"]
    status = json.loads(raw("field_calls_status_ringing"))["entry"][0]["changes"][0]["value"]["statuses"][0]
    value["statuses"] = [status, {**status, "status": "ACCEPTED"}]
    events = webhooks.parse_webhook(body).events
    assert [type(e).__name__ for e in events] == ["Call", "CallStatus", "CallStatus"]
    assert [e.raw.get("status") for e in events[1:]] == ["RINGING", "ACCEPTED"]
    # Each is its own redelivery key.
    assert len({webhooks.dedupe_key(e) for e in events}) == 3


def test_a_calls_change_without_items_is_an_unknown_event_with_its_value() -> None:
    value = {"messaging_product": "whatsapp", "something_new": [1]}
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": "calls", "value": value}]}],
    }
    (event,) = webhooks.parse_webhook(body).events
    assert type(event) is webhooks.UnknownEvent and event.raw is value and event.field == "calls"


def test_unknown_call_keys_stay_in_raw(raw: RawLoader) -> None:
    body = json.loads(raw("field_calls_connect_user_initiated"))
    body["entry"][0]["changes"][0]["value"]["calls"][0]["media_quality"] = {"jitter_ms": 4}
    (call,) = webhooks.parse_webhook(body).events
    assert isinstance(call, webhooks.Call) and call.raw["media_quality"] == {"jitter_ms": 4}


# -- call permission replies (messages field) -------------------------------------------------------------------------


def test_call_permission_reply_message(raw: RawLoader) -> None:
    message = only_message(raw, "message_interactive_call_permission_reply")
    assert message.type == "interactive" and message.interactive is not None
    assert message.interactive.type == "call_permission_reply"
    reply = message.interactive.call_permission_reply
    assert isinstance(reply, webhooks.CallPermissionReply)
    assert (reply.response, reply.is_permanent, reply.response_source) == ("accept", False, "user_action")
    assert reply.expiration_timestamp == at(1750021183)
    assert message.context is not None and message.context.id == "wamid.call_permission_request1"
    assert message.interactive.nfm_reply is None and message.interactive.button_reply is None
    assert "call permission accept" in webhooks.format_event_line(message)


# -- flows: alerts --------------------------------------------------------------------------------------------------------


def test_client_error_rate_alert_lists_each_error_type(raw: RawLoader) -> None:
    alert = only_event(raw, "field_flows_client_error_rate")
    assert type(alert) is webhooks.FlowEvent and alert.field == "flows"
    assert (alert.event, alert.flow_id, alert.alert_state) == ("CLIENT_ERROR_RATE", FLOW_ID, "ACTIVATED")
    assert (alert.error_rate, alert.threshold) == (15.8, 5.0)
    assert [(e.error_type, e.error_rate, e.error_count) for e in alert.errors] == [
        ("INVALID_SCREEN_TRANSITION", 12.5, 800),
        ("PUBLIC_KEY_MISSING", 3.3, 211),
    ]
    assert all(isinstance(e, webhooks.FlowErrorRate) for e in alert.errors)
    assert alert.p90_latency is None and alert.availability is None


def test_endpoint_latency_alert(raw: RawLoader) -> None:
    alert = only_event(raw, "field_flows_endpoint_latency")
    assert isinstance(alert, webhooks.FlowEvent)
    assert (alert.event, alert.flow_id, alert.alert_state) == ("ENDPOINT_LATENCY", FLOW_ID, "ACTIVATED")
    assert (alert.p50_latency, alert.p90_latency, alert.requests_count, alert.threshold) == (5200, 7500, 1200, 7000.0)
    assert alert.errors == [] and alert.error_rate is None


def test_endpoint_availability_alert(raw: RawLoader) -> None:
    alert = only_event(raw, "field_flows_endpoint_availability")
    assert isinstance(alert, webhooks.FlowEvent)
    assert (alert.event, alert.alert_state, alert.availability, alert.threshold) == (
        "ENDPOINT_AVAILABILITY",
        "DEACTIVATED",
        96.5,
        90.0,
    )
    assert alert.message is not None and "availability" in alert.message


def test_endpoint_error_rate_alert_reads_its_rate(raw: RawLoader) -> None:
    alert = only_event(raw, "field_flows_endpoint_alert")
    assert isinstance(alert, webhooks.FlowEvent) and alert.error_rate == 12.5


# -- flows: nfm_reply (messages field) ---------------------------------------------------------------------------------


def test_flow_reply_decodes_response_json(raw: RawLoader) -> None:
    message = only_message(raw, "message_interactive_nfm_reply")
    assert message.interactive is not None
    flow = message.interactive.nfm_reply
    assert isinstance(flow, webhooks.FlowReply)
    assert (flow.name, flow.body) == ("flow", "Sent")
    assert flow.response == {"flow_token": "booking-7781", "date": "2026-03-01", "party_size": 4}
    assert flow.flow_token == "booking-7781"
    assert flow.response_json is not None and json.loads(flow.response_json) == flow.response


# -- routing --------------------------------------------------------------------------------------------------------------


def test_parse_webhook_routes_each_new_field_to_its_view(raw: RawLoader) -> None:
    expected = {
        "field_calls_connect_user_initiated": webhooks.Call,
        "field_calls_connect_business_initiated": webhooks.Call,
        "field_calls_terminate_completed": webhooks.Call,
        "field_calls_terminate_failed": webhooks.Call,
        "field_calls_status_ringing": webhooks.CallStatus,
        "field_flows_client_error_rate": webhooks.FlowEvent,
        "field_flows_endpoint_latency": webhooks.FlowEvent,
        "field_flows_endpoint_availability": webhooks.FlowEvent,
    }
    for name, cls in expected.items():
        (event,) = webhooks.parse_webhook(raw(name)).all
        assert type(event) is cls, name
        assert webhooks.dedupe_key(event) is not None, name
