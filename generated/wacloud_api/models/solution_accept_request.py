from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SolutionAcceptRequest")


@_attrs_define
class SolutionAcceptRequest:
    """The partner app accepting the invitation.

    Example:
        {'partner_app_id': '9876543210987654'}

    """

    partner_app_id: str
    """ Your app (the invited partner). """
    log_session_id: str | None = None
    """ A session id for Meta's logs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_app_id = self.partner_app_id

        log_session_id = self.log_session_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "partner_app_id": partner_app_id,
        }
        if log_session_id is not None:
            field_dict["log_session_id"] = log_session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_app_id = d.pop("partner_app_id")

        log_session_id = d.pop("log_session_id", None)

        solution_accept_request = cls(
            partner_app_id=partner_app_id,
            log_session_id=log_session_id,
        )

        solution_accept_request.additional_properties = d
        return solution_accept_request

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
