from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_create_request_categories_item import (
    FlowCreateRequestCategoriesItem,
    check_flow_create_request_categories_item,
)
from ..types import graph_bool

T = TypeVar("T", bound="FlowCreateRequest")


@_attrs_define
class FlowCreateRequest:
    """A new Flow.

    Example:
        {'name': 'My first flow', 'categories': ['OTHER'], 'clone_flow_id': '2345678901234567'}

    """

    name: str
    """ Flow name, unique in the WhatsApp Business Account. """
    categories: list[FlowCreateRequestCategoriesItem]
    """ At least one category. """
    clone_flow_id: str | None = None
    """ Id of an existing Flow to copy (Flow JSON included). """
    endpoint_uri: str | None = None
    """ URL of the data endpoint, for Flows that exchange data (Flow JSON 3.0+). """
    flow_json: str | None = None
    """ The Flow JSON, serialised as a string (not an object). """
    publish: bool | None = None
    """ Publish the Flow right away (needs a valid `flow_json`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        categories = []
        for categories_item_data in self.categories:
            categories_item: str = categories_item_data
            categories.append(categories_item)

        clone_flow_id = self.clone_flow_id

        endpoint_uri = self.endpoint_uri

        flow_json = self.flow_json

        publish = self.publish

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "categories": categories,
        }
        if clone_flow_id is not None:
            field_dict["clone_flow_id"] = clone_flow_id
        if endpoint_uri is not None:
            field_dict["endpoint_uri"] = endpoint_uri
        if flow_json is not None:
            field_dict["flow_json"] = flow_json
        if publish is not None:
            field_dict["publish"] = publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = check_flow_create_request_categories_item(categories_item_data)

            categories.append(categories_item)

        clone_flow_id = d.pop("clone_flow_id", None)

        endpoint_uri = d.pop("endpoint_uri", None)

        flow_json = d.pop("flow_json", None)

        publish = graph_bool(d.pop("publish", None))

        flow_create_request = cls(
            name=name,
            categories=categories,
            clone_flow_id=clone_flow_id,
            endpoint_uri=endpoint_uri,
            flow_json=flow_json,
            publish=publish,
        )

        flow_create_request.additional_properties = d
        return flow_create_request

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
