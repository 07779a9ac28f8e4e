from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="PreverifiedNumber")


@_attrs_define
class PreverifiedNumber:
    """A pre-verified phone number. Properties appear when requested with `fields`.

    Example:
        {'id': '1284738293846238', 'phone_number': '+1 631-555-1000', 'code_verification_status': 'VERIFIED'}

    """

    id: str
    """ The pre-verified number id. """
    phone_number: str | None = None
    """ The phone number. """
    display_phone_number: str | None = None
    """ The number as displayed. """
    country_prefix: int | None = None
    """ The country calling code, e.g. `1`. """
    code_verification_status: str | None = None
    """ `VERIFIED`, `NOT_VERIFIED` or `EXPIRED`. """
    code_verification_time: str | None = None
    """ When the number was verified, as Graph sends it. """
    verification_expiry_time: str | None = None
    """ When the verification expires (90 days after it), as Graph sends it. """
    is_input_id_valid: bool | None = None
    """ Whether the id asked for names a pre-verified number. """
    error_msg: str | None = None
    """ Why the id is not valid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        display_phone_number = self.display_phone_number

        country_prefix = self.country_prefix

        code_verification_status = self.code_verification_status

        code_verification_time = self.code_verification_time

        verification_expiry_time = self.verification_expiry_time

        is_input_id_valid = self.is_input_id_valid

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if country_prefix is not None:
            field_dict["country_prefix"] = country_prefix
        if code_verification_status is not None:
            field_dict["code_verification_status"] = code_verification_status
        if code_verification_time is not None:
            field_dict["code_verification_time"] = code_verification_time
        if verification_expiry_time is not None:
            field_dict["verification_expiry_time"] = verification_expiry_time
        if is_input_id_valid is not None:
            field_dict["is_input_id_valid"] = is_input_id_valid
        if error_msg is not None:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        phone_number = d.pop("phone_number", None)

        display_phone_number = d.pop("display_phone_number", None)

        country_prefix = d.pop("country_prefix", None)

        code_verification_status = d.pop("code_verification_status", None)

        code_verification_time = d.pop("code_verification_time", None)

        verification_expiry_time = d.pop("verification_expiry_time", None)

        is_input_id_valid = graph_bool(d.pop("is_input_id_valid", None))

        error_msg = d.pop("error_msg", None)

        preverified_number = cls(
            id=id,
            phone_number=phone_number,
            display_phone_number=display_phone_number,
            country_prefix=country_prefix,
            code_verification_status=code_verification_status,
            code_verification_time=code_verification_time,
            verification_expiry_time=verification_expiry_time,
            is_input_id_valid=is_input_id_valid,
            error_msg=error_msg,
        )

        preverified_number.additional_properties = d
        return preverified_number

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
