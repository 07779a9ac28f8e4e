from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="CallPermissionAction")


@_attrs_define
class CallPermissionAction:
    """One calling action and its limits.

    Example:
        {'action_name': 'start_call', 'can_perform_action': False, 'limits': [{'time_period': 'PT24H', 'max_allowed': 5,
            'current_usage': 5}]}

    """

    action_name: str | None = None
    """ `start_call` or `send_call_permission_request` (open-ended). """
    can_perform_action: bool | None = None
    """ Whether the action can be performed now. """
    limits: list[CallPermissionLimit] | None = None
    """ Rate limits of the action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name = self.action_name

        can_perform_action = self.can_perform_action

        limits: list[dict[str, Any]] | None = None
        if self.limits is not None:
            limits = [limits_item_data.to_dict() for limits_item_data in self.limits]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if action_name is not None:
            field_dict["action_name"] = action_name
        if can_perform_action is not None:
            field_dict["can_perform_action"] = can_perform_action
        if limits is not None:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name = d.pop("action_name", None)

        can_perform_action = graph_bool(d.pop("can_perform_action", None))

        _limits = d.pop("limits", None)
        limits: list[CallPermissionLimit] | None = None
        if _limits is not None:
            limits = []
            for limits_item_data in _limits:
                limits_item = CallPermissionLimit.from_dict(limits_item_data)

                limits.append(limits_item)

        call_permission_action = cls(
            action_name=action_name,
            can_perform_action=can_perform_action,
            limits=limits,
        )

        call_permission_action.additional_properties = d
        return call_permission_action

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
from ..models.call_permission_limit import CallPermissionLimit  # noqa: E402
