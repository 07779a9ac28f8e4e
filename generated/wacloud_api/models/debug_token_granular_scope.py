from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DebugTokenGranularScope")


@_attrs_define
class DebugTokenGranularScope:
    """A permission and the objects it is limited to.

    Example:
        {'scope': 'whatsapp_business_management', 'target_ids': ['102289599326934']}

    """

    scope: str
    """ The permission, e.g. `whatsapp_business_management`. """
    target_ids: list[str] | None = None
    """ The object ids the permission covers (WhatsApp Business Account ids); absent when it covers all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        target_ids: list[str] | None = None
        if self.target_ids is not None:
            target_ids = self.target_ids

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "scope": scope,
        }
        if target_ids is not None:
            field_dict["target_ids"] = target_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = d.pop("scope")

        target_ids = cast(list[str], d.pop("target_ids", None))

        debug_token_granular_scope = cls(
            scope=scope,
            target_ids=target_ids,
        )

        debug_token_granular_scope.additional_properties = d
        return debug_token_granular_scope

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
