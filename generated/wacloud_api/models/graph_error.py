from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="GraphError")


@_attrs_define
class GraphError:
    """A Graph API error.

    Example:
        {'message': '(#100) Invalid parameter', 'type': 'OAuthException', 'code': 100, 'fbtrace_id': 'AbCdEf123'}

    """

    message: str
    """ Error title and explanation, e.g. "(#100) Invalid parameter". """
    code: int
    """ Graph error code, e.g. 100, 190, 130429, 131047. """
    type_: str | None = None
    """ Error type, e.g. OAuthException. """
    error_subcode: int | None = None
    """ Deprecated since v16.0; kept for older versions. """
    error_data: GraphErrorData | None = None
    """ Extra information about a Graph error. """
    fbtrace_id: str | None = None
    """ Trace id to quote to Meta support. """
    is_transient: bool | None = None
    """ Whether retrying the same call later may succeed. """
    error_user_title: str | None = None
    """ Title to show to an end user, when Meta provides one. """
    error_user_msg: str | None = None
    """ Message to show to an end user, when Meta provides one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        type_ = self.type_

        error_subcode = self.error_subcode

        error_data: dict[str, Any] | None = None
        if self.error_data is not None:
            error_data = self.error_data.to_dict()

        fbtrace_id = self.fbtrace_id

        is_transient = self.is_transient

        error_user_title = self.error_user_title

        error_user_msg = self.error_user_msg

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "message": message,
            "code": code,
        }
        if type_ is not None:
            field_dict["type"] = type_
        if error_subcode is not None:
            field_dict["error_subcode"] = error_subcode
        if error_data is not None:
            field_dict["error_data"] = error_data
        if fbtrace_id is not None:
            field_dict["fbtrace_id"] = fbtrace_id
        if is_transient is not None:
            field_dict["is_transient"] = is_transient
        if error_user_title is not None:
            field_dict["error_user_title"] = error_user_title
        if error_user_msg is not None:
            field_dict["error_user_msg"] = error_user_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code")

        type_ = d.pop("type", None)

        error_subcode = d.pop("error_subcode", None)

        _error_data = d.pop("error_data", None)
        error_data: GraphErrorData | None
        if _error_data is None:
            error_data = None
        else:
            error_data = GraphErrorData.from_dict(_error_data)

        fbtrace_id = d.pop("fbtrace_id", None)

        is_transient = graph_bool(d.pop("is_transient", None))

        error_user_title = d.pop("error_user_title", None)

        error_user_msg = d.pop("error_user_msg", None)

        graph_error = cls(
            message=message,
            code=code,
            type_=type_,
            error_subcode=error_subcode,
            error_data=error_data,
            fbtrace_id=fbtrace_id,
            is_transient=is_transient,
            error_user_title=error_user_title,
            error_user_msg=error_user_msg,
        )

        graph_error.additional_properties = d
        return graph_error

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
from ..models.graph_error_data import GraphErrorData  # noqa: E402
