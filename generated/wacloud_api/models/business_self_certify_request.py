from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="BusinessSelfCertifyRequest")


@_attrs_define
class BusinessSelfCertifyRequest:
    """A client business's verification documents (multipart/form-data)."""

    end_business_id: str
    """ The client's business portfolio id. """
    business_documents: list[File]
    """ Up to 3 documents proving the business's legal name and address (PDF, JPEG or PNG, at most 5 MB each). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_business_id = self.end_business_id

        business_documents = []
        for business_documents_item_data in self.business_documents:
            business_documents_item = business_documents_item_data.to_tuple()

            business_documents.append(business_documents_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "end_business_id": end_business_id,
            "business_documents[]": business_documents,
        }

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("end_business_id", (None, str(self.end_business_id).encode(), "text/plain")))

        for business_documents_item_element in self.business_documents:
            files.append(("business_documents[]", business_documents_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_business_id = d.pop("end_business_id")

        business_documents = []
        _business_documents = d.pop("business_documents[]")
        for business_documents_item_data in _business_documents:
            business_documents_item = File(payload=BytesIO(business_documents_item_data))

            business_documents.append(business_documents_item)

        business_self_certify_request = cls(
            end_business_id=end_business_id,
            business_documents=business_documents,
        )

        business_self_certify_request.additional_properties = d
        return business_self_certify_request

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
