from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAuthInternationalRateEligibility")


@_attrs_define
class WebhookAuthInternationalRateEligibility:
    """The account's eligibility for authentication-international rates.

    Example:
        {'start_time': 1748780624, 'exception_countries': [{'country_code': 'ID', 'start_time': 1751347424}]}

    """

    start_time: int | None = None
    """ When the rates start (Unix seconds). """
    exception_countries: list[WebhookAuthInternationalCountry] | None = None
    """ Countries where they start at another time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        exception_countries: list[dict[str, Any]] | None = None
        if self.exception_countries is not None:
            exception_countries = [
                exception_countries_item_data.to_dict() for exception_countries_item_data in self.exception_countries
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if start_time is not None:
            field_dict["start_time"] = start_time
        if exception_countries is not None:
            field_dict["exception_countries"] = exception_countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = d.pop("start_time", None)

        _exception_countries = d.pop("exception_countries", None)
        exception_countries: list[WebhookAuthInternationalCountry] | None = None
        if _exception_countries is not None:
            exception_countries = []
            for exception_countries_item_data in _exception_countries:
                exception_countries_item = WebhookAuthInternationalCountry.from_dict(exception_countries_item_data)

                exception_countries.append(exception_countries_item)

        webhook_auth_international_rate_eligibility = cls(
            start_time=start_time,
            exception_countries=exception_countries,
        )

        webhook_auth_international_rate_eligibility.additional_properties = d
        return webhook_auth_international_rate_eligibility

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
from ..models.webhook_auth_international_country import WebhookAuthInternationalCountry  # noqa: E402
