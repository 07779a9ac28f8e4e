from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPhoneNumberNameUpdateValue")


@_attrs_define
class WebhookPhoneNumberNameUpdateValue:
    """The outcome of a display name review.

    Example:
        {'display_phone_number': '15550783881', 'decision': 'APPROVED', 'requested_verified_name': 'Lucky Shrub',
            'rejection_reason': None}

    """

    display_phone_number: str | None = None
    """ The business phone number. """
    decision: str | None = None
    """ `APPROVED`, `REJECTED`, `PENDING`, `DEFERRED` (open-ended). """
    requested_verified_name: str | None = None
    """ The reviewed display name. """
    rejection_reason: str | None = None
    """ Why it was rejected; null when accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_phone_number = self.display_phone_number

        decision = self.decision

        requested_verified_name = self.requested_verified_name

        rejection_reason: str | None

        if self.rejection_reason is None:
            rejection_reason = None
        else:
            rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if decision is not None:
            field_dict["decision"] = decision
        if requested_verified_name is not None:
            field_dict["requested_verified_name"] = requested_verified_name
        if rejection_reason is not None:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_phone_number = d.pop("display_phone_number", None)

        decision = d.pop("decision", None)

        requested_verified_name = d.pop("requested_verified_name", None)

        def _parse_rejection_reason(data: object) -> str | None:
            if data is None:
                return data
            return cast(str | None, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", None))

        webhook_phone_number_name_update_value = cls(
            display_phone_number=display_phone_number,
            decision=decision,
            requested_verified_name=requested_verified_name,
            rejection_reason=rejection_reason,
        )

        webhook_phone_number_name_update_value.additional_properties = d
        return webhook_phone_number_name_update_value

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
