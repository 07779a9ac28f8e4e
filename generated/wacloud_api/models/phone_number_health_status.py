from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberHealthStatus")


@_attrs_define
class PhoneNumberHealthStatus:
    """Whether the number can send messages, and which entity (number, account, business, app) limits it.

    Example:
        {'can_send_message': 'LIMITED', 'entities': [{'entity_type': 'PHONE_NUMBER', 'id': '1906385232743451',
            'can_send_message': 'AVAILABLE'}, {'entity_type': 'WABA', 'id': '102290129340398', 'can_send_message':
            'LIMITED', 'additional_info': ['Your WhatsApp Business Account has a messaging limit.']}]}

    """

    can_send_message: str
    """ Overall status: `AVAILABLE`, `LIMITED` or `BLOCKED`. """
    entities: list[PhoneNumberHealthEntity] | None = None
    """ The status of each entity in the sending path. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_send_message = self.can_send_message

        entities: list[dict[str, Any]] | None = None
        if self.entities is not None:
            entities = [entities_item_data.to_dict() for entities_item_data in self.entities]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "can_send_message": can_send_message,
        }
        if entities is not None:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_send_message = d.pop("can_send_message")

        _entities = d.pop("entities", None)
        entities: list[PhoneNumberHealthEntity] | None = None
        if _entities is not None:
            entities = []
            for entities_item_data in _entities:
                entities_item = PhoneNumberHealthEntity.from_dict(entities_item_data)

                entities.append(entities_item)

        phone_number_health_status = cls(
            can_send_message=can_send_message,
            entities=entities,
        )

        phone_number_health_status.additional_properties = d
        return phone_number_health_status

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
from ..models.phone_number_health_entity import PhoneNumberHealthEntity  # noqa: E402
