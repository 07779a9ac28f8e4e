from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GraphErrorResponse")


@_attrs_define
class GraphErrorResponse:
    """The envelope of every Graph API error answer.

    Example:
        {'error': {'message': 'Invalid OAuth access token - Cannot parse access token', 'type': 'OAuthException',
            'code': 190, 'fbtrace_id': 'AbCdEf123'}}

    """

    error: GraphError
    """ A Graph API error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "error": error,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = GraphError.from_dict(d.pop("error"))

        graph_error_response = cls(
            error=error,
        )

        graph_error_response.additional_properties = d
        return graph_error_response

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
from ..models.graph_error import GraphError  # noqa: E402
