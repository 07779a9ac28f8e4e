from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveContactRequest")


@_attrs_define
class InteractiveContactRequest:
    """A "share contact info" button (Meta's "Business-scoped user IDs" page, "Requesting phone numbers from users"):
    a user who shows a username taps it to share their phone number; a `contacts` message with `origin`
    `contact_request` answers it. The button cannot be customized. Meta's page names the interactive `type`
    `contact_request` and the action `request_contact_info`.

        Example:
            {'type': 'contact_request', 'body': {'text': 'Share your number so we can call you back'}, 'action': {'name':
                'request_contact_info'}}

    """

    body: InteractiveBody
    """ The body text of an interactive message. """
    action: ContactRequestAction
    """ The share-contact-info button. """
    type_: Literal["contact_request"] = "contact_request"
    """ Always `contact_request`. """
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
        type_ = cast(Literal["contact_request"], d.pop("type"))
        if type_ != "contact_request":
            raise ValueError(f"type must match const 'contact_request', got '{type_}'")

        body = InteractiveBody.from_dict(d.pop("body"))

        action = ContactRequestAction.from_dict(d.pop("action"))

        interactive_contact_request = cls(
            type_=type_,
            body=body,
            action=action,
        )

        interactive_contact_request.additional_properties = d
        return interactive_contact_request

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
from ..models.contact_request_action import ContactRequestAction  # noqa: E402
from ..models.interactive_body import InteractiveBody  # noqa: E402
