from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookFlowsValue")


@_attrs_define
class WebhookFlowsValue:
    """A Flow status change or endpoint alert.

    Example:
        {'event': 'FLOW_STATUS_CHANGE', 'message': 'Flow Webhook 3 changed status from DRAFT to PUBLISHED', 'flow_id':
            '1097420589034000', 'old_status': 'DRAFT', 'new_status': 'PUBLISHED'}

    """

    event: str | None = None
    """ `FLOW_STATUS_CHANGE`, `CLIENT_ERROR_RATE`, `ENDPOINT_ERROR_RATE`, `ENDPOINT_LATENCY`,
    `ENDPOINT_AVAILABILITY` ... (open-ended). """
    message: str | None = None
    """ Description. """
    flow_id: str | None = None
    """ The Flow id. """
    old_status: str | None = None
    """ Previous status: `DRAFT`, `PUBLISHED`, `THROTTLED`, `BLOCKED`, `DEPRECATED` (open-ended). """
    new_status: str | None = None
    """ New status (open-ended). """
    alert_state: str | None = None
    """ `ACTIVATED` or `DEACTIVATED` (open-ended). """
    threshold: float | None = None
    """ The alert threshold: a percentage (error rates, availability) or milliseconds (latency). """
    error_rate: float | None = None
    """ `CLIENT_ERROR_RATE` / `ENDPOINT_ERROR_RATE`: the error rate, in percent. """
    errors: list[WebhookFlowErrorRate] | None = None
    """ `CLIENT_ERROR_RATE` / `ENDPOINT_ERROR_RATE`: the error rate of each kind of error. """
    p50_latency: int | None = None
    """ `ENDPOINT_LATENCY`: the median endpoint latency, in milliseconds. """
    p90_latency: int | None = None
    """ `ENDPOINT_LATENCY`: the 90th percentile endpoint latency, in milliseconds. """
    requests_count: int | None = None
    """ `ENDPOINT_LATENCY`: how many requests were measured. """
    availability: float | None = None
    """ `ENDPOINT_AVAILABILITY`: the share of requests the endpoint answered, in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        message = self.message

        flow_id = self.flow_id

        old_status = self.old_status

        new_status = self.new_status

        alert_state = self.alert_state

        threshold = self.threshold

        error_rate = self.error_rate

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        p50_latency = self.p50_latency

        p90_latency = self.p90_latency

        requests_count = self.requests_count

        availability = self.availability

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if event is not None:
            field_dict["event"] = event
        if message is not None:
            field_dict["message"] = message
        if flow_id is not None:
            field_dict["flow_id"] = flow_id
        if old_status is not None:
            field_dict["old_status"] = old_status
        if new_status is not None:
            field_dict["new_status"] = new_status
        if alert_state is not None:
            field_dict["alert_state"] = alert_state
        if threshold is not None:
            field_dict["threshold"] = threshold
        if error_rate is not None:
            field_dict["error_rate"] = error_rate
        if errors is not None:
            field_dict["errors"] = errors
        if p50_latency is not None:
            field_dict["p50_latency"] = p50_latency
        if p90_latency is not None:
            field_dict["p90_latency"] = p90_latency
        if requests_count is not None:
            field_dict["requests_count"] = requests_count
        if availability is not None:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", None)

        message = d.pop("message", None)

        flow_id = d.pop("flow_id", None)

        old_status = d.pop("old_status", None)

        new_status = d.pop("new_status", None)

        alert_state = d.pop("alert_state", None)

        threshold = d.pop("threshold", None)

        error_rate = d.pop("error_rate", None)

        _errors = d.pop("errors", None)
        errors: list[WebhookFlowErrorRate] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookFlowErrorRate.from_dict(errors_item_data)

                errors.append(errors_item)

        p50_latency = d.pop("p50_latency", None)

        p90_latency = d.pop("p90_latency", None)

        requests_count = d.pop("requests_count", None)

        availability = d.pop("availability", None)

        webhook_flows_value = cls(
            event=event,
            message=message,
            flow_id=flow_id,
            old_status=old_status,
            new_status=new_status,
            alert_state=alert_state,
            threshold=threshold,
            error_rate=error_rate,
            errors=errors,
            p50_latency=p50_latency,
            p90_latency=p90_latency,
            requests_count=requests_count,
            availability=availability,
        )

        webhook_flows_value.additional_properties = d
        return webhook_flows_value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.webhook_flow_error_rate import WebhookFlowErrorRate  # noqa: E402
