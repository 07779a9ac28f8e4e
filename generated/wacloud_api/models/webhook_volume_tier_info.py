from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookVolumeTierInfo")


@_attrs_define
class WebhookVolumeTierInfo:
    """A volume-based pricing tier the account reached in a market.

    Example:
        {'tier': '25000001:50000000', 'effective_month': '2025-11', 'pricing_category': 'UTILITY', 'region': 'India',
            'tier_update_time': 1743451903}

    """

    tier: str | None = None
    """ The message volume range of the tier, e.g. `25000001:50000000`. """
    effective_month: str | None = None
    """ The month the tier applies to, `YYYY-MM`. """
    pricing_category: str | None = None
    """ `UTILITY`, `AUTHENTICATION` ... (open-ended). """
    region: str | None = None
    """ The market, e.g. `India`. """
    tier_update_time: int | None = None
    """ When the tier changed (Unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier = self.tier

        effective_month = self.effective_month

        pricing_category = self.pricing_category

        region = self.region

        tier_update_time = self.tier_update_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if tier is not None:
            field_dict["tier"] = tier
        if effective_month is not None:
            field_dict["effective_month"] = effective_month
        if pricing_category is not None:
            field_dict["pricing_category"] = pricing_category
        if region is not None:
            field_dict["region"] = region
        if tier_update_time is not None:
            field_dict["tier_update_time"] = tier_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tier = d.pop("tier", None)

        effective_month = d.pop("effective_month", None)

        pricing_category = d.pop("pricing_category", None)

        region = d.pop("region", None)

        tier_update_time = d.pop("tier_update_time", None)

        webhook_volume_tier_info = cls(
            tier=tier,
            effective_month=effective_month,
            pricing_category=pricing_category,
            region=region,
            tier_update_time=tier_update_time,
        )

        webhook_volume_tier_info.additional_properties = d
        return webhook_volume_tier_info

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
