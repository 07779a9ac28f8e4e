from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplatePayloadParameter")


@_attrs_define
class TemplatePayloadParameter:
    """The developer-defined payload returned when a quick-reply button is tapped.

    Example:
        {'type': 'payload', 'payload': 'ORDER_CONFIRMED'}

    """

    payload: str
    """ Returned in the `button` webhook as `payload`. """
    type_: Literal["payload"] = "payload"
    """ Always `payload`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        payload = self.payload

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "payload": payload,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["payload"], d.pop("type"))
        if type_ != "payload":
            raise ValueError(f"type must match const 'payload', got '{type_}'")

        payload = d.pop("payload")

        template_payload_parameter = cls(
            type_=type_,
            payload=payload,
        )

        template_payload_parameter.additional_properties = d
        return template_payload_parameter

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
