from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPartnerClientCertification")


@_attrs_define
class WebhookPartnerClientCertification:
    """The outcome of a partner-led business verification of a client.

    Example:
        {'client_business_id': '2729063490586005', 'status': 'APPROVED', 'rejection_reasons': ['NONE']}

    """

    client_business_id: str | None = None
    """ The client's business portfolio. """
    status: str | None = None
    """ `APPROVED`, `FAILED` or `DISCARDED` (open-ended). """
    rejection_reasons: list[str] | None = None
    """ Why it failed: `LEGAL_NAME_NOT_MATCHING`, `ADDRESS_NOT_MATCHING`, `MALFORMED_DOCUMENTS` ...; `NONE` when
    approved (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_business_id = self.client_business_id

        status = self.status

        rejection_reasons: list[str] | None = None
        if self.rejection_reasons is not None:
            rejection_reasons = self.rejection_reasons

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if client_business_id is not None:
            field_dict["client_business_id"] = client_business_id
        if status is not None:
            field_dict["status"] = status
        if rejection_reasons is not None:
            field_dict["rejection_reasons"] = rejection_reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_business_id = d.pop("client_business_id", None)

        status = d.pop("status", None)

        rejection_reasons = cast(list[str], d.pop("rejection_reasons", None))

        webhook_partner_client_certification = cls(
            client_business_id=client_business_id,
            status=status,
            rejection_reasons=rejection_reasons,
        )

        webhook_partner_client_certification.additional_properties = d
        return webhook_partner_client_certification

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
