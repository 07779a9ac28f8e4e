from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_language_policy import TemplateLanguagePolicy, check_template_language_policy

T = TypeVar("T", bound="TemplateLanguage")


@_attrs_define
class TemplateLanguage:
    """The template's language.

    Example:
        {'code': 'en_US'}

    """

    code: str
    """ Language and locale code, e.g. `en_US`, `pt_BR`. """
    policy: TemplateLanguagePolicy | None = None
    """ Always `deterministic` when given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        policy: str | None = None
        if self.policy is not None:
            policy = self.policy

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "code": code,
        }
        if policy is not None:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        _policy = d.pop("policy", None)
        policy: TemplateLanguagePolicy | None
        if _policy is None:
            policy = None
        else:
            policy = check_template_language_policy(_policy)

        template_language = cls(
            code=code,
            policy=policy,
        )

        template_language.additional_properties = d
        return template_language

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
