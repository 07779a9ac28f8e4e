from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfficialBusinessAccountStatus")


@_attrs_define
class OfficialBusinessAccountStatus:
    """The Official Business Account status of a number.

    Example:
        {'id': '106540352242922', 'oba_status': 'PENDING', 'status_message': 'Your Official Business Account application
            is under review'}

    """

    id: str | None = None
    """ The phone number id. """
    oba_status: str | None = None
    """ e.g. `NOT_STARTED`, `PENDING`, `APPROVED`, `REJECTED`, `UNDER_REVIEW`, `EXPIRED`, `CANCELLED`. """
    status_message: str | None = None
    """ Meta's message about the status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        oba_status = self.oba_status

        status_message = self.status_message

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if oba_status is not None:
            field_dict["oba_status"] = oba_status
        if status_message is not None:
            field_dict["status_message"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        oba_status = d.pop("oba_status", None)

        status_message = d.pop("status_message", None)

        official_business_account_status = cls(
            id=id,
            oba_status=oba_status,
            status_message=status_message,
        )

        official_business_account_status.additional_properties = d
        return official_business_account_status

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
