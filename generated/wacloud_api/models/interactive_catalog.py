from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveCatalog")


@_attrs_define
class InteractiveCatalog:
    """A button that opens the business's whole catalog.

    Example:
        {'type': 'catalog_message', 'body': {'text': 'Browse our catalog'}, 'action': {'name': 'catalog_message'}}

    """

    body: InteractiveBody
    """ The body text of an interactive message. """
    action: CatalogAction
    """ The "View catalog" button. """
    type_: Literal["catalog_message"] = "catalog_message"
    """ Always `catalog_message`. """
    footer: InteractiveFooter | None = None
    """ The footer text of an interactive message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body.to_dict()

        action = self.action.to_dict()

        footer: dict[str, Any] | None = None
        if self.footer is not None:
            footer = self.footer.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "body": body,
            "action": action,
        }
        if footer is not None:
            field_dict["footer"] = footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["catalog_message"], d.pop("type"))
        if type_ != "catalog_message":
            raise ValueError(f"type must match const 'catalog_message', got '{type_}'")

        body = InteractiveBody.from_dict(d.pop("body"))

        action = CatalogAction.from_dict(d.pop("action"))

        _footer = d.pop("footer", None)
        footer: InteractiveFooter | None
        if _footer is None:
            footer = None
        else:
            footer = InteractiveFooter.from_dict(_footer)

        interactive_catalog = cls(
            type_=type_,
            body=body,
            action=action,
            footer=footer,
        )

        interactive_catalog.additional_properties = d
        return interactive_catalog

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
from ..models.catalog_action import CatalogAction  # noqa: E402
from ..models.interactive_body import InteractiveBody  # noqa: E402
from ..models.interactive_footer import InteractiveFooter  # noqa: E402
