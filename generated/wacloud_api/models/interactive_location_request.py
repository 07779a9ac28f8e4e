from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveLocationRequest")


@_attrs_define
class InteractiveLocationRequest:
    """Asks the customer to share their location.

    Example:
        {'type': 'location_request_message', 'body': {'text': 'Where should we deliver?'}, 'action': {'name':
            'send_location'}}

    """

    body: InteractiveBody
    """ The body text of an interactive message. """
    action: LocationRequestAction
    """ The "Send location" button. """
    type_: Literal["location_request_message"] = "location_request_message"
    """ Always `location_request_message`. """
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
        type_ = cast(Literal["location_request_message"], d.pop("type"))
        if type_ != "location_request_message":
            raise ValueError(f"type must match const 'location_request_message', got '{type_}'")

        body = InteractiveBody.from_dict(d.pop("body"))

        action = LocationRequestAction.from_dict(d.pop("action"))

        interactive_location_request = cls(
            type_=type_,
            body=body,
            action=action,
        )

        interactive_location_request.additional_properties = d
        return interactive_location_request

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
from ..models.interactive_body import InteractiveBody  # noqa: E402
from ..models.location_request_action import LocationRequestAction  # noqa: E402
