from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="DebugTokenData")


@_attrs_define
class DebugTokenData:
    """Metadata about an access token.

    Example:
        {'app_id': '670843887433847', 'type': 'SYSTEM_USER', 'application': 'JaspersMarket', 'is_valid': True, 'scopes':
            ['whatsapp_business_management']}

    """

    app_id: str | None = None
    """ The app the token was issued for. """
    type_: str | None = None
    """ Token type, e.g. `USER`, `SYSTEM_USER`, `APP`, `PAGE`. """
    application: str | None = None
    """ The app's name. """
    data_access_expires_at: int | None = None
    """ When data access expires (unix seconds). """
    expires_at: int | None = None
    """ When the token expires (unix seconds; 0 for tokens that never expire). """
    is_valid: bool | None = None
    """ Whether the token is currently valid. """
    issued_at: int | None = None
    """ When the token was issued (unix seconds). """
    scopes: list[str] | None = None
    """ The permissions granted to the token. """
    granular_scopes: list[DebugTokenGranularScope] | None = None
    """ Permissions restricted to particular objects; for WhatsApp, the shared WABA ids. """
    user_id: str | None = None
    """ The user (or system user) the token belongs to. """
    error: DebugTokenError | None = None
    """ Why an invalid token is invalid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        type_ = self.type_

        application = self.application

        data_access_expires_at = self.data_access_expires_at

        expires_at = self.expires_at

        is_valid = self.is_valid

        issued_at = self.issued_at

        scopes: list[str] | None = None
        if self.scopes is not None:
            scopes = self.scopes

        granular_scopes: list[dict[str, Any]] | None = None
        if self.granular_scopes is not None:
            granular_scopes = [
                granular_scopes_item_data.to_dict() for granular_scopes_item_data in self.granular_scopes
            ]

        user_id = self.user_id

        error: dict[str, Any] | None = None
        if self.error is not None:
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if app_id is not None:
            field_dict["app_id"] = app_id
        if type_ is not None:
            field_dict["type"] = type_
        if application is not None:
            field_dict["application"] = application
        if data_access_expires_at is not None:
            field_dict["data_access_expires_at"] = data_access_expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        if is_valid is not None:
            field_dict["is_valid"] = is_valid
        if issued_at is not None:
            field_dict["issued_at"] = issued_at
        if scopes is not None:
            field_dict["scopes"] = scopes
        if granular_scopes is not None:
            field_dict["granular_scopes"] = granular_scopes
        if user_id is not None:
            field_dict["user_id"] = user_id
        if error is not None:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", None)

        type_ = d.pop("type", None)

        application = d.pop("application", None)

        data_access_expires_at = d.pop("data_access_expires_at", None)

        expires_at = d.pop("expires_at", None)

        is_valid = graph_bool(d.pop("is_valid", None))

        issued_at = d.pop("issued_at", None)

        scopes = cast(list[str], d.pop("scopes", None))

        _granular_scopes = d.pop("granular_scopes", None)
        granular_scopes: list[DebugTokenGranularScope] | None = None
        if _granular_scopes is not None:
            granular_scopes = []
            for granular_scopes_item_data in _granular_scopes:
                granular_scopes_item = DebugTokenGranularScope.from_dict(granular_scopes_item_data)

                granular_scopes.append(granular_scopes_item)

        user_id = d.pop("user_id", None)

        _error = d.pop("error", None)
        error: DebugTokenError | None
        if _error is None:
            error = None
        else:
            error = DebugTokenError.from_dict(_error)

        debug_token_data = cls(
            app_id=app_id,
            type_=type_,
            application=application,
            data_access_expires_at=data_access_expires_at,
            expires_at=expires_at,
            is_valid=is_valid,
            issued_at=issued_at,
            scopes=scopes,
            granular_scopes=granular_scopes,
            user_id=user_id,
            error=error,
        )

        debug_token_data.additional_properties = d
        return debug_token_data

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
from ..models.debug_token_error import DebugTokenError  # noqa: E402
from ..models.debug_token_granular_scope import DebugTokenGranularScope  # noqa: E402
