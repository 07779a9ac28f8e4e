from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowAsset")


@_attrs_define
class FlowAsset:
    """One asset of a Flow.

    Example:
        {'name': 'flow.json', 'asset_type': 'FLOW_JSON', 'download_url':
            'https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/An_Hq0jnfJ'}

    """

    name: str
    """ File name, e.g. `flow.json`. """
    asset_type: str
    """ Asset type: `FLOW_JSON` (open-ended). """
    download_url: str | None = None
    """ Short-lived link to download the asset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        asset_type = self.asset_type

        download_url = self.download_url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "asset_type": asset_type,
        }
        if download_url is not None:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        asset_type = d.pop("asset_type")

        download_url = d.pop("download_url", None)

        flow_asset = cls(
            name=name,
            asset_type=asset_type,
            download_url=download_url,
        )

        flow_asset.additional_properties = d
        return flow_asset

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
