from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPartnerSolutionChange")


@_attrs_define
class WebhookPartnerSolutionChange:
    """A `partner_solutions` change.

    Example:
        {'field': 'partner_solutions', 'value': {'event': 'SOLUTION_UPDATED', 'solution_id': '774485461512159',
            'solution_status': 'ACTIVE'}}

    """

    field: Literal["partner_solutions"]
    """ The subscribed field: always `partner_solutions` for this variant. """
    value: WebhookPartnerSolutionValue
    """ A Multi-Partner Solution was created (saved as a draft or sent to a partner) or changed status (accepted,
    rejected, deactivation requested, deactivated). The entry id is the business portfolio id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "field": field,
            "value": value,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = cast(Literal["partner_solutions"], d.pop("field"))
        if field != "partner_solutions":
            raise ValueError(f"field must match const 'partner_solutions', got '{field}'")

        value = WebhookPartnerSolutionValue.from_dict(d.pop("value"))

        webhook_partner_solution_change = cls(
            field=field,
            value=value,
        )

        webhook_partner_solution_change.additional_properties = d
        return webhook_partner_solution_change

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
from ..models.webhook_partner_solution_value import WebhookPartnerSolutionValue  # noqa: E402
