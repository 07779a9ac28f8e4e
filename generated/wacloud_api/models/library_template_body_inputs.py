from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="LibraryTemplateBodyInputs")


@_attrs_define
class LibraryTemplateBodyInputs:
    """Optional body features of a library template.

    Example:
        {'add_contact_number': True}

    """

    add_contact_number: bool | None = None
    """ Add the business phone number to the body. """
    add_learn_more_link: bool | None = None
    """ Add a "learn more" link. """
    add_security_recommendation: bool | None = None
    """ Authentication: add the security recommendation. """
    add_track_package_link: bool | None = None
    """ Add a package tracking link. """
    code_expiration_minutes: int | None = None
    """ Authentication: code expiry notice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_contact_number = self.add_contact_number

        add_learn_more_link = self.add_learn_more_link

        add_security_recommendation = self.add_security_recommendation

        add_track_package_link = self.add_track_package_link

        code_expiration_minutes = self.code_expiration_minutes

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if add_contact_number is not None:
            field_dict["add_contact_number"] = add_contact_number
        if add_learn_more_link is not None:
            field_dict["add_learn_more_link"] = add_learn_more_link
        if add_security_recommendation is not None:
            field_dict["add_security_recommendation"] = add_security_recommendation
        if add_track_package_link is not None:
            field_dict["add_track_package_link"] = add_track_package_link
        if code_expiration_minutes is not None:
            field_dict["code_expiration_minutes"] = code_expiration_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add_contact_number = graph_bool(d.pop("add_contact_number", None))

        add_learn_more_link = graph_bool(d.pop("add_learn_more_link", None))

        add_security_recommendation = graph_bool(d.pop("add_security_recommendation", None))

        add_track_package_link = graph_bool(d.pop("add_track_package_link", None))

        code_expiration_minutes = d.pop("code_expiration_minutes", None)

        library_template_body_inputs = cls(
            add_contact_number=add_contact_number,
            add_learn_more_link=add_learn_more_link,
            add_security_recommendation=add_security_recommendation,
            add_track_package_link=add_track_package_link,
            code_expiration_minutes=code_expiration_minutes,
        )

        library_template_body_inputs.additional_properties = d
        return library_template_body_inputs

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
