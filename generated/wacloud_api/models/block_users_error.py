from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockUsersError")


@_attrs_define
class BlockUsersError:
    """Why one user could not be blocked or unblocked.

    Example:
        {'message': 'Re-engagement check failed', 'code': 139100, 'error_data': {'details': 'Failed to block/unblock
            users'}}

    """

    message: str | None = None
    """ Error title. """
    code: int | None = None
    """ Error code, e.g. 139100 (block/unblock failed). """
    error_data: GraphErrorData | None = None
    """ Extra information about a Graph error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        error_data: dict[str, Any] | None = None
        if self.error_data is not None:
            error_data = self.error_data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if message is not None:
            field_dict["message"] = message
        if code is not None:
            field_dict["code"] = code
        if error_data is not None:
            field_dict["error_data"] = error_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", None)

        code = d.pop("code", None)

        _error_data = d.pop("error_data", None)
        error_data: GraphErrorData | None
        if _error_data is None:
            error_data = None
        else:
            error_data = GraphErrorData.from_dict(_error_data)

        block_users_error = cls(
            message=message,
            code=code,
            error_data=error_data,
        )

        block_users_error.additional_properties = d
        return block_users_error

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
from ..models.graph_error_data import GraphErrorData  # noqa: E402
