from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    addresses: list[ContactAddress] | None = None
    """ Postal addresses. """
    birthday: str | None = None
    """ Birthday as YYYY-MM-DD. """
    emails: list[ContactEmail] | None = None
    """ Email addresses. """
    org: ContactOrg | None = None
    """ A contact's organisation. """
    phones: list[ContactPhone] | None = None
    """ Phone numbers. """
    urls: list[ContactUrl] | None = None
    """ Web sites. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.to_dict()

        addresses: list[dict[str, Any]] | None = None
        if self.addresses is not None:
            addresses = [addresses_item_data.to_dict() for addresses_item_data in self.addresses]

        birthday = self.birthday

        emails: list[dict[str, Any]] | None = None
        if self.emails is not None:
            emails = [emails_item_data.to_dict() for emails_item_data in self.emails]

        org: dict[str, Any] | None = None
        if self.org is not None:
            org = self.org.to_dict()

        phones: list[dict[str, Any]] | None = None
        if self.phones is not None:
            phones = [phones_item_data.to_dict() for phones_item_data in self.phones]

        urls: list[dict[str, Any]] | None = None
        if self.urls is not None:
            urls = [urls_item_data.to_dict() for urls_item_data in self.urls]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
        }
        if addresses is not None:
            field_dict["addresses"] = addresses
        if birthday is not None:
            field_dict["birthday"] = birthday
        if emails is not None:
            field_dict["emails"] = emails
        if org is not None:
            field_dict["org"] = org
        if phones is not None:
            field_dict["phones"] = phones
        if urls is not None:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = ContactName.from_dict(d.pop("name"))

        _addresses = d.pop("addresses", None)
        addresses: list[ContactAddress] | None = None
        if _addresses is not None:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ContactAddress.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        birthday = d.pop("birthday", None)

        _emails = d.pop("emails", None)
        emails: list[ContactEmail] | None = None
        if _emails is not None:
            emails = []
            for emails_item_data in _emails:
                emails_item = ContactEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _org = d.pop("org", None)
        org: ContactOrg | None
        if _org is None:
            org = None
        else:
            org = ContactOrg.from_dict(_org)

        _phones = d.pop("phones", None)
        phones: list[ContactPhone] | None = None
        if _phones is not None:
            phones = []
            for phones_item_data in _phones:
                phones_item = ContactPhone.from_dict(phones_item_data)

                phones.append(phones_item)

        _urls = d.pop("urls", None)
        urls: list[ContactUrl] | None = None
        if _urls is not None:
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
