from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="BusinessSelfCertifyResponse")


@_attrs_define
class BusinessSelfCertifyResponse:
    """The answer to a partner-led verification submission.

    Example:
        {'success': True, 'verification_attempts': 1}

    """

    success: bool
    """ Whether the submission was received. """
    message: str | None = None
    """ Meta's message about the review. """
    verification_attempts: int | None = None
    """ How many submissions the partner has made for this client (at most 3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        verification_attempts = self.verification_attempts

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if message is not None:
            field_dict["message"] = message
        if verification_attempts is not None:
            field_dict["verification_attempts"] = verification_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        message = d.pop("message", None)

        verification_attempts = d.pop("verification_attempts", None)

        business_self_certify_response = cls(
            success=success,
            message=message,
            verification_attempts=verification_attempts,
        )

        business_self_certify_response.additional_properties = d
        return business_self_certify_response

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
