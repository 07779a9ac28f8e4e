from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveCallPermissionRequest")


@_attrs_define
class InteractiveCallPermissionRequest:
    """Asks the user for permission to call them (answered by a `call_permission_reply` webhook).

    Example:
        {'type': 'call_permission_request', 'body': {'text': 'May we call you about your order?'}, 'action': {'name':
            'call_permission_request'}}

    """

    body: InteractiveBody
    """ The body text of an interactive message. """
    action: CallPermissionRequestAction
    """ The permission request. """
    type_: Literal["call_permission_request"] = "call_permission_request"
    """ Always `call_permission_request`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body.to_dict()

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "body": body,
            "action": action,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["call_permission_request"], d.pop("type"))
        if type_ != "call_permission_request":
            raise ValueError(f"type must match const 'call_permission_request', got '{type_}'")

        body = InteractiveBody.from_dict(d.pop("body"))

        action = CallPermissionRequestAction.from_dict(d.pop("action"))

        interactive_call_permission_request = cls(
            type_=type_,
            body=body,
            action=action,
        )

        interactive_call_permission_request.additional_properties = d
        return interactive_call_permission_request

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
from ..models.call_permission_request_action import CallPermissionRequestAction  # noqa: E402
from ..models.interactive_body import InteractiveBody  # noqa: E402
