from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PagingCursors")


@_attrs_define
class PagingCursors:
    """Opaque cursors around the current page.

    Example:
        {'before': 'QVFIUk1', 'after': 'QVFIUjRm'}

    """

    before: str | None = None
    """ Cursor of the first item of this page. """
    after: str | None = None
    """ Cursor of the last item of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before = self.before

        after = self.after

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if before is not None:
            field_dict["before"] = before
        if after is not None:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        before = d.pop("before", None)

        after = d.pop("after", None)

        paging_cursors = cls(
            before=before,
            after=after,
        )

        paging_cursors.additional_properties = d
        return paging_cursors

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
