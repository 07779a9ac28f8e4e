from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_group_request_join_approval_mode import (
    CreateGroupRequestJoinApprovalMode,
    check_create_group_request_join_approval_mode,
)

T = TypeVar("T", bound="CreateGroupRequest")


@_attrs_define
class CreateGroupRequest:
    """A new group.

    Example:
        {'messaging_product': 'whatsapp', 'subject': 'Order 12345 coordination'}

    """

    subject: str
    """ The group subject, up to 128 characters (Meta trims whitespace). """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    description: str | None = None
    """ The group description, up to 2048 characters. """
    join_approval_mode: CreateGroupRequestJoinApprovalMode | None = None
    """ `auto_approve` (default: users with the link join) or `approval_required` (they send a join request). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        subject = self.subject

        description = self.description

        join_approval_mode: str | None = None
        if self.join_approval_mode is not None:
            join_approval_mode = self.join_approval_mode

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "subject": subject,
        }
        if description is not None:
            field_dict["description"] = description
        if join_approval_mode is not None:
            field_dict["join_approval_mode"] = join_approval_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        subject = d.pop("subject")

        description = d.pop("description", None)

        _join_approval_mode = d.pop("join_approval_mode", None)
        join_approval_mode: CreateGroupRequestJoinApprovalMode | None
        if _join_approval_mode is None:
            join_approval_mode = None
        else:
            join_approval_mode = check_create_group_request_join_approval_mode(_join_approval_mode)

        create_group_request = cls(
            messaging_product=messaging_product,
            subject=subject,
            description=description,
            join_approval_mode=join_approval_mode,
        )

        create_group_request.additional_properties = d
        return create_group_request

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
