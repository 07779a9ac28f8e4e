from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WabaUpdateResponse")


@_attrs_define
class WabaUpdateResponse:
    """The answer of a WhatsApp Business Account settings change.

    Example:
        {'success': True}

    """

    success: bool | None = None
    """ Whether the settings were saved. """
    id: str | None = None
    """ The account id (some settings answer it instead of `success`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        id = self.id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if success is not None:
            field_dict["success"] = success
        if id is not None:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success", None))

        id = d.pop("id", None)

        waba_update_response = cls(
            success=success,
            id=id,
        )

        waba_update_response.additional_properties = d
        return waba_update_response

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
