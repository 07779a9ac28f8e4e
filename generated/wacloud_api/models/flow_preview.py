from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowPreview")


@_attrs_define
class FlowPreview:
    """A web link that previews the Flow, valid until `expires_at`.

    Example:
        {'preview_url': 'https://business.facebook.com/wa/manage/flows/1234567890123456/preview/?token=b9d6a1f2',
            'expires_at': '2023-05-21T11:18:09+0000'}

    """

    preview_url: str
    """ The preview link (can be shared; no login needed). """
    expires_at: str
    """ When the link expires, e.g. `2023-05-21T11:18:09+0000`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview_url = self.preview_url

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "preview_url": preview_url,
            "expires_at": expires_at,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preview_url = d.pop("preview_url")

        expires_at = d.pop("expires_at")

        flow_preview = cls(
            preview_url=preview_url,
            expires_at=expires_at,
        )

        flow_preview.additional_properties = d
        return flow_preview

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
