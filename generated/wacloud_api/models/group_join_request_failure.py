from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupJoinRequestFailure")


@_attrs_define
class GroupJoinRequestFailure:
    """A join request that could not be approved or rejected.

    Example:
        {'join_request_id': 'MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw'}

    """

    join_request_id: str | None = None
    """ The join request id. """
    errors: list[GraphError] | None = None
    """ Why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        join_request_id = self.join_request_id

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if join_request_id is not None:
            field_dict["join_request_id"] = join_request_id
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        join_request_id = d.pop("join_request_id", None)

        _errors = d.pop("errors", None)
        errors: list[GraphError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = GraphError.from_dict(errors_item_data)

                errors.append(errors_item)

        group_join_request_failure = cls(
            join_request_id=join_request_id,
            errors=errors,
        )

        group_join_request_failure.additional_properties = d
        return group_join_request_failure

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
from ..models.graph_error import GraphError  # noqa: E402
