from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookIdChange")


@_attrs_define
class WebhookIdChange:
    """A previous and a current id.

    Example:
        {'previous': 'US.13491208655302741918', 'current': 'US.24817305912873645029'}

    """

    previous: str | None = None
    """ The old id. """
    current: str | None = None
    """ The new id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous = self.previous

        current = self.current

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if previous is not None:
            field_dict["previous"] = previous
        if current is not None:
            field_dict["current"] = current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous = d.pop("previous", None)

        current = d.pop("current", None)

        webhook_id_change = cls(
            previous=previous,
            current=current,
        )

        webhook_id_change.additional_properties = d
        return webhook_id_change

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
