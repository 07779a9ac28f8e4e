from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookFlowErrorRate")


@_attrs_define
class WebhookFlowErrorRate:
    """One kind of error behind a Flow's client or endpoint error rate alert.

    Example:
        {'error_type': 'INVALID_SCREEN_TRANSITION', 'error_rate': 12.5, 'error_count': 800}

    """

    error_type: str | None = None
    """ The kind of error, e.g. `INVALID_SCREEN_TRANSITION`, `TIMEOUT_ERROR` (open-ended). """
    error_rate: float | None = None
    """ Its share of the requests, in percent. """
    error_count: int | None = None
    """ How many requests failed with it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type

        error_rate = self.error_rate

        error_count = self.error_count

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if error_type is not None:
            field_dict["error_type"] = error_type
        if error_rate is not None:
            field_dict["error_rate"] = error_rate
        if error_count is not None:
            field_dict["error_count"] = error_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_type = d.pop("error_type", None)

        error_rate = d.pop("error_rate", None)

        error_count = d.pop("error_count", None)

        webhook_flow_error_rate = cls(
            error_type=error_type,
            error_rate=error_rate,
            error_count=error_count,
        )

        webhook_flow_error_rate.additional_properties = d
        return webhook_flow_error_rate

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
