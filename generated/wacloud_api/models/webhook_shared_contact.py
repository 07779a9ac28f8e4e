from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSharedContact")


@_attrs_define
class WebhookSharedContact:
    """One contact card of a contacts message.

    Example:
        {'addresses': [{'city': 'Menlo Park', 'country': 'United States', 'country_code': 'US', 'state': 'CA', 'street':
            '1 Hacker Way', 'type': 'WORK', 'zip': '94025'}], 'birthday': '1999-01-23', 'emails': [{'email':
            'lucia@example.com', 'type': 'WORK'}], 'name': {'formatted_name': 'Lucía Gómez', 'first_name': 'Lucía',
            'last_name': 'Gómez'}, 'org': {'company': 'Example Inc', 'department': 'Engineering', 'title': 'Software
            Engineer'}, 'phones': [{'phone': '+1 (983) 555-2319', 'wa_id': '19835552319', 'type': 'MOBILE'}], 'urls':
            [{'url': 'https://www.example.com', 'type': 'WORK'}]}

    """

    addresses: list[WebhookContactAddress] | None = None
    """ Postal addresses. """
    birthday: str | None = None
    """ Birthday, `YYYY-MM-DD`. """
    emails: list[WebhookContactEmail] | None = None
    """ Email addresses. """
    name: WebhookContactName | None = None
    """ The name on a shared contact card. """
    org: WebhookContactOrg | None = None
    """ The organization on a shared contact card. """
    phones: list[WebhookContactPhone] | None = None
    """ Phone numbers. """
    urls: list[WebhookContactUrl] | None = None
    """ Websites. """
    origin: str | None = None
    """ `contact_request` (the user tapped a REQUEST_CONTACT_INFO button and shared their own number) or `other` (a
    contact shared in the chat) (open-ended). """
    vcard: str | None = None
    """ The contact as a vCard (RFC 6350), for `origin` `other`; absent for `contact_request`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[dict[str, Any]] | None = None
        if self.addresses is not None:
            addresses = [addresses_item_data.to_dict() for addresses_item_data in self.addresses]

        birthday = self.birthday

        emails: list[dict[str, Any]] | None = None
        if self.emails is not None:
            emails = [emails_item_data.to_dict() for emails_item_data in self.emails]

        name: dict[str, Any] | None = None
        if self.name is not None:
            name = self.name.to_dict()

        org: dict[str, Any] | None = None
        if self.org is not None:
            org = self.org.to_dict()

        phones: list[dict[str, Any]] | None = None
        if self.phones is not None:
            phones = [phones_item_data.to_dict() for phones_item_data in self.phones]

        urls: list[dict[str, Any]] | None = None
        if self.urls is not None:
            urls = [urls_item_data.to_dict() for urls_item_data in self.urls]

        origin = self.origin

        vcard = self.vcard

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if addresses is not None:
            field_dict["addresses"] = addresses
        if birthday is not None:
            field_dict["birthday"] = birthday
        if emails is not None:
            field_dict["emails"] = emails
        if name is not None:
            field_dict["name"] = name
        if org is not None:
            field_dict["org"] = org
        if phones is not None:
            field_dict["phones"] = phones
        if urls is not None:
            field_dict["urls"] = urls
        if origin is not None:
            field_dict["origin"] = origin
        if vcard is not None:
            field_dict["vcard"] = vcard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _addresses = d.pop("addresses", None)
        addresses: list[WebhookContactAddress] | None = None
        if _addresses is not None:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = WebhookContactAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        birthday = d.pop("birthday", None)

        _emails = d.pop("emails", None)
        emails: list[WebhookContactEmail] | None = None
        if _emails is not None:
            emails = []
            for emails_item_data in _emails:
                emails_item = WebhookContactEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _name = d.pop("name", None)
        name: WebhookContactName | None
        if _name is None:
            name = None
        else:
            name = WebhookContactName.from_dict(_name)

        _org = d.pop("org", None)
        org: WebhookContactOrg | None
        if _org is None:
            org = None
        else:
            org = WebhookContactOrg.from_dict(_org)

        _phones = d.pop("phones", None)
        phones: list[WebhookContactPhone] | None = None
        if _phones is not None:
            phones = []
            for phones_item_data in _phones:
                phones_item = WebhookContactPhone.from_dict(phones_item_data)

                phones.append(phones_item)

        _urls = d.pop("urls", None)
        urls: list[WebhookContactUrl] | None = None
        if _urls is not None:
            urls = []
            for urls_item_data in _urls:
                urls_item = WebhookContactUrl.from_dict(urls_item_data)

                urls.append(urls_item)

        origin = d.pop("origin", None)

        vcard = d.pop("vcard", None)

        webhook_shared_contact = cls(
            addresses=addresses,
            birthday=birthday,
            emails=emails,
            name=name,
            org=org,
            phones=phones,
            urls=urls,
            origin=origin,
            vcard=vcard,
        )

        webhook_shared_contact.additional_properties = d
        return webhook_shared_contact

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
from ..models.webhook_contact_address import WebhookContactAddress  # noqa: E402
from ..models.webhook_contact_email import WebhookContactEmail  # noqa: E402
from ..models.webhook_contact_name import WebhookContactName  # noqa: E402
from ..models.webhook_contact_org import WebhookContactOrg  # noqa: E402
from ..models.webhook_contact_phone import WebhookContactPhone  # noqa: E402
from ..models.webhook_contact_url import WebhookContactUrl  # noqa: E402
