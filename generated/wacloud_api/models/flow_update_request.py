from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_update_request_categories_item import (
    FlowUpdateRequestCategoriesItem,
    check_flow_update_request_categories_item,
)

T = TypeVar("T", bound="FlowUpdateRequest")


@_attrs_define
class FlowUpdateRequest:
    """New metadata for a draft Flow; send only what changes.

    Example:
        {'name': 'My renamed flow', 'categories': ['APPOINTMENT_BOOKING']}

    """

    name: str | None = None
    """ New Flow name. """
    categories: list[FlowUpdateRequestCategoriesItem] | None = None
    """ New categories (replace the old ones). """
    endpoint_uri: str | None = None
    """ New data endpoint URL. """
    application_id: str | None = None
    """ Id of the Meta app to connect the Flow to (for its endpoint). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        categories: list[str] | None = None
        if self.categories is not None:
            categories = []
            for categories_item_data in self.categories:
                categories_item: str = categories_item_data
                categories.append(categories_item)

        endpoint_uri = self.endpoint_uri

        application_id = self.application_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if name is not None:
            field_dict["name"] = name
        if categories is not None:
            field_dict["categories"] = categories
        if endpoint_uri is not None:
            field_dict["endpoint_uri"] = endpoint_uri
        if application_id is not None:
            field_dict["application_id"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        _categories = d.pop("categories", None)
        categories: list[FlowUpdateRequestCategoriesItem] | None = None
        if _categories is not None:
            categories = []
            for categories_item_data in _categories:
                categories_item = check_flow_update_request_categories_item(categories_item_data)

                categories.append(categories_item)

        endpoint_uri = d.pop("endpoint_uri", None)

        application_id = d.pop("application_id", None)

        flow_update_request = cls(
            name=name,
            categories=categories,
            endpoint_uri=endpoint_uri,
            application_id=application_id,
        )

        flow_update_request.additional_properties = d
        return flow_update_request

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
