from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupJoinRequestsResult")


@_attrs_define
class GroupJoinRequestsResult:
    """Which join requests were approved (or rejected) and which failed.

    Example:
        {'messaging_product': 'whatsapp', 'approved_join_requests': ['MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw']}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    approved_join_requests: list[str] | None = None
    """ The approved join request ids. """
    rejected_join_requests: list[str] | None = None
    """ The rejected join request ids. """
    failed_join_requests: list[GroupJoinRequestFailure] | None = None
    """ The join requests that failed, with why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        approved_join_requests: list[str] | None = None
        if self.approved_join_requests is not None:
            approved_join_requests = self.approved_join_requests

        rejected_join_requests: list[str] | None = None
        if self.rejected_join_requests is not None:
            rejected_join_requests = self.rejected_join_requests

        failed_join_requests: list[dict[str, Any]] | None = None
        if self.failed_join_requests is not None:
            failed_join_requests = [
                failed_join_requests_item_data.to_dict() for failed_join_requests_item_data in self.failed_join_requests
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if approved_join_requests is not None:
            field_dict["approved_join_requests"] = approved_join_requests
        if rejected_join_requests is not None:
            field_dict["rejected_join_requests"] = rejected_join_requests
        if failed_join_requests is not None:
            field_dict["failed_join_requests"] = failed_join_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product", None)

        approved_join_requests = cast(list[str], d.pop("approved_join_requests", None))

        rejected_join_requests = cast(list[str], d.pop("rejected_join_requests", None))

        _failed_join_requests = d.pop("failed_join_requests", None)
        failed_join_requests: list[GroupJoinRequestFailure] | None = None
        if _failed_join_requests is not None:
            failed_join_requests = []
            for failed_join_requests_item_data in _failed_join_requests:
                failed_join_requests_item = GroupJoinRequestFailure.from_dict(failed_join_requests_item_data)

                failed_join_requests.append(failed_join_requests_item)

        group_join_requests_result = cls(
            messaging_product=messaging_product,
            approved_join_requests=approved_join_requests,
            rejected_join_requests=rejected_join_requests,
            failed_join_requests=failed_join_requests,
        )

        group_join_requests_result.additional_properties = d
        return group_join_requests_result

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
from ..models.group_join_request_failure import GroupJoinRequestFailure  # noqa: E402
