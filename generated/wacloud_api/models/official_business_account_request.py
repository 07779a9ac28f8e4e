from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfficialBusinessAccountRequest")


@_attrs_define
class OfficialBusinessAccountRequest:
    """An Official Business Account request, as the Graph reference lists its fields. (Meta's OpenAPI file
    describes an older `action` / `application_data` form; Graph reports a missing field itself.)

        Example:
            {'business_website_url': 'https://www.luckyshrub.com', 'primary_country_of_operation': 'United States',
                'primary_language': 'English', 'supporting_links': ['https://www.nytimes.com/lucky-shrub']}

    """

    business_website_url: str | None = None
    """ The business's website. """
    primary_country_of_operation: str | None = None
    """ The main country of operation, e.g. `United States`. """
    primary_language: str | None = None
    """ The main language, e.g. `English`. """
    supporting_links: list[str] | None = None
    """ Up to 5 links showing the business is notable (news coverage; not paid or promotional). """
    parent_business_or_brand: str | None = None
    """ The parent business or brand. """
    additional_supporting_information: str | None = None
    """ Anything else that supports the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_website_url = self.business_website_url

        primary_country_of_operation = self.primary_country_of_operation

        primary_language = self.primary_language

        supporting_links: list[str] | None = None
        if self.supporting_links is not None:
            supporting_links = self.supporting_links

        parent_business_or_brand = self.parent_business_or_brand

        additional_supporting_information = self.additional_supporting_information

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if business_website_url is not None:
            field_dict["business_website_url"] = business_website_url
        if primary_country_of_operation is not None:
            field_dict["primary_country_of_operation"] = primary_country_of_operation
        if primary_language is not None:
            field_dict["primary_language"] = primary_language
        if supporting_links is not None:
            field_dict["supporting_links"] = supporting_links
        if parent_business_or_brand is not None:
            field_dict["parent_business_or_brand"] = parent_business_or_brand
        if additional_supporting_information is not None:
            field_dict["additional_supporting_information"] = additional_supporting_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_website_url = d.pop("business_website_url", None)

        primary_country_of_operation = d.pop("primary_country_of_operation", None)

        primary_language = d.pop("primary_language", None)

        supporting_links = cast(list[str], d.pop("supporting_links", None))

        parent_business_or_brand = d.pop("parent_business_or_brand", None)

        additional_supporting_information = d.pop("additional_supporting_information", None)

        official_business_account_request = cls(
            business_website_url=business_website_url,
            primary_country_of_operation=primary_country_of_operation,
            primary_language=primary_language,
            supporting_links=supporting_links,
            parent_business_or_brand=parent_business_or_brand,
            additional_supporting_information=additional_supporting_information,
        )

        official_business_account_request.additional_properties = d
        return official_business_account_request

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
