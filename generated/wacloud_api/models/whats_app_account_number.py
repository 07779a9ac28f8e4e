from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WhatsAppAccountNumber")


@_attrs_define
class WhatsAppAccountNumber:
    """A WhatsApp account number. Properties appear when requested with `fields`.

    Example:
        {'id': '2039485761029384', 'display_phone_number': '+1 631-555-5555', 'status': 'CONNECTED'}

    """

    id: str
    """ The account-number id. """
    display_phone_number: str | None = None
    """ The number as displayed, e.g. `+1 631-555-5555`. """
    verified_name: str | None = None
    """ The verified display name. """
    status: str | None = None
    """ e.g. `CONNECTED`, `DISCONNECTED`, `PENDING`, `FLAGGED`, `RESTRICTED`. """
    quality_rating: str | None = None
    """ `GREEN`, `YELLOW`, `RED` or `NA`. """
    country_code: str | None = None
    """ ISO 3166 alpha-2 country of the number. """
    country_dial_code: str | None = None
    """ The country calling code, e.g. `1`. """
    code_verification_status: str | None = None
    """ `VERIFIED`, `NOT_VERIFIED` or `EXPIRED`. """
    name_status: str | None = None
    """ Display name review status, e.g. `APPROVED`. """
    messaging_limit_tier: str | None = None
    """ e.g. `TIER_250`, `TIER_1K`, `TIER_UNLIMITED`. """
    account_mode: str | None = None
    """ `LIVE` or `SANDBOX`. """
    certificate: str | None = None
    """ Base64 display name certificate. """
    is_official_business_account: bool | None = None
    """ Whether the number has an Official Business Account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_phone_number = self.display_phone_number

        verified_name = self.verified_name

        status = self.status

        quality_rating = self.quality_rating

        country_code = self.country_code

        country_dial_code = self.country_dial_code

        code_verification_status = self.code_verification_status

        name_status = self.name_status

        messaging_limit_tier = self.messaging_limit_tier

        account_mode = self.account_mode

        certificate = self.certificate

        is_official_business_account = self.is_official_business_account

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if verified_name is not None:
            field_dict["verified_name"] = verified_name
        if status is not None:
            field_dict["status"] = status
        if quality_rating is not None:
            field_dict["quality_rating"] = quality_rating
        if country_code is not None:
            field_dict["country_code"] = country_code
        if country_dial_code is not None:
            field_dict["country_dial_code"] = country_dial_code
        if code_verification_status is not None:
            field_dict["code_verification_status"] = code_verification_status
        if name_status is not None:
            field_dict["name_status"] = name_status
        if messaging_limit_tier is not None:
            field_dict["messaging_limit_tier"] = messaging_limit_tier
        if account_mode is not None:
            field_dict["account_mode"] = account_mode
        if certificate is not None:
            field_dict["certificate"] = certificate
        if is_official_business_account is not None:
            field_dict["is_official_business_account"] = is_official_business_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        display_phone_number = d.pop("display_phone_number", None)

        verified_name = d.pop("verified_name", None)

        status = d.pop("status", None)

        quality_rating = d.pop("quality_rating", None)

        country_code = d.pop("country_code", None)

        country_dial_code = d.pop("country_dial_code", None)

        code_verification_status = d.pop("code_verification_status", None)

        name_status = d.pop("name_status", None)

        messaging_limit_tier = d.pop("messaging_limit_tier", None)

        account_mode = d.pop("account_mode", None)

        certificate = d.pop("certificate", None)

        is_official_business_account = graph_bool(d.pop("is_official_business_account", None))

        whats_app_account_number = cls(
            id=id,
            display_phone_number=display_phone_number,
            verified_name=verified_name,
            status=status,
            quality_rating=quality_rating,
            country_code=country_code,
            country_dial_code=country_dial_code,
            code_verification_status=code_verification_status,
            name_status=name_status,
            messaging_limit_tier=messaging_limit_tier,
            account_mode=account_mode,
            certificate=certificate,
            is_official_business_account=is_official_business_account,
        )

        whats_app_account_number.additional_properties = d
        return whats_app_account_number

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
