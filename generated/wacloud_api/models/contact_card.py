from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCard")


@_attrs_define
class ContactCard:
    """A contact card (vCard-like).

    Example:
        {'name': {'formatted_name': 'Jane Doe'}, 'phones': [{'phone': '+1 555 123 4567', 'type': 'WORK', 'wa_id':
            '15551234567'}]}

    """

    name: ContactName
    """ A contact's name; `formatted_name` and at least one other part are required by Meta. """
    addresses: list[ContactAddress] | Unset = UNSET
    """ Postal addresses. """
    birthday: str | Unset = UNSET
    """ Birthday as YYYY-MM-DD. """
    emails: list[ContactEmail] | Unset = UNSET
    """ Email addresses. """
    org: ContactOrg | Unset = UNSET
    """ A contact's organisation. """
    phones: list[ContactPhone] | Unset = UNSET
    """ Phone numbers. """
    urls: list[ContactUrl] | Unset = UNSET
    """ Web sites. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.to_dict()

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        birthday = self.birthday

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.org, Unset):
            org = self.org.to_dict()

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if emails is not UNSET:
            field_dict["emails"] = emails
        if org is not UNSET:
            field_dict["org"] = org
        if phones is not UNSET:
            field_dict["phones"] = phones
        if urls is not UNSET:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = ContactName.from_dict(d.pop("name"))

        _addresses = d.pop("addresses", UNSET)
        addresses: list[ContactAddress] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ContactAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        birthday = d.pop("birthday", UNSET)

        _emails = d.pop("emails", UNSET)
        emails: list[ContactEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = ContactEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _org = d.pop("org", UNSET)
        org: ContactOrg | Unset
        if isinstance(_org, Unset):
            org = UNSET
        else:
            org = ContactOrg.from_dict(_org)

        _phones = d.pop("phones", UNSET)
        phones: list[ContactPhone] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = ContactPhone.from_dict(phones_item_data)

                phones.append(phones_item)

        _urls = d.pop("urls", UNSET)
        urls: list[ContactUrl] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = ContactUrl.from_dict(urls_item_data)

                urls.append(urls_item)

        contact_card = cls(
            name=name,
            addresses=addresses,
            birthday=birthday,
            emails=emails,
            org=org,
            phones=phones,
            urls=urls,
        )

        contact_card.additional_properties = d
        return contact_card

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
from ..models.contact_address import ContactAddress  # noqa: E402
from ..models.contact_email import ContactEmail  # noqa: E402
from ..models.contact_name import ContactName  # noqa: E402
from ..models.contact_org import ContactOrg  # noqa: E402
from ..models.contact_phone import ContactPhone  # noqa: E402
from ..models.contact_url import ContactUrl  # noqa: E402
