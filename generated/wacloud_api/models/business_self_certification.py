from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessSelfCertification")


@_attrs_define
class BusinessSelfCertification:
    """A partner-led verification submission.

    Example:
        {'id': '1093482765923411', 'client_business_id': '2729063490586005', 'verification_status': 'APPROVED',
            'rejection_reasons': ['NONE']}

    """

    id: str
    """ The submission id. """
    client_business_id: str | None = None
    """ The client's business portfolio. """
    verification_status: str | None = None
    """ `PENDING`, `APPROVED`, `FAILED`, `DISCARDED` or `REVOKED` (open-ended). """
    rejection_reasons: list[str] | None = None
    """ Why it failed: `LEGAL_NAME_NOT_MATCHING`, `ADDRESS_NOT_MATCHING`, `WEBSITE_NOT_MATCHING`,
    `MALFORMED_DOCUMENTS` ...; `NONE` when approved (open-ended). """
    submitted_time: str | None = None
    """ When it was submitted (ISO 8601). """
    update_time: str | None = None
    """ When its status last changed (ISO 8601). """
    submitted_info: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_business_id = self.client_business_id

        verification_status = self.verification_status

        rejection_reasons: list[str] | None = None
        if self.rejection_reasons is not None:
            rejection_reasons = self.rejection_reasons

        submitted_time = self.submitted_time

        update_time = self.update_time

        submitted_info: dict[str, Any] | None = None
        if self.submitted_info is not None:
            submitted_info = self.submitted_info.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if client_business_id is not None:
            field_dict["client_business_id"] = client_business_id
        if verification_status is not None:
            field_dict["verification_status"] = verification_status
        if rejection_reasons is not None:
            field_dict["rejection_reasons"] = rejection_reasons
        if submitted_time is not None:
            field_dict["submitted_time"] = submitted_time
        if update_time is not None:
            field_dict["update_time"] = update_time
        if submitted_info is not None:
            field_dict["submitted_info"] = submitted_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        client_business_id = d.pop("client_business_id", None)

        verification_status = d.pop("verification_status", None)

        rejection_reasons = cast(list[str], d.pop("rejection_reasons", None))

        submitted_time = d.pop("submitted_time", None)

        update_time = d.pop("update_time", None)

        _submitted_info = d.pop("submitted_info", None)
        submitted_info: JsonObject | None
        if _submitted_info is None:
            submitted_info = None
        else:
            submitted_info = JsonObject.from_dict(_submitted_info)

        business_self_certification = cls(
            id=id,
            client_business_id=client_business_id,
            verification_status=verification_status,
            rejection_reasons=rejection_reasons,
            submitted_time=submitted_time,
            update_time=update_time,
            submitted_info=submitted_info,
        )

        business_self_certification.additional_properties = d
        return business_self_certification

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
from ..models.json_object import JsonObject  # noqa: E402
