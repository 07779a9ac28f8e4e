from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="SetOboMobilityIntentResponse")


@_attrs_define
class SetOboMobilityIntentResponse:
    """The result of setting an OBO mobility intent.

    Example:
        {'success': True, 'intent_id': '1749203846572910'}

    """

    success: bool
    """ Whether the intent was set. """
    intent_id: str | None = None
    """ The intent id. """
    client_mutation_id: str | None = None
    """ Your request id. """
    error_msg: str | None = None
    """ Why it failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        intent_id = self.intent_id

        client_mutation_id = self.client_mutation_id

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if intent_id is not None:
            field_dict["intent_id"] = intent_id
        if client_mutation_id is not None:
            field_dict["client_mutation_id"] = client_mutation_id
        if error_msg is not None:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        intent_id = d.pop("intent_id", None)

        client_mutation_id = d.pop("client_mutation_id", None)

        error_msg = d.pop("error_msg", None)

        set_obo_mobility_intent_response = cls(
            success=success,
            intent_id=intent_id,
            client_mutation_id=client_mutation_id,
            error_msg=error_msg,
        )

        set_obo_mobility_intent_response.additional_properties = d
        return set_obo_mobility_intent_response

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
