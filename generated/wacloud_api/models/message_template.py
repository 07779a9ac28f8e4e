from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplate")


@_attrs_define
class MessageTemplate:
    """A message template as stored by Meta. Which properties are present depends on `fields`.

    Example:
        {'id': '920070352646140', 'name': '2023_april_promo', 'language': 'en_US', 'status': 'APPROVED', 'category':
            'MARKETING', 'parameter_format': 'POSITIONAL', 'components': [{'type': 'HEADER', 'format': 'TEXT', 'text': 'Fall
            Sale'}, {'type': 'BODY', 'text': 'Hi {{1}}, use promo code {{2}}!', 'example': {'body_text': [['Mark',
            'FALL25']]}}], 'quality_score': {'score': 'GREEN', 'date': 1714503600}, 'rejected_reason': 'NONE'}

    """

    id: str
    """ Template id. """
    name: str | None = None
    """ Template name. """
    language: str | None = None
    """ Language and locale code, e.g. `en_US`. """
    status: str | None = None
    """ Review status: `APPROVED`, `IN_APPEAL`, `PENDING`, `REJECTED`, `PENDING_DELETION`, `DELETED`,
    `DISABLED`, `PAUSED`, `LIMIT_EXCEEDED`, `ARCHIVED` (open-ended).
     """
    category: str | None = None
    """ `MARKETING`, `UTILITY` or `AUTHENTICATION` (open-ended). """
    previous_category: str | None = None
    """ Category before Meta recategorised the template, e.g. `ACCOUNT_UPDATE`. """
    sub_category: str | None = None
    """ Sub-category, e.g. `ORDER_DETAILS`, `ORDER_STATUS`, `RICH_ORDER_STATUS`, `CUSTOM` (open-ended). """
    correct_category: str | None = None
    """ The category Meta determined is correct, when it differs. """
    parameter_format: str | None = None
    """ `POSITIONAL` or `NAMED` (open-ended). """
    message_send_ttl_seconds: int | None = None
    """ Time-to-live of sent messages, in seconds. """
    cta_url_link_tracking_opted_out: bool | None = None
    """ Whether URL button click tracking is turned off. """
    library_template_name: str | None = None
    """ The Template Library template this one was created from. """
    components: list[MessageTemplateComponentInfo] | None = None
    """ The template's components, as Meta returns them. """
    quality_score: MessageTemplateQualityScore | None = None
    """ The template's quality rating, from customer feedback and engagement. """
    rejected_reason: str | None = None
    """ Why the template was rejected: `ABUSIVE_CONTENT`, `INCORRECT_CATEGORY`, `INVALID_FORMAT`, `PROMOTIONAL`,
    `TAG_CONTENT_MISMATCH`, `SCAM` or `NONE` (open-ended).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        language = self.language

        status = self.status

        category = self.category

        previous_category = self.previous_category

        sub_category = self.sub_category

        correct_category = self.correct_category

        parameter_format = self.parameter_format

        message_send_ttl_seconds = self.message_send_ttl_seconds

        cta_url_link_tracking_opted_out = self.cta_url_link_tracking_opted_out

        library_template_name = self.library_template_name

        components: list[dict[str, Any]] | None = None
        if self.components is not None:
            components = [components_item_data.to_dict() for components_item_data in self.components]

        quality_score: dict[str, Any] | None = None
        if self.quality_score is not None:
            quality_score = self.quality_score.to_dict()

        rejected_reason = self.rejected_reason

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if language is not None:
            field_dict["language"] = language
        if status is not None:
            field_dict["status"] = status
        if category is not None:
            field_dict["category"] = category
        if previous_category is not None:
            field_dict["previous_category"] = previous_category
        if sub_category is not None:
            field_dict["sub_category"] = sub_category
        if correct_category is not None:
            field_dict["correct_category"] = correct_category
        if parameter_format is not None:
            field_dict["parameter_format"] = parameter_format
        if message_send_ttl_seconds is not None:
            field_dict["message_send_ttl_seconds"] = message_send_ttl_seconds
        if cta_url_link_tracking_opted_out is not None:
            field_dict["cta_url_link_tracking_opted_out"] = cta_url_link_tracking_opted_out
        if library_template_name is not None:
            field_dict["library_template_name"] = library_template_name
        if components is not None:
            field_dict["components"] = components
        if quality_score is not None:
            field_dict["quality_score"] = quality_score
        if rejected_reason is not None:
            field_dict["rejected_reason"] = rejected_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        language = d.pop("language", None)

        status = d.pop("status", None)

        category = d.pop("category", None)

        previous_category = d.pop("previous_category", None)

        sub_category = d.pop("sub_category", None)

        correct_category = d.pop("correct_category", None)

        parameter_format = d.pop("parameter_format", None)

        message_send_ttl_seconds = d.pop("message_send_ttl_seconds", None)

        cta_url_link_tracking_opted_out = graph_bool(d.pop("cta_url_link_tracking_opted_out", None))

        library_template_name = d.pop("library_template_name", None)

        _components = d.pop("components", None)
        components: list[MessageTemplateComponentInfo] | None = None
        if _components is not None:
            components = []
            for components_item_data in _components:
                components_item = MessageTemplateComponentInfo.from_dict(components_item_data)

                components.append(components_item)

        _quality_score = d.pop("quality_score", None)
        quality_score: MessageTemplateQualityScore | None
        if _quality_score is None:
            quality_score = None
        else:
            quality_score = MessageTemplateQualityScore.from_dict(_quality_score)

        rejected_reason = d.pop("rejected_reason", None)

        message_template = cls(
            id=id,
            name=name,
            language=language,
            status=status,
            category=category,
            previous_category=previous_category,
            sub_category=sub_category,
            correct_category=correct_category,
            parameter_format=parameter_format,
            message_send_ttl_seconds=message_send_ttl_seconds,
            cta_url_link_tracking_opted_out=cta_url_link_tracking_opted_out,
            library_template_name=library_template_name,
            components=components,
            quality_score=quality_score,
            rejected_reason=rejected_reason,
        )

        message_template.additional_properties = d
        return message_template

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
from ..models.message_template_component_info import MessageTemplateComponentInfo  # noqa: E402
from ..models.message_template_quality_score import MessageTemplateQualityScore  # noqa: E402
