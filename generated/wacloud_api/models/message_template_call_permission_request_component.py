from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateCallPermissionRequestComponent")


@_attrs_define
class MessageTemplateCallPermissionRequestComponent:
    """Asks the user for permission to call them (Calling API); after a body, in `MARKETING` or `UTILITY`
    templates, and not combined with other interactive components. Meta spells the type in lowercase.

        Example:
            {'type': 'call_permission_request'}

    """

    type_: Literal["call_permission_request"] = "call_permission_request"
    """ Always `call_permission_request`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["call_permission_request"], d.pop("type"))
        if type_ != "call_permission_request":
            raise ValueError(f"type must match const 'call_permission_request', got '{type_}'")

        message_template_call_permission_request_component = cls(
            type_=type_,
        )

        message_template_call_permission_request_component.additional_properties = d
        return message_template_call_permission_request_component

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
