from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Paging")


@_attrs_define
class Paging:
    """Cursor-based paging of a Graph list. Follow `cursors.after` (or `next`) until it is absent.

    Example:
        {'cursors': {'before': 'QVFIUk1', 'after': 'QVFIUjRm'}, 'next':
            'https://graph.facebook.com/v26.0/102290129340398/phone_numbers?after=QVFIUjRm'}

    """

    cursors: PagingCursors | None = None
    """ Opaque cursors around the current page. """
    next_: str | None = None
    """ URL of the next page; absent on the last page. """
    previous: str | None = None
    """ URL of the previous page; absent on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursors: dict[str, Any] | None = None
        if self.cursors is not None:
            cursors = self.cursors.to_dict()

        next_ = self.next_

        previous = self.previous

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if cursors is not None:
            field_dict["cursors"] = cursors
        if next_ is not None:
            field_dict["next"] = next_
        if previous is not None:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cursors = d.pop("cursors", None)
        cursors: PagingCursors | None
        if _cursors is None:
            cursors = None
        else:
            cursors = PagingCursors.from_dict(_cursors)

        next_ = d.pop("next", None)

        previous = d.pop("previous", None)

        paging = cls(
            cursors=cursors,
            next_=next_,
            previous=previous,
        )

        paging.additional_properties = d
        return paging

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
from ..models.paging_cursors import PagingCursors  # noqa: E402
