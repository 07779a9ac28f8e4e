from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberHealthError")


@_attrs_define
class PhoneNumberHealthError:
    """A reason an entity cannot send messages.

    Example:
        {'error_code': 141006, 'error_description': 'There is an error with the payment method.', 'possible_solution':
            'Add a valid payment method.'}

    """

    error_code: int | None = None
    """ The error code. """
    error_description: str | None = None
    """ What is wrong. """
    possible_solution: str | None = None
    """ How to fix it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_description = self.error_description

        possible_solution = self.possible_solution

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if error_code is not None:
            field_dict["error_code"] = error_code
        if error_description is not None:
            field_dict["error_description"] = error_description
        if possible_solution is not None:
            field_dict["possible_solution"] = possible_solution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("error_code", None)

        error_description = d.pop("error_description", None)

        possible_solution = d.pop("possible_solution", None)

        phone_number_health_error = cls(
            error_code=error_code,
            error_description=error_description,
            possible_solution=possible_solution,
        )

        phone_number_health_error.additional_properties = d
        return phone_number_health_error

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
