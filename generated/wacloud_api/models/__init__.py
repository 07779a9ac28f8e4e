"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_response import AccessTokenResponse
    from .address_action import AddressAction
    from .address_parameters import AddressParameters
    from .audio_media import AudioMedia
    from .audio_message import AudioMessage
    from .catalog_action import CatalogAction
    from .catalog_action_parameters import CatalogActionParameters
    from .contact_address import ContactAddress
    from .contact_card import ContactCard
    from .contact_email import ContactEmail
    from .contact_name import ContactName
    from .contact_org import ContactOrg
    from .contact_phone import ContactPhone
    from .contact_url import ContactUrl
    from .contacts_message import ContactsMessage
    from .cta_url_action import CtaUrlAction
    from .cta_url_parameters import CtaUrlParameters
    from .document_media import DocumentMedia
    from .document_message import DocumentMessage
    from .exchange_access_token_grant_type import ExchangeAccessTokenGrantType
    from .flow_action import FlowAction
    from .flow_action_parameters import FlowActionParameters
    from .flow_action_parameters_flow_action import FlowActionParametersFlowAction
    from .flow_action_parameters_mode import FlowActionParametersMode
    from .flow_action_payload import FlowActionPayload
    from .graph_error import GraphError
    from .graph_error_data import GraphErrorData
    from .graph_error_response import GraphErrorResponse
    from .image_media import ImageMedia
    from .image_message import ImageMessage
    from .interactive_address import InteractiveAddress
    from .interactive_body import InteractiveBody
    from .interactive_buttons import InteractiveButtons
    from .interactive_catalog import InteractiveCatalog
    from .interactive_cta_url import InteractiveCtaUrl
    from .interactive_flow import InteractiveFlow
    from .interactive_footer import InteractiveFooter
    from .interactive_header import InteractiveHeader
    from .interactive_header_type import InteractiveHeaderType
    from .interactive_list import InteractiveList
    from .interactive_location_request import InteractiveLocationRequest
    from .interactive_message import InteractiveMessage
    from .interactive_product import InteractiveProduct
    from .interactive_product_list import InteractiveProductList
    from .json_object import JsonObject
    from .list_action import ListAction
    from .list_row import ListRow
    from .list_section import ListSection
    from .location_content import LocationContent
    from .location_message import LocationMessage
    from .location_request_action import LocationRequestAction
    from .mark_as_read_request import MarkAsReadRequest
    from .media_info import MediaInfo
    from .media_upload_request import MediaUploadRequest
    from .media_upload_response import MediaUploadResponse
    from .message_context import MessageContext
    from .message_recipient import MessageRecipient
    from .outgoing_message_base import OutgoingMessageBase
    from .outgoing_message_base_recipient_type import OutgoingMessageBaseRecipientType
    from .paging import Paging
    from .paging_cursors import PagingCursors
    from .product_action import ProductAction
    from .product_item import ProductItem
    from .product_list_action import ProductListAction
    from .product_section import ProductSection
    from .reaction_content import ReactionContent
    from .reaction_message import ReactionMessage
    from .reply_button import ReplyButton
    from .reply_button_reply import ReplyButtonReply
    from .reply_buttons_action import ReplyButtonsAction
    from .saved_address import SavedAddress
    from .send_message_response import SendMessageResponse
    from .sent_message import SentMessage
    from .sticker_media import StickerMedia
    from .sticker_message import StickerMessage
    from .success_response import SuccessResponse
    from .template_action_parameter import TemplateActionParameter
    from .template_button_action import TemplateButtonAction
    from .template_component_parameters import TemplateComponentParameters
    from .template_component_parameters_sub_type import TemplateComponentParametersSubType
    from .template_component_parameters_type import TemplateComponentParametersType
    from .template_content import TemplateContent
    from .template_coupon_code_parameter import TemplateCouponCodeParameter
    from .template_currency import TemplateCurrency
    from .template_currency_parameter import TemplateCurrencyParameter
    from .template_date_time import TemplateDateTime
    from .template_date_time_parameter import TemplateDateTimeParameter
    from .template_document_parameter import TemplateDocumentParameter
    from .template_image_parameter import TemplateImageParameter
    from .template_language import TemplateLanguage
    from .template_language_policy import TemplateLanguagePolicy
    from .template_location_parameter import TemplateLocationParameter
    from .template_message import TemplateMessage
    from .template_payload_parameter import TemplatePayloadParameter
    from .template_text_parameter import TemplateTextParameter
    from .template_video_parameter import TemplateVideoParameter
    from .text_content import TextContent
    from .text_message import TextMessage
    from .typing_indicator import TypingIndicator
    from .video_media import VideoMedia
    from .video_message import VideoMessage

_LAZY: dict[str, str] = {
    "AccessTokenResponse": "access_token_response",
    "AddressAction": "address_action",
    "AddressParameters": "address_parameters",
    "AudioMedia": "audio_media",
    "AudioMessage": "audio_message",
    "CatalogAction": "catalog_action",
    "CatalogActionParameters": "catalog_action_parameters",
    "ContactAddress": "contact_address",
    "ContactCard": "contact_card",
    "ContactEmail": "contact_email",
    "ContactName": "contact_name",
    "ContactOrg": "contact_org",
    "ContactPhone": "contact_phone",
    "ContactUrl": "contact_url",
    "ContactsMessage": "contacts_message",
    "CtaUrlAction": "cta_url_action",
    "CtaUrlParameters": "cta_url_parameters",
    "DocumentMedia": "document_media",
    "DocumentMessage": "document_message",
    "ExchangeAccessTokenGrantType": "exchange_access_token_grant_type",
    "FlowAction": "flow_action",
    "FlowActionParameters": "flow_action_parameters",
    "FlowActionParametersFlowAction": "flow_action_parameters_flow_action",
    "FlowActionParametersMode": "flow_action_parameters_mode",
    "FlowActionPayload": "flow_action_payload",
    "GraphError": "graph_error",
    "GraphErrorData": "graph_error_data",
    "GraphErrorResponse": "graph_error_response",
    "ImageMedia": "image_media",
    "ImageMessage": "image_message",
    "InteractiveAddress": "interactive_address",
    "InteractiveBody": "interactive_body",
    "InteractiveButtons": "interactive_buttons",
    "InteractiveCatalog": "interactive_catalog",
    "InteractiveCtaUrl": "interactive_cta_url",
    "InteractiveFlow": "interactive_flow",
    "InteractiveFooter": "interactive_footer",
    "InteractiveHeader": "interactive_header",
    "InteractiveHeaderType": "interactive_header_type",
    "InteractiveList": "interactive_list",
    "InteractiveLocationRequest": "interactive_location_request",
    "InteractiveMessage": "interactive_message",
    "InteractiveProduct": "interactive_product",
    "InteractiveProductList": "interactive_product_list",
    "JsonObject": "json_object",
    "ListAction": "list_action",
    "ListRow": "list_row",
    "ListSection": "list_section",
    "LocationContent": "location_content",
    "LocationMessage": "location_message",
    "LocationRequestAction": "location_request_action",
    "MarkAsReadRequest": "mark_as_read_request",
    "MediaInfo": "media_info",
    "MediaUploadRequest": "media_upload_request",
    "MediaUploadResponse": "media_upload_response",
    "MessageContext": "message_context",
    "MessageRecipient": "message_recipient",
    "OutgoingMessageBase": "outgoing_message_base",
    "OutgoingMessageBaseRecipientType": "outgoing_message_base_recipient_type",
    "Paging": "paging",
    "PagingCursors": "paging_cursors",
    "ProductAction": "product_action",
    "ProductItem": "product_item",
    "ProductListAction": "product_list_action",
    "ProductSection": "product_section",
    "ReactionContent": "reaction_content",
    "ReactionMessage": "reaction_message",
    "ReplyButton": "reply_button",
    "ReplyButtonReply": "reply_button_reply",
    "ReplyButtonsAction": "reply_buttons_action",
    "SavedAddress": "saved_address",
    "SendMessageResponse": "send_message_response",
    "SentMessage": "sent_message",
    "StickerMedia": "sticker_media",
    "StickerMessage": "sticker_message",
    "SuccessResponse": "success_response",
    "TemplateActionParameter": "template_action_parameter",
    "TemplateButtonAction": "template_button_action",
    "TemplateComponentParameters": "template_component_parameters",
    "TemplateComponentParametersSubType": "template_component_parameters_sub_type",
    "TemplateComponentParametersType": "template_component_parameters_type",
    "TemplateContent": "template_content",
    "TemplateCouponCodeParameter": "template_coupon_code_parameter",
    "TemplateCurrency": "template_currency",
    "TemplateCurrencyParameter": "template_currency_parameter",
    "TemplateDateTime": "template_date_time",
    "TemplateDateTimeParameter": "template_date_time_parameter",
    "TemplateDocumentParameter": "template_document_parameter",
    "TemplateImageParameter": "template_image_parameter",
    "TemplateLanguage": "template_language",
    "TemplateLanguagePolicy": "template_language_policy",
    "TemplateLocationParameter": "template_location_parameter",
    "TemplateMessage": "template_message",
    "TemplatePayloadParameter": "template_payload_parameter",
    "TemplateTextParameter": "template_text_parameter",
    "TemplateVideoParameter": "template_video_parameter",
    "TextContent": "text_content",
    "TextMessage": "text_message",
    "TypingIndicator": "typing_indicator",
    "VideoMedia": "video_media",
    "VideoMessage": "video_message",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_LAZY)


__all__ = (
    "AccessTokenResponse",
    "AddressAction",
    "AddressParameters",
    "AudioMedia",
    "AudioMessage",
    "CatalogAction",
    "CatalogActionParameters",
    "ContactAddress",
    "ContactCard",
    "ContactEmail",
    "ContactName",
    "ContactOrg",
    "ContactPhone",
    "ContactsMessage",
    "ContactUrl",
    "CtaUrlAction",
    "CtaUrlParameters",
    "DocumentMedia",
    "DocumentMessage",
    "ExchangeAccessTokenGrantType",
    "FlowAction",
    "FlowActionParameters",
    "FlowActionParametersFlowAction",
    "FlowActionParametersMode",
    "FlowActionPayload",
    "GraphError",
    "GraphErrorData",
    "GraphErrorResponse",
    "ImageMedia",
    "ImageMessage",
    "InteractiveAddress",
    "InteractiveBody",
    "InteractiveButtons",
    "InteractiveCatalog",
    "InteractiveCtaUrl",
    "InteractiveFlow",
    "InteractiveFooter",
    "InteractiveHeader",
    "InteractiveHeaderType",
    "InteractiveList",
    "InteractiveLocationRequest",
    "InteractiveMessage",
    "InteractiveProduct",
    "InteractiveProductList",
    "JsonObject",
    "ListAction",
    "ListRow",
    "ListSection",
    "LocationContent",
    "LocationMessage",
    "LocationRequestAction",
    "MarkAsReadRequest",
    "MediaInfo",
    "MediaUploadRequest",
    "MediaUploadResponse",
    "MessageContext",
    "MessageRecipient",
    "OutgoingMessageBase",
    "OutgoingMessageBaseRecipientType",
    "Paging",
    "PagingCursors",
    "ProductAction",
    "ProductItem",
    "ProductListAction",
    "ProductSection",
    "ReactionContent",
    "ReactionMessage",
    "ReplyButton",
    "ReplyButtonReply",
    "ReplyButtonsAction",
    "SavedAddress",
    "SendMessageResponse",
    "SentMessage",
    "StickerMedia",
    "StickerMessage",
    "SuccessResponse",
    "TemplateActionParameter",
    "TemplateButtonAction",
    "TemplateComponentParameters",
    "TemplateComponentParametersSubType",
    "TemplateComponentParametersType",
    "TemplateContent",
    "TemplateCouponCodeParameter",
    "TemplateCurrency",
    "TemplateCurrencyParameter",
    "TemplateDateTime",
    "TemplateDateTimeParameter",
    "TemplateDocumentParameter",
    "TemplateImageParameter",
    "TemplateLanguage",
    "TemplateLanguagePolicy",
    "TemplateLocationParameter",
    "TemplateMessage",
    "TemplatePayloadParameter",
    "TemplateTextParameter",
    "TemplateVideoParameter",
    "TextContent",
    "TextMessage",
    "TypingIndicator",
    "VideoMedia",
    "VideoMessage",
)
