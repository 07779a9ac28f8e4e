from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsernameSuggestionGroup")


@_attrs_define
class UsernameSuggestionGroup:
    """Reserved usernames.

    Example:
        {'username_suggestions': ['lucky.shrub']}

    """

    username_suggestions: list[str] | None = None
    """ The reserved usernames, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username_suggestions: list[str] | None = None
        if self.username_suggestions is not None:
            username_suggestions = self.username_suggestions

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if username_suggestions is not None:
            field_dict["username_suggestions"] = username_suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username_suggestions = cast(list[str], d.pop("username_suggestions", None))

        username_suggestion_group = cls(
            username_suggestions=username_suggestions,
        )

        username_suggestion_group.additional_properties = d
        return username_suggestion_group

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
