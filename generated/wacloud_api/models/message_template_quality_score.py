from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateQualityScore")


@_attrs_define
class MessageTemplateQualityScore:
    """The template's quality rating, from customer feedback and engagement.

    Example:
        {'score': 'GREEN', 'date': 1714503600}

    """

    score: str | None = None
    """ `GREEN` (high), `YELLOW` (medium), `RED` (low) or `UNKNOWN` (open-ended). """
    date: int | None = None
    """ When the score was last updated, unix seconds. """
    reasons: list[str] | None = None
    """ Reasons given for a low score, when Meta provides them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        date = self.date

        reasons: list[str] | None = None
        if self.reasons is not None:
            reasons = self.reasons

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if score is not None:
            field_dict["score"] = score
        if date is not None:
            field_dict["date"] = date
        if reasons is not None:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score", None)

        date = d.pop("date", None)

        reasons = cast(list[str], d.pop("reasons", None))

        message_template_quality_score = cls(
            score=score,
            date=date,
            reasons=reasons,
        )

        message_template_quality_score.additional_properties = d
        return message_template_quality_score

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
