"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_response import AccessTokenResponse
    from .address_action import AddressAction
    from .address_parameters import AddressParameters
    from .analytics_data_point import AnalyticsDataPoint
    from .analytics_result import AnalyticsResult
    from .audio_media import AudioMedia
    from .audio_message import AudioMessage
    from .block_users_error import BlockUsersError
    from .block_users_remove_response import BlockUsersRemoveResponse
    from .block_users_remove_result import BlockUsersRemoveResult
    from .block_users_request import BlockUsersRequest
    from .block_users_request_user import BlockUsersRequestUser
    from .block_users_response import BlockUsersResponse
    from .block_users_result import BlockUsersResult
    from .blocked_user import BlockedUser
    from .blocked_user_failure import BlockedUserFailure
    from .blocked_user_list import BlockedUserList
    from .blocked_user_result import BlockedUserResult
    from .business_encryption_public_key import BusinessEncryptionPublicKey
    from .business_encryption_public_key_list import BusinessEncryptionPublicKeyList
    from .business_encryption_public_key_update import BusinessEncryptionPublicKeyUpdate
    from .business_profile import BusinessProfile
    from .business_profile_response import BusinessProfileResponse
    from .business_profile_update import BusinessProfileUpdate
    from .business_profile_update_vertical import BusinessProfileUpdateVertical
    from .catalog_action import CatalogAction
    from .catalog_action_parameters import CatalogActionParameters
    from .commerce_settings import CommerceSettings
    from .commerce_settings_list import CommerceSettingsList
    from .contact_address import ContactAddress
    from .contact_card import ContactCard
    from .contact_email import ContactEmail
    from .contact_name import ContactName
    from .contact_org import ContactOrg
    from .contact_phone import ContactPhone
    from .contact_request_action import ContactRequestAction
    from .contact_url import ContactUrl
    from .contacts_message import ContactsMessage
    from .conversation_analytics_data import ConversationAnalyticsData
    from .conversation_analytics_data_point import ConversationAnalyticsDataPoint
    from .conversation_analytics_list import ConversationAnalyticsList
    from .conversational_automation import ConversationalAutomation
    from .conversational_automation_command import ConversationalAutomationCommand
    from .create_group_request import CreateGroupRequest
    from .create_group_request_join_approval_mode import CreateGroupRequestJoinApprovalMode
    from .create_group_response import CreateGroupResponse
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
    from .flow_application import FlowApplication
    from .flow_asset import FlowAsset
    from .flow_asset_list import FlowAssetList
    from .flow_business_account import FlowBusinessAccount
    from .flow_create_request import FlowCreateRequest
    from .flow_create_request_categories_item import FlowCreateRequestCategoriesItem
    from .flow_create_response import FlowCreateResponse
    from .flow_json_upload_request import FlowJsonUploadRequest
    from .flow_json_upload_request_asset_type import FlowJsonUploadRequestAssetType
    from .flow_json_upload_response import FlowJsonUploadResponse
    from .flow_list import FlowList
    from .flow_preview import FlowPreview
    from .flow_update_request import FlowUpdateRequest
    from .flow_update_request_categories_item import FlowUpdateRequestCategoriesItem
    from .flow_validation_error import FlowValidationError
    from .flow_validation_error_pointer import FlowValidationErrorPointer
    from .get_analytics_pricing_analytics_granularity import GetAnalyticsPricingAnalyticsGranularity
    from .get_analytics_template_analytics_granularity import GetAnalyticsTemplateAnalyticsGranularity
    from .graph_error import GraphError
    from .graph_error_data import GraphErrorData
    from .graph_error_response import GraphErrorResponse
    from .group_info import GroupInfo
    from .group_invite_link import GroupInviteLink
    from .group_join_request import GroupJoinRequest
    from .group_join_request_failure import GroupJoinRequestFailure
    from .group_join_request_list import GroupJoinRequestList
    from .group_join_requests_request import GroupJoinRequestsRequest
    from .group_join_requests_result import GroupJoinRequestsResult
    from .group_list import GroupList
    from .group_list_data import GroupListData
    from .group_participant_info import GroupParticipantInfo
    from .group_product_request import GroupProductRequest
    from .group_request_response import GroupRequestResponse
    from .group_summary import GroupSummary
    from .image_media import ImageMedia
    from .image_message import ImageMessage
    from .interactive_address import InteractiveAddress
    from .interactive_body import InteractiveBody
    from .interactive_buttons import InteractiveButtons
    from .interactive_catalog import InteractiveCatalog
    from .interactive_contact_request import InteractiveContactRequest
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
    from .list_phone_numbers_sort import ListPhoneNumbersSort
    from .list_row import ListRow
    from .list_section import ListSection
    from .list_templates_category import ListTemplatesCategory
    from .list_templates_quality_score import ListTemplatesQualityScore
    from .location_content import LocationContent
    from .location_message import LocationMessage
    from .location_request_action import LocationRequestAction
    from .mark_as_read_request import MarkAsReadRequest
    from .media_info import MediaInfo
    from .media_upload_request import MediaUploadRequest
    from .media_upload_response import MediaUploadResponse
    from .message_context import MessageContext
    from .message_recipient import MessageRecipient
    from .message_template import MessageTemplate
    from .message_template_body_component import MessageTemplateBodyComponent
    from .message_template_body_example import MessageTemplateBodyExample
    from .message_template_button_info import MessageTemplateButtonInfo
    from .message_template_buttons_component import MessageTemplateButtonsComponent
    from .message_template_card_component_info import MessageTemplateCardComponentInfo
    from .message_template_card_info import MessageTemplateCardInfo
    from .message_template_carousel_card import MessageTemplateCarouselCard
    from .message_template_carousel_component import MessageTemplateCarouselComponent
    from .message_template_catalog_button import MessageTemplateCatalogButton
    from .message_template_component_example import MessageTemplateComponentExample
    from .message_template_component_info import MessageTemplateComponentInfo
    from .message_template_copy_code_button import MessageTemplateCopyCodeButton
    from .message_template_create_request import MessageTemplateCreateRequest
    from .message_template_create_request_category import MessageTemplateCreateRequestCategory
    from .message_template_create_request_parameter_format import MessageTemplateCreateRequestParameterFormat
    from .message_template_create_response import MessageTemplateCreateResponse
    from .message_template_edit_request import MessageTemplateEditRequest
    from .message_template_edit_request_category import MessageTemplateEditRequestCategory
    from .message_template_edit_request_parameter_format import MessageTemplateEditRequestParameterFormat
    from .message_template_flow_button import MessageTemplateFlowButton
    from .message_template_flow_button_flow_action import MessageTemplateFlowButtonFlowAction
    from .message_template_footer_component import MessageTemplateFooterComponent
    from .message_template_header_component import MessageTemplateHeaderComponent
    from .message_template_header_component_format import MessageTemplateHeaderComponentFormat
    from .message_template_header_example import MessageTemplateHeaderExample
    from .message_template_limited_time_offer import MessageTemplateLimitedTimeOffer
    from .message_template_limited_time_offer_component import MessageTemplateLimitedTimeOfferComponent
    from .message_template_list import MessageTemplateList
    from .message_template_mpm_button import MessageTemplateMpmButton
    from .message_template_named_param_example import MessageTemplateNamedParamExample
    from .message_template_otp_button import MessageTemplateOtpButton
    from .message_template_otp_button_otp_type import MessageTemplateOtpButtonOtpType
    from .message_template_otp_supported_app import MessageTemplateOtpSupportedApp
    from .message_template_phone_number_button import MessageTemplatePhoneNumberButton
    from .message_template_quality_score import MessageTemplateQualityScore
    from .message_template_quick_reply_button import MessageTemplateQuickReplyButton
    from .message_template_request_contact_info_button import MessageTemplateRequestContactInfoButton
    from .message_template_url_button import MessageTemplateUrlButton
    from .message_template_voice_call_button import MessageTemplateVoiceCallButton
    from .outgoing_message_base import OutgoingMessageBase
    from .outgoing_message_base_recipient_type import OutgoingMessageBaseRecipientType
    from .paging import Paging
    from .paging_cursors import PagingCursors
    from .phone_number import PhoneNumber
    from .phone_number_call_hours import PhoneNumberCallHours
    from .phone_number_call_icons import PhoneNumberCallIcons
    from .phone_number_calling_settings import PhoneNumberCallingSettings
    from .phone_number_calling_settings_update import PhoneNumberCallingSettingsUpdate
    from .phone_number_calling_settings_update_call_icon_visibility import (
        PhoneNumberCallingSettingsUpdateCallIconVisibility,
    )
    from .phone_number_calling_settings_update_callback_permission_status import (
        PhoneNumberCallingSettingsUpdateCallbackPermissionStatus,
    )
    from .phone_number_calling_settings_update_status import PhoneNumberCallingSettingsUpdateStatus
    from .phone_number_health_entity import PhoneNumberHealthEntity
    from .phone_number_health_error import PhoneNumberHealthError
    from .phone_number_health_status import PhoneNumberHealthStatus
    from .phone_number_holiday_schedule import PhoneNumberHolidaySchedule
    from .phone_number_list import PhoneNumberList
    from .phone_number_payload_encryption import PhoneNumberPayloadEncryption
    from .phone_number_payload_encryption_update import PhoneNumberPayloadEncryptionUpdate
    from .phone_number_payload_encryption_update_status import PhoneNumberPayloadEncryptionUpdateStatus
    from .phone_number_settings import PhoneNumberSettings
    from .phone_number_settings_update import PhoneNumberSettingsUpdate
    from .phone_number_sip_server import PhoneNumberSipServer
    from .phone_number_sip_settings import PhoneNumberSipSettings
    from .phone_number_storage_configuration import PhoneNumberStorageConfiguration
    from .phone_number_storage_configuration_update import PhoneNumberStorageConfigurationUpdate
    from .phone_number_storage_configuration_update_status import PhoneNumberStorageConfigurationUpdateStatus
    from .phone_number_throughput import PhoneNumberThroughput
    from .phone_number_user_identity_change_update import PhoneNumberUserIdentityChangeUpdate
    from .phone_number_webhook_configuration import PhoneNumberWebhookConfiguration
    from .phone_number_weekly_operating_hours import PhoneNumberWeeklyOperatingHours
    from .pin_content import PinContent
    from .pin_content_type import PinContentType
    from .pin_message import PinMessage
    from .pricing_analytics_data import PricingAnalyticsData
    from .pricing_analytics_data_point import PricingAnalyticsDataPoint
    from .pricing_analytics_list import PricingAnalyticsList
    from .product_action import ProductAction
    from .product_item import ProductItem
    from .product_list_action import ProductListAction
    from .product_section import ProductSection
    from .qr_code import QrCode
    from .qr_code_create_or_update_request import QrCodeCreateOrUpdateRequest
    from .qr_code_create_or_update_request_generate_qr_image import QrCodeCreateOrUpdateRequestGenerateQrImage
    from .qr_code_list import QrCodeList
    from .reaction_content import ReactionContent
    from .reaction_message import ReactionMessage
    from .registration_request import RegistrationRequest
    from .remove_group_participant import RemoveGroupParticipant
    from .remove_group_participants_request import RemoveGroupParticipantsRequest
    from .reply_button import ReplyButton
    from .reply_button_reply import ReplyButtonReply
    from .reply_buttons_action import ReplyButtonsAction
    from .saved_address import SavedAddress
    from .send_message_response import SendMessageResponse
    from .sent_message import SentMessage
    from .set_username_request import SetUsernameRequest
    from .sticker_media import StickerMedia
    from .sticker_message import StickerMessage
    from .subscribed_app import SubscribedApp
    from .subscribed_app_data import SubscribedAppData
    from .subscribed_app_list import SubscribedAppList
    from .subscribed_app_subscribe_request import SubscribedAppSubscribeRequest
    from .success_response import SuccessResponse
    from .template_action_parameter import TemplateActionParameter
    from .template_analytics_click import TemplateAnalyticsClick
    from .template_analytics_cost import TemplateAnalyticsCost
    from .template_analytics_data import TemplateAnalyticsData
    from .template_analytics_data_point import TemplateAnalyticsDataPoint
    from .template_analytics_list import TemplateAnalyticsList
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
    from .two_step_verification_pin_request import TwoStepVerificationPinRequest
    from .typing_indicator import TypingIndicator
    from .update_group_request import UpdateGroupRequest
    from .username_status import UsernameStatus
    from .username_suggestion_group import UsernameSuggestionGroup
    from .username_suggestions import UsernameSuggestions
    from .verification_code_request import VerificationCodeRequest
    from .verification_code_request_code_method import VerificationCodeRequestCodeMethod
    from .verification_code_submission import VerificationCodeSubmission
    from .video_media import VideoMedia
    from .video_message import VideoMessage
    from .waba_health_entity import WabaHealthEntity
    from .waba_health_error import WabaHealthError
    from .waba_health_status import WabaHealthStatus
    from .waba_on_behalf_of_business_info import WabaOnBehalfOfBusinessInfo
    from .webhook_account_ban_info import WebhookAccountBanInfo
    from .webhook_account_restriction import WebhookAccountRestriction
    from .webhook_account_review_change import WebhookAccountReviewChange
    from .webhook_account_review_update_value import WebhookAccountReviewUpdateValue
    from .webhook_account_update_change import WebhookAccountUpdateChange
    from .webhook_account_update_value import WebhookAccountUpdateValue
    from .webhook_account_violation_info import WebhookAccountViolationInfo
    from .webhook_audio_message import WebhookAudioMessage
    from .webhook_business_capability_change import WebhookBusinessCapabilityChange
    from .webhook_business_capability_update_value import WebhookBusinessCapabilityUpdateValue
    from .webhook_business_username_change import WebhookBusinessUsernameChange
    from .webhook_business_username_update_value import WebhookBusinessUsernameUpdateValue
    from .webhook_button import WebhookButton
    from .webhook_button_message import WebhookButtonMessage
    from .webhook_button_reply import WebhookButtonReply
    from .webhook_contact import WebhookContact
    from .webhook_contact_address import WebhookContactAddress
    from .webhook_contact_email import WebhookContactEmail
    from .webhook_contact_name import WebhookContactName
    from .webhook_contact_org import WebhookContactOrg
    from .webhook_contact_phone import WebhookContactPhone
    from .webhook_contact_profile import WebhookContactProfile
    from .webhook_contact_url import WebhookContactUrl
    from .webhook_contacts_message import WebhookContactsMessage
    from .webhook_conversation import WebhookConversation
    from .webhook_conversation_origin import WebhookConversationOrigin
    from .webhook_document_message import WebhookDocumentMessage
    from .webhook_entry import WebhookEntry
    from .webhook_error import WebhookError
    from .webhook_error_data import WebhookErrorData
    from .webhook_flow_reply import WebhookFlowReply
    from .webhook_flows_change import WebhookFlowsChange
    from .webhook_flows_value import WebhookFlowsValue
    from .webhook_group_lifecycle import WebhookGroupLifecycle
    from .webhook_group_lifecycle_change import WebhookGroupLifecycleChange
    from .webhook_group_lifecycle_value import WebhookGroupLifecycleValue
    from .webhook_group_participant import WebhookGroupParticipant
    from .webhook_group_participants import WebhookGroupParticipants
    from .webhook_group_participants_change import WebhookGroupParticipantsChange
    from .webhook_group_participants_value import WebhookGroupParticipantsValue
    from .webhook_group_setting_result import WebhookGroupSettingResult
    from .webhook_group_settings import WebhookGroupSettings
    from .webhook_group_settings_change import WebhookGroupSettingsChange
    from .webhook_group_settings_value import WebhookGroupSettingsValue
    from .webhook_group_status import WebhookGroupStatus
    from .webhook_group_status_change import WebhookGroupStatusChange
    from .webhook_group_status_value import WebhookGroupStatusValue
    from .webhook_id_change import WebhookIdChange
    from .webhook_identity import WebhookIdentity
    from .webhook_image_message import WebhookImageMessage
    from .webhook_interactive import WebhookInteractive
    from .webhook_interactive_message import WebhookInteractiveMessage
    from .webhook_list_reply import WebhookListReply
    from .webhook_location import WebhookLocation
    from .webhook_location_message import WebhookLocationMessage
    from .webhook_media import WebhookMedia
    from .webhook_message_base import WebhookMessageBase
    from .webhook_message_context import WebhookMessageContext
    from .webhook_messages_change import WebhookMessagesChange
    from .webhook_messages_value import WebhookMessagesValue
    from .webhook_metadata import WebhookMetadata
    from .webhook_notification import WebhookNotification
    from .webhook_order import WebhookOrder
    from .webhook_order_item import WebhookOrderItem
    from .webhook_order_message import WebhookOrderMessage
    from .webhook_phone_number_name_change import WebhookPhoneNumberNameChange
    from .webhook_phone_number_name_update_value import WebhookPhoneNumberNameUpdateValue
    from .webhook_phone_number_quality_change import WebhookPhoneNumberQualityChange
    from .webhook_phone_number_quality_update_value import WebhookPhoneNumberQualityUpdateValue
    from .webhook_pricing import WebhookPricing
    from .webhook_reaction import WebhookReaction
    from .webhook_reaction_message import WebhookReactionMessage
    from .webhook_referral import WebhookReferral
    from .webhook_referral_welcome_message import WebhookReferralWelcomeMessage
    from .webhook_referred_product import WebhookReferredProduct
    from .webhook_security_change import WebhookSecurityChange
    from .webhook_security_value import WebhookSecurityValue
    from .webhook_shared_contact import WebhookSharedContact
    from .webhook_status import WebhookStatus
    from .webhook_sticker_message import WebhookStickerMessage
    from .webhook_system import WebhookSystem
    from .webhook_system_message import WebhookSystemMessage
    from .webhook_template_category_change import WebhookTemplateCategoryChange
    from .webhook_template_category_update_value import WebhookTemplateCategoryUpdateValue
    from .webhook_template_disable_info import WebhookTemplateDisableInfo
    from .webhook_template_other_info import WebhookTemplateOtherInfo
    from .webhook_template_quality_change import WebhookTemplateQualityChange
    from .webhook_template_quality_update_value import WebhookTemplateQualityUpdateValue
    from .webhook_template_status_change import WebhookTemplateStatusChange
    from .webhook_template_status_update_value import WebhookTemplateStatusUpdateValue
    from .webhook_text import WebhookText
    from .webhook_text_message import WebhookTextMessage
    from .webhook_unknown_change import WebhookUnknownChange
    from .webhook_unknown_message import WebhookUnknownMessage
    from .webhook_user_id_update import WebhookUserIdUpdate
    from .webhook_user_id_update_change import WebhookUserIdUpdateChange
    from .webhook_user_id_update_value import WebhookUserIdUpdateValue
    from .webhook_user_preference import WebhookUserPreference
    from .webhook_user_preferences_change import WebhookUserPreferencesChange
    from .webhook_user_preferences_value import WebhookUserPreferencesValue
    from .webhook_video_message import WebhookVideoMessage
    from .whats_app_business_account import WhatsAppBusinessAccount
    from .whats_app_flow import WhatsAppFlow

_LAZY: dict[str, str] = {
    "AccessTokenResponse": "access_token_response",
    "AddressAction": "address_action",
    "AddressParameters": "address_parameters",
    "AnalyticsDataPoint": "analytics_data_point",
    "AnalyticsResult": "analytics_result",
    "AudioMedia": "audio_media",
    "AudioMessage": "audio_message",
    "BlockUsersError": "block_users_error",
    "BlockUsersRemoveResponse": "block_users_remove_response",
    "BlockUsersRemoveResult": "block_users_remove_result",
    "BlockUsersRequest": "block_users_request",
    "BlockUsersRequestUser": "block_users_request_user",
    "BlockUsersResponse": "block_users_response",
    "BlockUsersResult": "block_users_result",
    "BlockedUser": "blocked_user",
    "BlockedUserFailure": "blocked_user_failure",
    "BlockedUserList": "blocked_user_list",
    "BlockedUserResult": "blocked_user_result",
    "BusinessEncryptionPublicKey": "business_encryption_public_key",
    "BusinessEncryptionPublicKeyList": "business_encryption_public_key_list",
    "BusinessEncryptionPublicKeyUpdate": "business_encryption_public_key_update",
    "BusinessProfile": "business_profile",
    "BusinessProfileResponse": "business_profile_response",
    "BusinessProfileUpdate": "business_profile_update",
    "BusinessProfileUpdateVertical": "business_profile_update_vertical",
    "CatalogAction": "catalog_action",
    "CatalogActionParameters": "catalog_action_parameters",
    "CommerceSettings": "commerce_settings",
    "CommerceSettingsList": "commerce_settings_list",
    "ContactAddress": "contact_address",
    "ContactCard": "contact_card",
    "ContactEmail": "contact_email",
    "ContactName": "contact_name",
    "ContactOrg": "contact_org",
    "ContactPhone": "contact_phone",
    "ContactRequestAction": "contact_request_action",
    "ContactUrl": "contact_url",
    "ContactsMessage": "contacts_message",
    "ConversationAnalyticsData": "conversation_analytics_data",
    "ConversationAnalyticsDataPoint": "conversation_analytics_data_point",
    "ConversationAnalyticsList": "conversation_analytics_list",
    "ConversationalAutomation": "conversational_automation",
    "ConversationalAutomationCommand": "conversational_automation_command",
    "CreateGroupRequest": "create_group_request",
    "CreateGroupRequestJoinApprovalMode": "create_group_request_join_approval_mode",
    "CreateGroupResponse": "create_group_response",
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
    "FlowApplication": "flow_application",
    "FlowAsset": "flow_asset",
    "FlowAssetList": "flow_asset_list",
    "FlowBusinessAccount": "flow_business_account",
    "FlowCreateRequest": "flow_create_request",
    "FlowCreateRequestCategoriesItem": "flow_create_request_categories_item",
    "FlowCreateResponse": "flow_create_response",
    "FlowJsonUploadRequest": "flow_json_upload_request",
    "FlowJsonUploadRequestAssetType": "flow_json_upload_request_asset_type",
    "FlowJsonUploadResponse": "flow_json_upload_response",
    "FlowList": "flow_list",
    "FlowPreview": "flow_preview",
    "FlowUpdateRequest": "flow_update_request",
    "FlowUpdateRequestCategoriesItem": "flow_update_request_categories_item",
    "FlowValidationError": "flow_validation_error",
    "FlowValidationErrorPointer": "flow_validation_error_pointer",
    "GetAnalyticsPricingAnalyticsGranularity": "get_analytics_pricing_analytics_granularity",
    "GetAnalyticsTemplateAnalyticsGranularity": "get_analytics_template_analytics_granularity",
    "GraphError": "graph_error",
    "GraphErrorData": "graph_error_data",
    "GraphErrorResponse": "graph_error_response",
    "GroupInfo": "group_info",
    "GroupInviteLink": "group_invite_link",
    "GroupJoinRequest": "group_join_request",
    "GroupJoinRequestFailure": "group_join_request_failure",
    "GroupJoinRequestList": "group_join_request_list",
    "GroupJoinRequestsRequest": "group_join_requests_request",
    "GroupJoinRequestsResult": "group_join_requests_result",
    "GroupList": "group_list",
    "GroupListData": "group_list_data",
    "GroupParticipantInfo": "group_participant_info",
    "GroupProductRequest": "group_product_request",
    "GroupRequestResponse": "group_request_response",
    "GroupSummary": "group_summary",
    "ImageMedia": "image_media",
    "ImageMessage": "image_message",
    "InteractiveAddress": "interactive_address",
    "InteractiveBody": "interactive_body",
    "InteractiveButtons": "interactive_buttons",
    "InteractiveCatalog": "interactive_catalog",
    "InteractiveContactRequest": "interactive_contact_request",
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
    "ListPhoneNumbersSort": "list_phone_numbers_sort",
    "ListRow": "list_row",
    "ListSection": "list_section",
    "ListTemplatesCategory": "list_templates_category",
    "ListTemplatesQualityScore": "list_templates_quality_score",
    "LocationContent": "location_content",
    "LocationMessage": "location_message",
    "LocationRequestAction": "location_request_action",
    "MarkAsReadRequest": "mark_as_read_request",
    "MediaInfo": "media_info",
    "MediaUploadRequest": "media_upload_request",
    "MediaUploadResponse": "media_upload_response",
    "MessageContext": "message_context",
    "MessageRecipient": "message_recipient",
    "MessageTemplate": "message_template",
    "MessageTemplateBodyComponent": "message_template_body_component",
    "MessageTemplateBodyExample": "message_template_body_example",
    "MessageTemplateButtonInfo": "message_template_button_info",
    "MessageTemplateButtonsComponent": "message_template_buttons_component",
    "MessageTemplateCardComponentInfo": "message_template_card_component_info",
    "MessageTemplateCardInfo": "message_template_card_info",
    "MessageTemplateCarouselCard": "message_template_carousel_card",
    "MessageTemplateCarouselComponent": "message_template_carousel_component",
    "MessageTemplateCatalogButton": "message_template_catalog_button",
    "MessageTemplateComponentExample": "message_template_component_example",
    "MessageTemplateComponentInfo": "message_template_component_info",
    "MessageTemplateCopyCodeButton": "message_template_copy_code_button",
    "MessageTemplateCreateRequest": "message_template_create_request",
    "MessageTemplateCreateRequestCategory": "message_template_create_request_category",
    "MessageTemplateCreateRequestParameterFormat": "message_template_create_request_parameter_format",
    "MessageTemplateCreateResponse": "message_template_create_response",
    "MessageTemplateEditRequest": "message_template_edit_request",
    "MessageTemplateEditRequestCategory": "message_template_edit_request_category",
    "MessageTemplateEditRequestParameterFormat": "message_template_edit_request_parameter_format",
    "MessageTemplateFlowButton": "message_template_flow_button",
    "MessageTemplateFlowButtonFlowAction": "message_template_flow_button_flow_action",
    "MessageTemplateFooterComponent": "message_template_footer_component",
    "MessageTemplateHeaderComponent": "message_template_header_component",
    "MessageTemplateHeaderComponentFormat": "message_template_header_component_format",
    "MessageTemplateHeaderExample": "message_template_header_example",
    "MessageTemplateLimitedTimeOffer": "message_template_limited_time_offer",
    "MessageTemplateLimitedTimeOfferComponent": "message_template_limited_time_offer_component",
    "MessageTemplateList": "message_template_list",
    "MessageTemplateMpmButton": "message_template_mpm_button",
    "MessageTemplateNamedParamExample": "message_template_named_param_example",
    "MessageTemplateOtpButton": "message_template_otp_button",
    "MessageTemplateOtpButtonOtpType": "message_template_otp_button_otp_type",
    "MessageTemplateOtpSupportedApp": "message_template_otp_supported_app",
    "MessageTemplatePhoneNumberButton": "message_template_phone_number_button",
    "MessageTemplateQualityScore": "message_template_quality_score",
    "MessageTemplateQuickReplyButton": "message_template_quick_reply_button",
    "MessageTemplateRequestContactInfoButton": "message_template_request_contact_info_button",
    "MessageTemplateUrlButton": "message_template_url_button",
    "MessageTemplateVoiceCallButton": "message_template_voice_call_button",
    "OutgoingMessageBase": "outgoing_message_base",
    "OutgoingMessageBaseRecipientType": "outgoing_message_base_recipient_type",
    "Paging": "paging",
    "PagingCursors": "paging_cursors",
    "PhoneNumber": "phone_number",
    "PhoneNumberCallHours": "phone_number_call_hours",
    "PhoneNumberCallIcons": "phone_number_call_icons",
    "PhoneNumberCallingSettings": "phone_number_calling_settings",
    "PhoneNumberCallingSettingsUpdate": "phone_number_calling_settings_update",
    "PhoneNumberCallingSettingsUpdateCallIconVisibility": "phone_number_calling_settings_update_call_icon_visibility",
    "PhoneNumberCallingSettingsUpdateCallbackPermissionStatus": "phone_number_calling_settings_update_callback_permission_status",
    "PhoneNumberCallingSettingsUpdateStatus": "phone_number_calling_settings_update_status",
    "PhoneNumberHealthEntity": "phone_number_health_entity",
    "PhoneNumberHealthError": "phone_number_health_error",
    "PhoneNumberHealthStatus": "phone_number_health_status",
    "PhoneNumberHolidaySchedule": "phone_number_holiday_schedule",
    "PhoneNumberList": "phone_number_list",
    "PhoneNumberPayloadEncryption": "phone_number_payload_encryption",
    "PhoneNumberPayloadEncryptionUpdate": "phone_number_payload_encryption_update",
    "PhoneNumberPayloadEncryptionUpdateStatus": "phone_number_payload_encryption_update_status",
    "PhoneNumberSettings": "phone_number_settings",
    "PhoneNumberSettingsUpdate": "phone_number_settings_update",
    "PhoneNumberSipServer": "phone_number_sip_server",
    "PhoneNumberSipSettings": "phone_number_sip_settings",
    "PhoneNumberStorageConfiguration": "phone_number_storage_configuration",
    "PhoneNumberStorageConfigurationUpdate": "phone_number_storage_configuration_update",
    "PhoneNumberStorageConfigurationUpdateStatus": "phone_number_storage_configuration_update_status",
    "PhoneNumberThroughput": "phone_number_throughput",
    "PhoneNumberUserIdentityChangeUpdate": "phone_number_user_identity_change_update",
    "PhoneNumberWebhookConfiguration": "phone_number_webhook_configuration",
    "PhoneNumberWeeklyOperatingHours": "phone_number_weekly_operating_hours",
    "PinContent": "pin_content",
    "PinContentType": "pin_content_type",
    "PinMessage": "pin_message",
    "PricingAnalyticsData": "pricing_analytics_data",
    "PricingAnalyticsDataPoint": "pricing_analytics_data_point",
    "PricingAnalyticsList": "pricing_analytics_list",
    "ProductAction": "product_action",
    "ProductItem": "product_item",
    "ProductListAction": "product_list_action",
    "ProductSection": "product_section",
    "QrCode": "qr_code",
    "QrCodeCreateOrUpdateRequest": "qr_code_create_or_update_request",
    "QrCodeCreateOrUpdateRequestGenerateQrImage": "qr_code_create_or_update_request_generate_qr_image",
    "QrCodeList": "qr_code_list",
    "ReactionContent": "reaction_content",
    "ReactionMessage": "reaction_message",
    "RegistrationRequest": "registration_request",
    "RemoveGroupParticipant": "remove_group_participant",
    "RemoveGroupParticipantsRequest": "remove_group_participants_request",
    "ReplyButton": "reply_button",
    "ReplyButtonReply": "reply_button_reply",
    "ReplyButtonsAction": "reply_buttons_action",
    "SavedAddress": "saved_address",
    "SendMessageResponse": "send_message_response",
    "SentMessage": "sent_message",
    "SetUsernameRequest": "set_username_request",
    "StickerMedia": "sticker_media",
    "StickerMessage": "sticker_message",
    "SubscribedApp": "subscribed_app",
    "SubscribedAppData": "subscribed_app_data",
    "SubscribedAppList": "subscribed_app_list",
    "SubscribedAppSubscribeRequest": "subscribed_app_subscribe_request",
    "SuccessResponse": "success_response",
    "TemplateActionParameter": "template_action_parameter",
    "TemplateAnalyticsClick": "template_analytics_click",
    "TemplateAnalyticsCost": "template_analytics_cost",
    "TemplateAnalyticsData": "template_analytics_data",
    "TemplateAnalyticsDataPoint": "template_analytics_data_point",
    "TemplateAnalyticsList": "template_analytics_list",
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
    "TwoStepVerificationPinRequest": "two_step_verification_pin_request",
    "TypingIndicator": "typing_indicator",
    "UpdateGroupRequest": "update_group_request",
    "UsernameStatus": "username_status",
    "UsernameSuggestionGroup": "username_suggestion_group",
    "UsernameSuggestions": "username_suggestions",
    "VerificationCodeRequest": "verification_code_request",
    "VerificationCodeRequestCodeMethod": "verification_code_request_code_method",
    "VerificationCodeSubmission": "verification_code_submission",
    "VideoMedia": "video_media",
    "VideoMessage": "video_message",
    "WabaHealthEntity": "waba_health_entity",
    "WabaHealthError": "waba_health_error",
    "WabaHealthStatus": "waba_health_status",
    "WabaOnBehalfOfBusinessInfo": "waba_on_behalf_of_business_info",
    "WebhookAccountBanInfo": "webhook_account_ban_info",
    "WebhookAccountRestriction": "webhook_account_restriction",
    "WebhookAccountReviewChange": "webhook_account_review_change",
    "WebhookAccountReviewUpdateValue": "webhook_account_review_update_value",
    "WebhookAccountUpdateChange": "webhook_account_update_change",
    "WebhookAccountUpdateValue": "webhook_account_update_value",
    "WebhookAccountViolationInfo": "webhook_account_violation_info",
    "WebhookAudioMessage": "webhook_audio_message",
    "WebhookBusinessCapabilityChange": "webhook_business_capability_change",
    "WebhookBusinessCapabilityUpdateValue": "webhook_business_capability_update_value",
    "WebhookBusinessUsernameChange": "webhook_business_username_change",
    "WebhookBusinessUsernameUpdateValue": "webhook_business_username_update_value",
    "WebhookButton": "webhook_button",
    "WebhookButtonMessage": "webhook_button_message",
    "WebhookButtonReply": "webhook_button_reply",
    "WebhookContact": "webhook_contact",
    "WebhookContactAddress": "webhook_contact_address",
    "WebhookContactEmail": "webhook_contact_email",
    "WebhookContactName": "webhook_contact_name",
    "WebhookContactOrg": "webhook_contact_org",
    "WebhookContactPhone": "webhook_contact_phone",
    "WebhookContactProfile": "webhook_contact_profile",
    "WebhookContactUrl": "webhook_contact_url",
    "WebhookContactsMessage": "webhook_contacts_message",
    "WebhookConversation": "webhook_conversation",
    "WebhookConversationOrigin": "webhook_conversation_origin",
    "WebhookDocumentMessage": "webhook_document_message",
    "WebhookEntry": "webhook_entry",
    "WebhookError": "webhook_error",
    "WebhookErrorData": "webhook_error_data",
    "WebhookFlowReply": "webhook_flow_reply",
    "WebhookFlowsChange": "webhook_flows_change",
    "WebhookFlowsValue": "webhook_flows_value",
    "WebhookGroupLifecycle": "webhook_group_lifecycle",
    "WebhookGroupLifecycleChange": "webhook_group_lifecycle_change",
    "WebhookGroupLifecycleValue": "webhook_group_lifecycle_value",
    "WebhookGroupParticipant": "webhook_group_participant",
    "WebhookGroupParticipants": "webhook_group_participants",
    "WebhookGroupParticipantsChange": "webhook_group_participants_change",
    "WebhookGroupParticipantsValue": "webhook_group_participants_value",
    "WebhookGroupSettingResult": "webhook_group_setting_result",
    "WebhookGroupSettings": "webhook_group_settings",
    "WebhookGroupSettingsChange": "webhook_group_settings_change",
    "WebhookGroupSettingsValue": "webhook_group_settings_value",
    "WebhookGroupStatus": "webhook_group_status",
    "WebhookGroupStatusChange": "webhook_group_status_change",
    "WebhookGroupStatusValue": "webhook_group_status_value",
    "WebhookIdChange": "webhook_id_change",
    "WebhookIdentity": "webhook_identity",
    "WebhookImageMessage": "webhook_image_message",
    "WebhookInteractive": "webhook_interactive",
    "WebhookInteractiveMessage": "webhook_interactive_message",
    "WebhookListReply": "webhook_list_reply",
    "WebhookLocation": "webhook_location",
    "WebhookLocationMessage": "webhook_location_message",
    "WebhookMedia": "webhook_media",
    "WebhookMessageBase": "webhook_message_base",
    "WebhookMessageContext": "webhook_message_context",
    "WebhookMessagesChange": "webhook_messages_change",
    "WebhookMessagesValue": "webhook_messages_value",
    "WebhookMetadata": "webhook_metadata",
    "WebhookNotification": "webhook_notification",
    "WebhookOrder": "webhook_order",
    "WebhookOrderItem": "webhook_order_item",
    "WebhookOrderMessage": "webhook_order_message",
    "WebhookPhoneNumberNameChange": "webhook_phone_number_name_change",
    "WebhookPhoneNumberNameUpdateValue": "webhook_phone_number_name_update_value",
    "WebhookPhoneNumberQualityChange": "webhook_phone_number_quality_change",
    "WebhookPhoneNumberQualityUpdateValue": "webhook_phone_number_quality_update_value",
    "WebhookPricing": "webhook_pricing",
    "WebhookReaction": "webhook_reaction",
    "WebhookReactionMessage": "webhook_reaction_message",
    "WebhookReferral": "webhook_referral",
    "WebhookReferralWelcomeMessage": "webhook_referral_welcome_message",
    "WebhookReferredProduct": "webhook_referred_product",
    "WebhookSecurityChange": "webhook_security_change",
    "WebhookSecurityValue": "webhook_security_value",
    "WebhookSharedContact": "webhook_shared_contact",
    "WebhookStatus": "webhook_status",
    "WebhookStickerMessage": "webhook_sticker_message",
    "WebhookSystem": "webhook_system",
    "WebhookSystemMessage": "webhook_system_message",
    "WebhookTemplateCategoryChange": "webhook_template_category_change",
    "WebhookTemplateCategoryUpdateValue": "webhook_template_category_update_value",
    "WebhookTemplateDisableInfo": "webhook_template_disable_info",
    "WebhookTemplateOtherInfo": "webhook_template_other_info",
    "WebhookTemplateQualityChange": "webhook_template_quality_change",
    "WebhookTemplateQualityUpdateValue": "webhook_template_quality_update_value",
    "WebhookTemplateStatusChange": "webhook_template_status_change",
    "WebhookTemplateStatusUpdateValue": "webhook_template_status_update_value",
    "WebhookText": "webhook_text",
    "WebhookTextMessage": "webhook_text_message",
    "WebhookUnknownChange": "webhook_unknown_change",
    "WebhookUnknownMessage": "webhook_unknown_message",
    "WebhookUserIdUpdate": "webhook_user_id_update",
    "WebhookUserIdUpdateChange": "webhook_user_id_update_change",
    "WebhookUserIdUpdateValue": "webhook_user_id_update_value",
    "WebhookUserPreference": "webhook_user_preference",
    "WebhookUserPreferencesChange": "webhook_user_preferences_change",
    "WebhookUserPreferencesValue": "webhook_user_preferences_value",
    "WebhookVideoMessage": "webhook_video_message",
    "WhatsAppBusinessAccount": "whats_app_business_account",
    "WhatsAppFlow": "whats_app_flow",
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
    "AnalyticsDataPoint",
    "AnalyticsResult",
    "AudioMedia",
    "AudioMessage",
    "BlockedUser",
    "BlockedUserFailure",
    "BlockedUserList",
    "BlockedUserResult",
    "BlockUsersError",
    "BlockUsersRemoveResponse",
    "BlockUsersRemoveResult",
    "BlockUsersRequest",
    "BlockUsersRequestUser",
    "BlockUsersResponse",
    "BlockUsersResult",
    "BusinessEncryptionPublicKey",
    "BusinessEncryptionPublicKeyList",
    "BusinessEncryptionPublicKeyUpdate",
    "BusinessProfile",
    "BusinessProfileResponse",
    "BusinessProfileUpdate",
    "BusinessProfileUpdateVertical",
    "CatalogAction",
    "CatalogActionParameters",
    "CommerceSettings",
    "CommerceSettingsList",
    "ContactAddress",
    "ContactCard",
    "ContactEmail",
    "ContactName",
    "ContactOrg",
    "ContactPhone",
    "ContactRequestAction",
    "ContactsMessage",
    "ContactUrl",
    "ConversationalAutomation",
    "ConversationalAutomationCommand",
    "ConversationAnalyticsData",
    "ConversationAnalyticsDataPoint",
    "ConversationAnalyticsList",
    "CreateGroupRequest",
    "CreateGroupRequestJoinApprovalMode",
    "CreateGroupResponse",
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
    "FlowApplication",
    "FlowAsset",
    "FlowAssetList",
    "FlowBusinessAccount",
    "FlowCreateRequest",
    "FlowCreateRequestCategoriesItem",
    "FlowCreateResponse",
    "FlowJsonUploadRequest",
    "FlowJsonUploadRequestAssetType",
    "FlowJsonUploadResponse",
    "FlowList",
    "FlowPreview",
    "FlowUpdateRequest",
    "FlowUpdateRequestCategoriesItem",
    "FlowValidationError",
    "FlowValidationErrorPointer",
    "GetAnalyticsPricingAnalyticsGranularity",
    "GetAnalyticsTemplateAnalyticsGranularity",
    "GraphError",
    "GraphErrorData",
    "GraphErrorResponse",
    "GroupInfo",
    "GroupInviteLink",
    "GroupJoinRequest",
    "GroupJoinRequestFailure",
    "GroupJoinRequestList",
    "GroupJoinRequestsRequest",
    "GroupJoinRequestsResult",
    "GroupList",
    "GroupListData",
    "GroupParticipantInfo",
    "GroupProductRequest",
    "GroupRequestResponse",
    "GroupSummary",
    "ImageMedia",
    "ImageMessage",
    "InteractiveAddress",
    "InteractiveBody",
    "InteractiveButtons",
    "InteractiveCatalog",
    "InteractiveContactRequest",
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
    "ListPhoneNumbersSort",
    "ListRow",
    "ListSection",
    "ListTemplatesCategory",
    "ListTemplatesQualityScore",
    "LocationContent",
    "LocationMessage",
    "LocationRequestAction",
    "MarkAsReadRequest",
    "MediaInfo",
    "MediaUploadRequest",
    "MediaUploadResponse",
    "MessageContext",
    "MessageRecipient",
    "MessageTemplate",
    "MessageTemplateBodyComponent",
    "MessageTemplateBodyExample",
    "MessageTemplateButtonInfo",
    "MessageTemplateButtonsComponent",
    "MessageTemplateCardComponentInfo",
    "MessageTemplateCardInfo",
    "MessageTemplateCarouselCard",
    "MessageTemplateCarouselComponent",
    "MessageTemplateCatalogButton",
    "MessageTemplateComponentExample",
    "MessageTemplateComponentInfo",
    "MessageTemplateCopyCodeButton",
    "MessageTemplateCreateRequest",
    "MessageTemplateCreateRequestCategory",
    "MessageTemplateCreateRequestParameterFormat",
    "MessageTemplateCreateResponse",
    "MessageTemplateEditRequest",
    "MessageTemplateEditRequestCategory",
    "MessageTemplateEditRequestParameterFormat",
    "MessageTemplateFlowButton",
    "MessageTemplateFlowButtonFlowAction",
    "MessageTemplateFooterComponent",
    "MessageTemplateHeaderComponent",
    "MessageTemplateHeaderComponentFormat",
    "MessageTemplateHeaderExample",
    "MessageTemplateLimitedTimeOffer",
    "MessageTemplateLimitedTimeOfferComponent",
    "MessageTemplateList",
    "MessageTemplateMpmButton",
    "MessageTemplateNamedParamExample",
    "MessageTemplateOtpButton",
    "MessageTemplateOtpButtonOtpType",
    "MessageTemplateOtpSupportedApp",
    "MessageTemplatePhoneNumberButton",
    "MessageTemplateQualityScore",
    "MessageTemplateQuickReplyButton",
    "MessageTemplateRequestContactInfoButton",
    "MessageTemplateUrlButton",
    "MessageTemplateVoiceCallButton",
    "OutgoingMessageBase",
    "OutgoingMessageBaseRecipientType",
    "Paging",
    "PagingCursors",
    "PhoneNumber",
    "PhoneNumberCallHours",
    "PhoneNumberCallIcons",
    "PhoneNumberCallingSettings",
    "PhoneNumberCallingSettingsUpdate",
    "PhoneNumberCallingSettingsUpdateCallbackPermissionStatus",
    "PhoneNumberCallingSettingsUpdateCallIconVisibility",
    "PhoneNumberCallingSettingsUpdateStatus",
    "PhoneNumberHealthEntity",
    "PhoneNumberHealthError",
    "PhoneNumberHealthStatus",
    "PhoneNumberHolidaySchedule",
    "PhoneNumberList",
    "PhoneNumberPayloadEncryption",
    "PhoneNumberPayloadEncryptionUpdate",
    "PhoneNumberPayloadEncryptionUpdateStatus",
    "PhoneNumberSettings",
    "PhoneNumberSettingsUpdate",
    "PhoneNumberSipServer",
    "PhoneNumberSipSettings",
    "PhoneNumberStorageConfiguration",
    "PhoneNumberStorageConfigurationUpdate",
    "PhoneNumberStorageConfigurationUpdateStatus",
    "PhoneNumberThroughput",
    "PhoneNumberUserIdentityChangeUpdate",
    "PhoneNumberWebhookConfiguration",
    "PhoneNumberWeeklyOperatingHours",
    "PinContent",
    "PinContentType",
    "PinMessage",
    "PricingAnalyticsData",
    "PricingAnalyticsDataPoint",
    "PricingAnalyticsList",
    "ProductAction",
    "ProductItem",
    "ProductListAction",
    "ProductSection",
    "QrCode",
    "QrCodeCreateOrUpdateRequest",
    "QrCodeCreateOrUpdateRequestGenerateQrImage",
    "QrCodeList",
    "ReactionContent",
    "ReactionMessage",
    "RegistrationRequest",
    "RemoveGroupParticipant",
    "RemoveGroupParticipantsRequest",
    "ReplyButton",
    "ReplyButtonReply",
    "ReplyButtonsAction",
    "SavedAddress",
    "SendMessageResponse",
    "SentMessage",
    "SetUsernameRequest",
    "StickerMedia",
    "StickerMessage",
    "SubscribedApp",
    "SubscribedAppData",
    "SubscribedAppList",
    "SubscribedAppSubscribeRequest",
    "SuccessResponse",
    "TemplateActionParameter",
    "TemplateAnalyticsClick",
    "TemplateAnalyticsCost",
    "TemplateAnalyticsData",
    "TemplateAnalyticsDataPoint",
    "TemplateAnalyticsList",
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
    "TwoStepVerificationPinRequest",
    "TypingIndicator",
    "UpdateGroupRequest",
    "UsernameStatus",
    "UsernameSuggestionGroup",
    "UsernameSuggestions",
    "VerificationCodeRequest",
    "VerificationCodeRequestCodeMethod",
    "VerificationCodeSubmission",
    "VideoMedia",
    "VideoMessage",
    "WabaHealthEntity",
    "WabaHealthError",
    "WabaHealthStatus",
    "WabaOnBehalfOfBusinessInfo",
    "WebhookAccountBanInfo",
    "WebhookAccountRestriction",
    "WebhookAccountReviewChange",
    "WebhookAccountReviewUpdateValue",
    "WebhookAccountUpdateChange",
    "WebhookAccountUpdateValue",
    "WebhookAccountViolationInfo",
    "WebhookAudioMessage",
    "WebhookBusinessCapabilityChange",
    "WebhookBusinessCapabilityUpdateValue",
    "WebhookBusinessUsernameChange",
    "WebhookBusinessUsernameUpdateValue",
    "WebhookButton",
    "WebhookButtonMessage",
    "WebhookButtonReply",
    "WebhookContact",
    "WebhookContactAddress",
    "WebhookContactEmail",
    "WebhookContactName",
    "WebhookContactOrg",
    "WebhookContactPhone",
    "WebhookContactProfile",
    "WebhookContactsMessage",
    "WebhookContactUrl",
    "WebhookConversation",
    "WebhookConversationOrigin",
    "WebhookDocumentMessage",
    "WebhookEntry",
    "WebhookError",
    "WebhookErrorData",
    "WebhookFlowReply",
    "WebhookFlowsChange",
    "WebhookFlowsValue",
    "WebhookGroupLifecycle",
    "WebhookGroupLifecycleChange",
    "WebhookGroupLifecycleValue",
    "WebhookGroupParticipant",
    "WebhookGroupParticipants",
    "WebhookGroupParticipantsChange",
    "WebhookGroupParticipantsValue",
    "WebhookGroupSettingResult",
    "WebhookGroupSettings",
    "WebhookGroupSettingsChange",
    "WebhookGroupSettingsValue",
    "WebhookGroupStatus",
    "WebhookGroupStatusChange",
    "WebhookGroupStatusValue",
    "WebhookIdChange",
    "WebhookIdentity",
    "WebhookImageMessage",
    "WebhookInteractive",
    "WebhookInteractiveMessage",
    "WebhookListReply",
    "WebhookLocation",
    "WebhookLocationMessage",
    "WebhookMedia",
    "WebhookMessageBase",
    "WebhookMessageContext",
    "WebhookMessagesChange",
    "WebhookMessagesValue",
    "WebhookMetadata",
    "WebhookNotification",
    "WebhookOrder",
    "WebhookOrderItem",
    "WebhookOrderMessage",
    "WebhookPhoneNumberNameChange",
    "WebhookPhoneNumberNameUpdateValue",
    "WebhookPhoneNumberQualityChange",
    "WebhookPhoneNumberQualityUpdateValue",
    "WebhookPricing",
    "WebhookReaction",
    "WebhookReactionMessage",
    "WebhookReferral",
    "WebhookReferralWelcomeMessage",
    "WebhookReferredProduct",
    "WebhookSecurityChange",
    "WebhookSecurityValue",
    "WebhookSharedContact",
    "WebhookStatus",
    "WebhookStickerMessage",
    "WebhookSystem",
    "WebhookSystemMessage",
    "WebhookTemplateCategoryChange",
    "WebhookTemplateCategoryUpdateValue",
    "WebhookTemplateDisableInfo",
    "WebhookTemplateOtherInfo",
    "WebhookTemplateQualityChange",
    "WebhookTemplateQualityUpdateValue",
    "WebhookTemplateStatusChange",
    "WebhookTemplateStatusUpdateValue",
    "WebhookText",
    "WebhookTextMessage",
    "WebhookUnknownChange",
    "WebhookUnknownMessage",
    "WebhookUserIdUpdate",
    "WebhookUserIdUpdateChange",
    "WebhookUserIdUpdateValue",
    "WebhookUserPreference",
    "WebhookUserPreferencesChange",
    "WebhookUserPreferencesValue",
    "WebhookVideoMessage",
    "WhatsAppBusinessAccount",
    "WhatsAppFlow",
)
