from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WebhookIdentity")


@_attrs_define
class WebhookIdentity:
    """A user's identity key, sent with a `customer_identity_changed` system message (identity check).

    Example:
        {'acknowledged': True, 'created_timestamp': 1749416383, 'hash': 'Sjvjlx8G6Z0='}

    """

    acknowledged: bool | None = None
    """ Whether the change was acknowledged. """
    created_timestamp: int | None = None
    """ When the new identity was created (Unix seconds). """
    hash_: str | None = None
    """ The identity key hash; send it as `recipient_identity_key_hash` to refuse delivery if it changes again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acknowledged = self.acknowledged

        created_timestamp = self.created_timestamp

        hash_ = self.hash_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if acknowledged is not None:
            field_dict["acknowledged"] = acknowledged
        if created_timestamp is not None:
            field_dict["created_timestamp"] = created_timestamp
        if hash_ is not None:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged = graph_bool(d.pop("acknowledged", None))

        created_timestamp = d.pop("created_timestamp", None)

        hash_ = d.pop("hash", None)

        webhook_identity = cls(
            acknowledged=acknowledged,
            created_timestamp=created_timestamp,
            hash_=hash_,
        )

        webhook_identity.additional_properties = d
        return webhook_identity

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
