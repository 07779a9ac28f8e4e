from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_component_parameters_sub_type import (
    TemplateComponentParametersSubType,
    check_template_component_parameters_sub_type,
)
from ..models.template_component_parameters_type import (
    TemplateComponentParametersType,
    check_template_component_parameters_type,
)

T = TypeVar("T", bound="TemplateComponentParameters")


@_attrs_define
class TemplateComponentParameters:
    """Parameter values for one component (header, body, or one button identified by `index`).

    Example:
        {'type': 'body', 'parameters': [{'type': 'text', 'text': 'Jessica'}]}

    """

    type_: TemplateComponentParametersType
    """ The component the parameters fill. """
    sub_type: TemplateComponentParametersSubType | None = None
    """ For buttons, the button kind. """
    index: str | None = None
    """ For buttons, the 0-based position of the button in the template ("0" to "9"). """
    parameters: (
        list[
            TemplateActionParameter
            | TemplateCouponCodeParameter
            | TemplateCurrencyParameter
            | TemplateDateTimeParameter
            | TemplateDocumentParameter
            | TemplateGifParameter
            | TemplateImageParameter
            | TemplateLimitedTimeOfferParameter
            | TemplateLocationParameter
            | TemplatePayloadParameter
            | TemplateProductParameter
            | TemplateTapTargetParameter
            | TemplateTextParameter
            | TemplateVideoParameter
        ]
        | None
    ) = None
    """ The values, in the order of the placeholders (or named with `parameter_name`). """
    cards: list[TemplateCarouselCardParameters] | None = None
    """ For `carousel`: the parameters of every card, by `card_index`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sub_type: str | None = None
        if self.sub_type is not None:
            sub_type = self.sub_type

        index = self.index

        parameters: list[dict[str, Any]] | None = None
        if self.parameters is not None:
            parameters = [parameters_item_data.to_dict() for parameters_item_data in self.parameters]

        cards: list[dict[str, Any]] | None = None
        if self.cards is not None:
            cards = [cards_item_data.to_dict() for cards_item_data in self.cards]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if sub_type is not None:
            field_dict["sub_type"] = sub_type
        if index is not None:
            field_dict["index"] = index
        if parameters is not None:
            field_dict["parameters"] = parameters
        if cards is not None:
            field_dict["cards"] = cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_template_component_parameters_type(d.pop("type"))

        _sub_type = d.pop("sub_type", None)
        sub_type: TemplateComponentParametersSubType | None
        if _sub_type is None:
            sub_type = None
        else:
            sub_type = check_template_component_parameters_sub_type(_sub_type)

        index = d.pop("index", None)

        _parameters = d.pop("parameters", None)
        parameters: (
            list[
                TemplateActionParameter
                | TemplateCouponCodeParameter
                | TemplateCurrencyParameter
                | TemplateDateTimeParameter
                | TemplateDocumentParameter
                | TemplateGifParameter
                | TemplateImageParameter
                | TemplateLimitedTimeOfferParameter
                | TemplateLocationParameter
                | TemplatePayloadParameter
                | TemplateProductParameter
                | TemplateTapTargetParameter
                | TemplateTextParameter
                | TemplateVideoParameter
            ]
            | None
        ) = None
        if _parameters is not None:
            parameters = []
            for parameters_item_data in _parameters:

                def _parse_parameters_item(
                    data: object,
                ) -> (
                    TemplateActionParameter
                    | TemplateCouponCodeParameter
                    | TemplateCurrencyParameter
                    | TemplateDateTimeParameter
                    | TemplateDocumentParameter
                    | TemplateGifParameter
                    | TemplateImageParameter
                    | TemplateLimitedTimeOfferParameter
                    | TemplateLocationParameter
                    | TemplatePayloadParameter
                    | TemplateProductParameter
                    | TemplateTapTargetParameter
                    | TemplateTextParameter
                    | TemplateVideoParameter
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_0 = TemplateTextParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_1 = TemplateCurrencyParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_2 = TemplateDateTimeParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_3 = TemplateImageParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_4 = TemplateDocumentParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_5 = TemplateVideoParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_6 = TemplateLocationParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_7 = TemplatePayloadParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_8 = TemplateCouponCodeParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_9 = TemplateActionParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_10 = TemplateGifParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_11 = TemplateProductParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_template_parameter_type_12 = TemplateLimitedTimeOfferParameter.from_dict(data)

                        return componentsschemas_template_parameter_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_template_parameter_type_13 = TemplateTapTargetParameter.from_dict(data)

                    return componentsschemas_template_parameter_type_13

                parameters_item = _parse_parameters_item(parameters_item_data)

                parameters.append(parameters_item)

        _cards = d.pop("cards", None)
        cards: list[TemplateCarouselCardParameters] | None = None
        if _cards is not None:
            cards = []
            for cards_item_data in _cards:
                cards_item = TemplateCarouselCardParameters.from_dict(cards_item_data)

                cards.append(cards_item)

        template_component_parameters = cls(
            type_=type_,
            sub_type=sub_type,
            index=index,
            parameters=parameters,
            cards=cards,
        )

        template_component_parameters.additional_properties = d
        return template_component_parameters

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
from ..models.template_action_parameter import TemplateActionParameter  # noqa: E402
from ..models.template_carousel_card_parameters import TemplateCarouselCardParameters  # noqa: E402
from ..models.template_coupon_code_parameter import TemplateCouponCodeParameter  # noqa: E402
from ..models.template_currency_parameter import TemplateCurrencyParameter  # noqa: E402
from ..models.template_date_time_parameter import TemplateDateTimeParameter  # noqa: E402
from ..models.template_document_parameter import TemplateDocumentParameter  # noqa: E402
from ..models.template_gif_parameter import TemplateGifParameter  # noqa: E402
from ..models.template_image_parameter import TemplateImageParameter  # noqa: E402
from ..models.template_limited_time_offer_parameter import TemplateLimitedTimeOfferParameter  # noqa: E402
from ..models.template_location_parameter import TemplateLocationParameter  # noqa: E402
from ..models.template_payload_parameter import TemplatePayloadParameter  # noqa: E402
from ..models.template_product_parameter import TemplateProductParameter  # noqa: E402
from ..models.template_tap_target_parameter import TemplateTapTargetParameter  # noqa: E402
from ..models.template_text_parameter import TemplateTextParameter  # noqa: E402
from ..models.template_video_parameter import TemplateVideoParameter  # noqa: E402
