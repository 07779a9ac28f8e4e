from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallPermissionLimit")


@_attrs_define
class CallPermissionLimit:
    """One limit on a calling action.

    Example:
        {'time_period': 'PT24H', 'max_allowed': 5, 'current_usage': 5, 'limit_expiration_time': 1745622600}

    """

    time_period: str | None = None
    """ The window, as an ISO 8601 duration (`PT24H`, `P7D`). """
    max_allowed: int | None = None
    """ Actions allowed in the window. """
    current_usage: int | None = None
    """ Actions already used in the window. """
    limit_expiration_time: int | None = None
    """ When the limit resets, unix seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_period = self.time_period

        max_allowed = self.max_allowed

        current_usage = self.current_usage

        limit_expiration_time = self.limit_expiration_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if time_period is not None:
            field_dict["time_period"] = time_period
        if max_allowed is not None:
            field_dict["max_allowed"] = max_allowed
        if current_usage is not None:
            field_dict["current_usage"] = current_usage
        if limit_expiration_time is not None:
            field_dict["limit_expiration_time"] = limit_expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time_period = d.pop("time_period", None)

        max_allowed = d.pop("max_allowed", None)

        current_usage = d.pop("current_usage", None)

        limit_expiration_time = d.pop("limit_expiration_time", None)

        call_permission_limit = cls(
            time_period=time_period,
            max_allowed=max_allowed,
            current_usage=current_usage,
            limit_expiration_time=limit_expiration_time,
        )

        call_permission_limit.additional_properties = d
        return call_permission_limit

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
