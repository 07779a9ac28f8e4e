from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveGroupParticipantsRequest")


@_attrs_define
class RemoveGroupParticipantsRequest:
    """The participants to remove (1 to 8).

    Example:
        {'messaging_product': 'whatsapp', 'participants': [{'user': '+16505551234'}]}

    """

    participants: list[RemoveGroupParticipant]
    """ The participants. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        participants = [participants_item_data.to_dict() for participants_item_data in self.participants]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "participants": participants,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = RemoveGroupParticipant.from_dict(participants_item_data)

            participants.append(participants_item)

        remove_group_participants_request = cls(
            messaging_product=messaging_product,
            participants=participants,
        )

        remove_group_participants_request.additional_properties = d
        return remove_group_participants_request

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
from ..models.remove_group_participant import RemoveGroupParticipant  # noqa: E402
