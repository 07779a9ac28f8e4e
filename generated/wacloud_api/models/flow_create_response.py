from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="FlowCreateResponse")


@_attrs_define
class FlowCreateResponse:
    """The id of a created Flow, and the validation errors of its Flow JSON when one was given.

    Example:
        {'id': '1234567890123456', 'success': True, 'validation_errors': []}

    """

    id: str
    """ The new Flow's id. """
    success: bool | None = None
    """ Whether the Flow was created (and published when asked). """
    validation_errors: list[FlowValidationError] | None = None
    """ Errors of the given Flow JSON; empty when it is valid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        success = self.success

        validation_errors: list[dict[str, Any]] | None = None
        if self.validation_errors is not None:
            validation_errors = [
                validation_errors_item_data.to_dict() for validation_errors_item_data in self.validation_errors
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if success is not None:
            field_dict["success"] = success
        if validation_errors is not None:
            field_dict["validation_errors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        success = graph_bool(d.pop("success", None))

        _validation_errors = d.pop("validation_errors", None)
        validation_errors: list[FlowValidationError] | None = None
        if _validation_errors is not None:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = FlowValidationError.from_dict(validation_errors_item_data)

                validation_errors.append(validation_errors_item)

        flow_create_response = cls(
            id=id,
            success=success,
            validation_errors=validation_errors,
        )

        flow_create_response.additional_properties = d
        return flow_create_response

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
from ..models.flow_validation_error import FlowValidationError  # noqa: E402
