from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetOboMobilityIntentRequest")


@_attrs_define
class SetOboMobilityIntentRequest:
    """The WABA to mark for moving under a Multi-Partner Solution.

    Example:
        {'waba_id': '102290129340398', 'solution_id': '1578492037561280'}

    """

    waba_id: str
    """ The OBO WABA. """
    solution_id: str | None = None
    """ The Multi-Partner Solution. """
    app_id: str | None = None
    """ The app asking. """
    actor_id: str | None = None
    """ The user acting. """
    client_mutation_id: str | None = None
    """ Your id for the request; echoed back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waba_id = self.waba_id

        solution_id = self.solution_id

        app_id = self.app_id

        actor_id = self.actor_id

        client_mutation_id = self.client_mutation_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "waba_id": waba_id,
        }
        if solution_id is not None:
            field_dict["solution_id"] = solution_id
        if app_id is not None:
            field_dict["app_id"] = app_id
        if actor_id is not None:
            field_dict["actor_id"] = actor_id
        if client_mutation_id is not None:
            field_dict["client_mutation_id"] = client_mutation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        waba_id = d.pop("waba_id")

        solution_id = d.pop("solution_id", None)

        app_id = d.pop("app_id", None)

        actor_id = d.pop("actor_id", None)

        client_mutation_id = d.pop("client_mutation_id", None)

        set_obo_mobility_intent_request = cls(
            waba_id=waba_id,
            solution_id=solution_id,
            app_id=app_id,
            actor_id=actor_id,
            client_mutation_id=client_mutation_id,
        )

        set_obo_mobility_intent_request.additional_properties = d
        return set_obo_mobility_intent_request

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
