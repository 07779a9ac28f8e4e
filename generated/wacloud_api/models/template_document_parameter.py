from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateDocumentParameter")


@_attrs_define
class TemplateDocumentParameter:
    """The document of a media header.

    Example:
        {'type': 'document', 'document': {'id': '1479537139650973', 'filename': 'ticket.pdf'}}

    """

    document: DocumentMedia
    """ A document by uploaded media `id` or public `link` (exactly one of them). """
    type_: Literal["document"] = "document"
    """ Always `document`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        document = self.document.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "document": document,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["document"], d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        document = DocumentMedia.from_dict(d.pop("document"))

        template_document_parameter = cls(
            type_=type_,
            document=document,
        )

        template_document_parameter.additional_properties = d
        return template_document_parameter

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
from ..models.document_media import DocumentMedia  # noqa: E402
