from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowApplication")


@_attrs_define
class FlowApplication:
    """The Meta app connected to a Flow (its endpoint and encryption belong to this app).

    Example:
        {'id': '5555555555555555', 'name': 'My Awesome App', 'link':
            'https://www.facebook.com/games/?app_id=5555555555555555'}

    """

    id: str
    """ App id. """
    name: str | None = None
    """ App name. """
    link: str | None = None
    """ Link to the app. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        link = self.link

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if link is not None:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        link = d.pop("link", None)

        flow_application = cls(
            id=id,
            name=name,
            link=link,
        )

        flow_application.additional_properties = d
        return flow_application

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
