from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WabaUpdate")


@_attrs_define
class WabaUpdate:
    """WhatsApp Business Account settings to change; omitted ones are left unchanged.

    Example:
        {'disable_marketing_messages_on_cloud_api': True}

    """

    name: str | None = None
    """ A new name for the account. """
    timezone_id: str | None = None
    """ A Meta time zone id. """
    is_enabled_for_insights: bool | None = None
    """ Enable template analytics (irreversible). """
    disable_marketing_messages_on_cloud_api: bool | None = None
    """ Refuse Marketing templates on `/messages`; send them with the Marketing Messages API instead. """
    degrees_of_freedom_spec: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        timezone_id = self.timezone_id

        is_enabled_for_insights = self.is_enabled_for_insights

        disable_marketing_messages_on_cloud_api = self.disable_marketing_messages_on_cloud_api

        degrees_of_freedom_spec: dict[str, Any] | None = None
        if self.degrees_of_freedom_spec is not None:
            degrees_of_freedom_spec = self.degrees_of_freedom_spec.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if name is not None:
            field_dict["name"] = name
        if timezone_id is not None:
            field_dict["timezone_id"] = timezone_id
        if is_enabled_for_insights is not None:
            field_dict["is_enabled_for_insights"] = is_enabled_for_insights
        if disable_marketing_messages_on_cloud_api is not None:
            field_dict["disable_marketing_messages_on_cloud_api"] = disable_marketing_messages_on_cloud_api
        if degrees_of_freedom_spec is not None:
            field_dict["degrees_of_freedom_spec"] = degrees_of_freedom_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        timezone_id = d.pop("timezone_id", None)

        is_enabled_for_insights = graph_bool(d.pop("is_enabled_for_insights", None))

        disable_marketing_messages_on_cloud_api = graph_bool(d.pop("disable_marketing_messages_on_cloud_api", None))

        _degrees_of_freedom_spec = d.pop("degrees_of_freedom_spec", None)
        degrees_of_freedom_spec: JsonObject | None
        if _degrees_of_freedom_spec is None:
            degrees_of_freedom_spec = None
        else:
            degrees_of_freedom_spec = JsonObject.from_dict(_degrees_of_freedom_spec)

        waba_update = cls(
            name=name,
            timezone_id=timezone_id,
            is_enabled_for_insights=is_enabled_for_insights,
            disable_marketing_messages_on_cloud_api=disable_marketing_messages_on_cloud_api,
            degrees_of_freedom_spec=degrees_of_freedom_spec,
        )

        waba_update.additional_properties = d
        return waba_update

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
from ..models.json_object import JsonObject  # noqa: E402
