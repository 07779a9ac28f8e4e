from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowValidationError")


@_attrs_define
class FlowValidationError:
    """One problem in a Flow JSON, with its position in the file.

    Example:
        {'error': 'INVALID_PROPERTY', 'error_type': 'JSON_SCHEMA_ERROR', 'message': 'The property "initial-text" cannot
            be specified at "$root/screens/0/layout/children/2/children/0".', 'line_start': 46, 'line_end': 46,
            'column_start': 17, 'column_end': 30}

    """

    error: str
    """ Error code, e.g. `INVALID_PROPERTY`, `INVALID_PROPERTY_VALUE` (open-ended). """
    error_type: str
    """ Error family, e.g. `JSON_SCHEMA_ERROR`, `FLOW_JSON_ERROR` (open-ended). """
    message: str
    """ Human-readable explanation. """
    line_start: int | None = None
    """ First line of the problem (1-based). """
    line_end: int | None = None
    """ Last line of the problem. """
    column_start: int | None = None
    """ First column of the problem. """
    column_end: int | None = None
    """ Last column of the problem. """
    pointers: list[FlowValidationErrorPointer] | None = None
    """ Every place in the Flow JSON involved in the problem. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_type = self.error_type

        message = self.message

        line_start = self.line_start

        line_end = self.line_end

        column_start = self.column_start

        column_end = self.column_end

        pointers: list[dict[str, Any]] | None = None
        if self.pointers is not None:
            pointers = [pointers_item_data.to_dict() for pointers_item_data in self.pointers]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "error": error,
            "error_type": error_type,
            "message": message,
        }
        if line_start is not None:
            field_dict["line_start"] = line_start
        if line_end is not None:
            field_dict["line_end"] = line_end
        if column_start is not None:
            field_dict["column_start"] = column_start
        if column_end is not None:
            field_dict["column_end"] = column_end
        if pointers is not None:
            field_dict["pointers"] = pointers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        error_type = d.pop("error_type")

        message = d.pop("message")

        line_start = d.pop("line_start", None)

        line_end = d.pop("line_end", None)

        column_start = d.pop("column_start", None)

        column_end = d.pop("column_end", None)

        _pointers = d.pop("pointers", None)
        pointers: list[FlowValidationErrorPointer] | None = None
        if _pointers is not None:
            pointers = []
            for pointers_item_data in _pointers:
                pointers_item = FlowValidationErrorPointer.from_dict(pointers_item_data)

                pointers.append(pointers_item)

        flow_validation_error = cls(
            error=error,
            error_type=error_type,
            message=message,
            line_start=line_start,
            line_end=line_end,
            column_start=column_start,
            column_end=column_end,
            pointers=pointers,
        )

        flow_validation_error.additional_properties = d
        return flow_validation_error

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
from ..models.flow_validation_error_pointer import FlowValidationErrorPointer  # noqa: E402
