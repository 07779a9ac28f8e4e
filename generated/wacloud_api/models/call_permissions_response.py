from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallPermissionsResponse")


@_attrs_define
class CallPermissionsResponse:
    """A user's call permission and the calling actions available for them.

    Example:
        {'messaging_product': 'whatsapp', 'permission': {'status': 'temporary', 'expiration_time': 1745343479},
            'actions': [{'action_name': 'send_call_permission_request', 'can_perform_action': True}]}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    permission: CallPermission | None = None
    """ The permission to call the user. """
    actions: list[CallPermissionAction] | None = None
    """ Each calling action, whether it can be performed now and its limits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        permission: dict[str, Any] | None = None
        if self.permission is not None:
            permission = self.permission.to_dict()

        actions: list[dict[str, Any]] | None = None
        if self.actions is not None:
            actions = [actions_item_data.to_dict() for actions_item_data in self.actions]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if permission is not None:
            field_dict["permission"] = permission
        if actions is not None:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product", None)

        _permission = d.pop("permission", None)
        permission: CallPermission | None
        if _permission is None:
            permission = None
        else:
            permission = CallPermission.from_dict(_permission)

        _actions = d.pop("actions", None)
        actions: list[CallPermissionAction] | None = None
        if _actions is not None:
            actions = []
            for actions_item_data in _actions:
                actions_item = CallPermissionAction.from_dict(actions_item_data)

                actions.append(actions_item)

        call_permissions_response = cls(
            messaging_product=messaging_product,
            permission=permission,
            actions=actions,
        )

        call_permissions_response.additional_properties = d
        return call_permissions_response

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
from ..models.call_permission import CallPermission  # noqa: E402
from ..models.call_permission_action import CallPermissionAction  # noqa: E402
