from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowValidationErrorPointer")


@_attrs_define
class FlowValidationErrorPointer:
    """One place in the Flow JSON involved in a validation error.

    Example:
        {'line_start': 10, 'line_end': 10, 'column_start': 21, 'column_end': 34, 'path':
            'screens[0].layout.children[0].type'}

    """

    line_start: int | None = None
    """ First line (1-based). """
    line_end: int | None = None
    """ Last line. """
    column_start: int | None = None
    """ First column. """
    column_end: int | None = None
    """ Last column. """
    path: str | None = None
    """ JSON path of the element, e.g. `screens[0].layout.children[0].type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_start = self.line_start

        line_end = self.line_end

        column_start = self.column_start

        column_end = self.column_end

        path = self.path

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if line_start is not None:
            field_dict["line_start"] = line_start
        if line_end is not None:
            field_dict["line_end"] = line_end
        if column_start is not None:
            field_dict["column_start"] = column_start
        if column_end is not None:
            field_dict["column_end"] = column_end
        if path is not None:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line_start = d.pop("line_start", None)

        line_end = d.pop("line_end", None)

        column_start = d.pop("column_start", None)

        column_end = d.pop("column_end", None)

        path = d.pop("path", None)

        flow_validation_error_pointer = cls(
            line_start=line_start,
            line_end=line_end,
            column_start=column_start,
            column_end=column_end,
            path=path,
        )

        flow_validation_error_pointer.additional_properties = d
        return flow_validation_error_pointer

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
