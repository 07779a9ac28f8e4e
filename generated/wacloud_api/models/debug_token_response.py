from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DebugTokenResponse")


@_attrs_define
class DebugTokenResponse:
    """The answer of `GET /debug_token`.

    Example:
        {'data': {'app_id': '670843887433847', 'type': 'SYSTEM_USER', 'application': 'JaspersMarket', 'is_valid': True,
            'granular_scopes': [{'scope': 'whatsapp_business_management', 'target_ids': ['102289599326934']}]}}

    """

    data: DebugTokenData
    """ Metadata about an access token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = DebugTokenData.from_dict(d.pop("data"))

        debug_token_response = cls(
            data=data,
        )

        debug_token_response.additional_properties = d
        return debug_token_response

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
from ..models.debug_token_data import DebugTokenData  # noqa: E402
