from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WabaHealthEntity")


@_attrs_define
class WabaHealthEntity:
    """The messaging health of one entity.

    Example:
        {'entity_type': 'BUSINESS', 'id': '2729063490586005', 'can_send_message': 'BLOCKED', 'errors': [{'error_code':
            141010, 'error_description': 'The Business has not passed business verification.', 'possible_solution': 'Visit
            business settings and start or resolve the business verification request.'}]}

    """

    entity_type: str
    """ `PHONE_NUMBER`, `WABA`, `BUSINESS` or `APP` (open-ended). """
    can_send_message: str
    """ `AVAILABLE`, `LIMITED` or `BLOCKED` (open-ended). """
    id: str | None = None
    """ The entity's id. """
    additional_info: list[str] | None = None
    """ Explanations of a `LIMITED` status. """
    errors: list[WabaHealthError] | None = None
    """ Problems that block or limit sending. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        can_send_message = self.can_send_message

        id = self.id

        additional_info: list[str] | None = None
        if self.additional_info is not None:
            additional_info = self.additional_info

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "entity_type": entity_type,
            "can_send_message": can_send_message,
        }
        if id is not None:
            field_dict["id"] = id
        if additional_info is not None:
            field_dict["additional_info"] = additional_info
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_type = d.pop("entity_type")

        can_send_message = d.pop("can_send_message")

        id = d.pop("id", None)

        additional_info = cast(list[str], d.pop("additional_info", None))

        _errors = d.pop("errors", None)
        errors: list[WabaHealthError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WabaHealthError.from_dict(errors_item_data)

                errors.append(errors_item)

        waba_health_entity = cls(
            entity_type=entity_type,
            can_send_message=can_send_message,
            id=id,
            additional_info=additional_info,
            errors=errors,
        )

        waba_health_entity.additional_properties = d
        return waba_health_entity

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
from ..models.waba_health_error import WabaHealthError  # noqa: E402
