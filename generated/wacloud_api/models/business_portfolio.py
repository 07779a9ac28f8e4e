from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessPortfolio")


@_attrs_define
class BusinessPortfolio:
    """A business portfolio. Properties appear when requested with `fields`.

    Example:
        {'id': '506914307656634', 'name': 'Lucky Shrub', 'timezone_id': 0}

    """

    id: str
    """ The business portfolio id. """
    name: str | None = None
    """ The business name. """
    timezone_id: int | None = None
    """ The business's time zone id. """
    verification_status: str | None = None
    """ Business verification status, e.g. `verified`, `not_verified`, `pending`. """
    whatsapp_business_manager_messaging_limit: str | None = None
    """ The portfolio's messaging limit (v24.0 and newer), e.g. `TIER_2K`, `TIER_10K`, `TIER_100K`,
    `TIER_UNLIMITED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        timezone_id = self.timezone_id

        verification_status = self.verification_status

        whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if timezone_id is not None:
            field_dict["timezone_id"] = timezone_id
        if verification_status is not None:
            field_dict["verification_status"] = verification_status
        if whatsapp_business_manager_messaging_limit is not None:
            field_dict["whatsapp_business_manager_messaging_limit"] = whatsapp_business_manager_messaging_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        timezone_id = d.pop("timezone_id", None)

        verification_status = d.pop("verification_status", None)

        whatsapp_business_manager_messaging_limit = d.pop("whatsapp_business_manager_messaging_limit", None)

        business_portfolio = cls(
            id=id,
            name=name,
            timezone_id=timezone_id,
            verification_status=verification_status,
            whatsapp_business_manager_messaging_limit=whatsapp_business_manager_messaging_limit,
        )

        business_portfolio.additional_properties = d
        return business_portfolio

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
