"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_response import AccessTokenResponse
    from .add_preverified_number_request import AddPreverifiedNumberRequest
    from .address_action import AddressAction
    from .address_parameters import AddressParameters
    from .analytics_data_point import AnalyticsDataPoint
    from .analytics_result import AnalyticsResult
    from .assign_user_request import AssignUserRequest
    from .assigned_user import AssignedUser
    from .assigned_user_list import AssignedUserList
    from .assigned_waba import AssignedWaba
    from .assigned_waba_list import AssignedWabaList
    from .audio_media import AudioMedia
    from .audio_message import AudioMessage
    from .billing_migration import BillingMigration
    from .billing_migration_account import BillingMigrationAccount
    from .billing_migration_create import BillingMigrationCreate
    from .billing_migration_started import BillingMigrationStarted
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
    from .boleto import Boleto
    from .brazil_payment_setting import BrazilPaymentSetting
    from .brazil_payment_setting_type import BrazilPaymentSettingType
    from .business_compliance_info import BusinessComplianceInfo
    from .business_compliance_info_list import BusinessComplianceInfoList
    from .business_compliance_info_update import BusinessComplianceInfoUpdate
    from .business_compliance_info_update_entity_type import BusinessComplianceInfoUpdateEntityType
    from .business_encryption_public_key import BusinessEncryptionPublicKey
    from .business_encryption_public_key_list import BusinessEncryptionPublicKeyList
    from .business_encryption_public_key_update import BusinessEncryptionPublicKeyUpdate
    from .business_portfolio import BusinessPortfolio
    from .business_profile import BusinessProfile
    from .business_profile_response import BusinessProfileResponse
    from .business_profile_update import BusinessProfileUpdate
    from .business_profile_update_vertical import BusinessProfileUpdateVertical
    from .business_self_certification import BusinessSelfCertification
    from .business_self_certification_list import BusinessSelfCertificationList
    from .business_self_certify_request import BusinessSelfCertifyRequest
    from .business_self_certify_response import BusinessSelfCertifyResponse
    from .business_waba import BusinessWaba
    from .business_waba_list import BusinessWabaList
    from .call_accept_request import CallAcceptRequest
    from .call_action_response import CallActionResponse
    from .call_connect_request import CallConnectRequest
    from .call_permission import CallPermission
    from .call_permission_action import CallPermissionAction
    from .call_permission_limit import CallPermissionLimit
    from .call_permission_request_action import CallPermissionRequestAction
    from .call_permissions_response import CallPermissionsResponse
    from .call_pre_accept_request import CallPreAcceptRequest
    from .call_reject_request import CallRejectRequest
    from .call_session import CallSession
    from .call_session_sdp_type import CallSessionSdpType
    from .call_terminate_request import CallTerminateRequest
    from .carousel_action import CarouselAction
    from .catalog_action import CatalogAction
    from .catalog_action_parameters import CatalogActionParameters
    from .coexistence_sync_request import CoexistenceSyncRequest
    from .coexistence_sync_request_sync_type import CoexistenceSyncRequestSyncType
    from .coexistence_sync_response import CoexistenceSyncResponse
    from .commerce_settings import CommerceSettings
    from .commerce_settings_list import CommerceSettingsList
    from .connected_client_business import ConnectedClientBusiness
    from .connected_client_business_list import ConnectedClientBusinessList
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
    from .credit_allocation_config import CreditAllocationConfig
    from .credit_allocation_config_list import CreditAllocationConfigList
    from .credit_line import CreditLine
    from .credit_line_allocation import CreditLineAllocation
    from .credit_line_list import CreditLineList
    from .cta_url_action import CtaUrlAction
    from .cta_url_parameters import CtaUrlParameters
    from .customer_care_details import CustomerCareDetails
    from .debug_token_data import DebugTokenData
    from .debug_token_error import DebugTokenError
    from .debug_token_granular_scope import DebugTokenGranularScope
    from .debug_token_response import DebugTokenResponse
    from .document_media import DocumentMedia
    from .document_message import DocumentMessage
    from .encrypted_message_request import EncryptedMessageRequest
    from .encrypted_message_response import EncryptedMessageResponse
    from .exchange_access_token_grant_type import ExchangeAccessTokenGrantType
    from .failed_flow_migration import FailedFlowMigration
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
    from .flow_metric import FlowMetric
    from .flow_metric_data_point import FlowMetricDataPoint
    from .flow_metric_value import FlowMetricValue
    from .flow_migrate_request import FlowMigrateRequest
    from .flow_migrate_response import FlowMigrateResponse
    from .flow_preview import FlowPreview
    from .flow_update_request import FlowUpdateRequest
    from .flow_update_request_categories_item import FlowUpdateRequestCategoriesItem
    from .flow_validation_error import FlowValidationError
    from .flow_validation_error_pointer import FlowValidationErrorPointer
    from .get_analytics_group_analytics_granularity import GetAnalyticsGroupAnalyticsGranularity
    from .get_analytics_pricing_analytics_granularity import GetAnalyticsPricingAnalyticsGranularity
    from .get_analytics_template_analytics_granularity import GetAnalyticsTemplateAnalyticsGranularity
    from .get_analytics_template_group_analytics_granularity import GetAnalyticsTemplateGroupAnalyticsGranularity
    from .gif_media import GifMedia
    from .graph_error import GraphError
    from .graph_error_data import GraphErrorData
    from .graph_error_response import GraphErrorResponse
    from .grievance_officer_details import GrievanceOfficerDetails
    from .group_analytics_data import GroupAnalyticsData
    from .group_analytics_data_point import GroupAnalyticsDataPoint
    from .group_analytics_list import GroupAnalyticsList
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
    from .id_response import IdResponse
    from .image_media import ImageMedia
    from .image_message import ImageMessage
    from .interactive_address import InteractiveAddress
    from .interactive_body import InteractiveBody
    from .interactive_buttons import InteractiveButtons
    from .interactive_call_permission_request import InteractiveCallPermissionRequest
    from .interactive_carousel import InteractiveCarousel
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
    from .interactive_order_details import InteractiveOrderDetails
    from .interactive_order_status import InteractiveOrderStatus
    from .interactive_product import InteractiveProduct
    from .interactive_product_list import InteractiveProductList
    from .interactive_voice_call import InteractiveVoiceCall
    from .json_object import JsonObject
    from .library_template import LibraryTemplate
    from .library_template_body_inputs import LibraryTemplateBodyInputs
    from .library_template_button_input import LibraryTemplateButtonInput
    from .library_template_button_input_otp_type import LibraryTemplateButtonInputOtpType
    from .library_template_button_input_type import LibraryTemplateButtonInputType
    from .library_template_list import LibraryTemplateList
    from .library_template_url_input import LibraryTemplateUrlInput
    from .list_action import ListAction
    from .list_phone_numbers_sort import ListPhoneNumbersSort
    from .list_row import ListRow
    from .list_section import ListSection
    from .list_solutions_role import ListSolutionsRole
    from .list_template_previews_category import ListTemplatePreviewsCategory
    from .list_templates_category import ListTemplatesCategory
    from .list_templates_quality_score import ListTemplatesQualityScore
    from .location_content import LocationContent
    from .location_message import LocationMessage
    from .location_request_action import LocationRequestAction
    from .mark_as_read_request import MarkAsReadRequest
    from .marketing_messages_onboarding_response import MarketingMessagesOnboardingResponse
    from .marketing_template_message import MarketingTemplateMessage
    from .marketing_template_message_product_policy import MarketingTemplateMessageProductPolicy
    from .media_carousel_card import MediaCarouselCard
    from .media_info import MediaInfo
    from .media_upload_request import MediaUploadRequest
    from .media_upload_response import MediaUploadResponse
    from .message_context import MessageContext
    from .message_history_entry import MessageHistoryEntry
    from .message_history_event import MessageHistoryEvent
    from .message_history_event_edge import MessageHistoryEventEdge
    from .message_history_event_edge_list import MessageHistoryEventEdgeList
    from .message_history_event_list import MessageHistoryEventList
    from .message_history_list import MessageHistoryList
    from .message_recipient import MessageRecipient
    from .message_template import MessageTemplate
    from .message_template_archive_response import MessageTemplateArchiveResponse
    from .message_template_body_component import MessageTemplateBodyComponent
    from .message_template_body_example import MessageTemplateBodyExample
    from .message_template_button_info import MessageTemplateButtonInfo
    from .message_template_buttons_component import MessageTemplateButtonsComponent
    from .message_template_call_permission_request_component import MessageTemplateCallPermissionRequestComponent
    from .message_template_card_component_info import MessageTemplateCardComponentInfo
    from .message_template_card_info import MessageTemplateCardInfo
    from .message_template_carousel_card import MessageTemplateCarouselCard
    from .message_template_carousel_component import MessageTemplateCarouselComponent
    from .message_template_catalog_button import MessageTemplateCatalogButton
    from .message_template_comparison import MessageTemplateComparison
    from .message_template_comparison_metric import MessageTemplateComparisonMetric
    from .message_template_comparison_number import MessageTemplateComparisonNumber
    from .message_template_comparison_string import MessageTemplateComparisonString
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
    from .message_template_failures import MessageTemplateFailures
    from .message_template_flow_button import MessageTemplateFlowButton
    from .message_template_flow_button_flow_action import MessageTemplateFlowButtonFlowAction
    from .message_template_footer_component import MessageTemplateFooterComponent
    from .message_template_header_component import MessageTemplateHeaderComponent
    from .message_template_header_component_format import MessageTemplateHeaderComponentFormat
    from .message_template_header_example import MessageTemplateHeaderExample
    from .message_template_ids_request import MessageTemplateIdsRequest
    from .message_template_limited_time_offer import MessageTemplateLimitedTimeOffer
    from .message_template_limited_time_offer_component import MessageTemplateLimitedTimeOfferComponent
    from .message_template_list import MessageTemplateList
    from .message_template_migrate_request import MessageTemplateMigrateRequest
    from .message_template_migrate_response import MessageTemplateMigrateResponse
    from .message_template_mpm_button import MessageTemplateMpmButton
    from .message_template_named_param_example import MessageTemplateNamedParamExample
    from .message_template_otp_button import MessageTemplateOtpButton
    from .message_template_otp_button_otp_type import MessageTemplateOtpButtonOtpType
    from .message_template_otp_supported_app import MessageTemplateOtpSupportedApp
    from .message_template_phone_number_button import MessageTemplatePhoneNumberButton
    from .message_template_quality_score import MessageTemplateQualityScore
    from .message_template_quick_reply_button import MessageTemplateQuickReplyButton
    from .message_template_request_contact_info_button import MessageTemplateRequestContactInfoButton
    from .message_template_spm_button import MessageTemplateSpmButton
    from .message_template_unarchive_response import MessageTemplateUnarchiveResponse
    from .message_template_unpause_response import MessageTemplateUnpauseResponse
    from .message_template_upsert_request import MessageTemplateUpsertRequest
    from .message_template_upsert_request_category import MessageTemplateUpsertRequestCategory
    from .message_template_upsert_response import MessageTemplateUpsertResponse
    from .message_template_upsert_result import MessageTemplateUpsertResult
    from .message_template_url_button import MessageTemplateUrlButton
    from .message_template_voice_call_button import MessageTemplateVoiceCallButton
    from .migrated_flow import MigratedFlow
    from .named_object import NamedObject
    from .obo_mobility_intent import OboMobilityIntent
    from .obo_mobility_intent_create import OboMobilityIntentCreate
    from .obo_mobility_intent_create_intent_type import OboMobilityIntentCreateIntentType
    from .obo_mobility_intent_created import OboMobilityIntentCreated
    from .official_business_account_request import OfficialBusinessAccountRequest
    from .official_business_account_status import OfficialBusinessAccountStatus
    from .on_behalf_request import OnBehalfRequest
    from .on_behalf_request_list import OnBehalfRequestList
    from .order_details_action import OrderDetailsAction
    from .order_details_order import OrderDetailsOrder
    from .order_details_parameters import OrderDetailsParameters
    from .order_details_parameters_type import OrderDetailsParametersType
    from .order_expiration import OrderExpiration
    from .order_item import OrderItem
    from .order_status_action import OrderStatusAction
    from .order_status_parameters import OrderStatusParameters
    from .order_status_payment import OrderStatusPayment
    from .order_status_value import OrderStatusValue
    from .order_status_value_status import OrderStatusValueStatus
    from .outgoing_message_base import OutgoingMessageBase
    from .outgoing_message_base_recipient_type import OutgoingMessageBaseRecipientType
    from .paging import Paging
    from .paging_cursors import PagingCursors
    from .payment_amount import PaymentAmount
    from .payment_code import PaymentCode
    from .payment_configuration import PaymentConfiguration
    from .payment_configuration_create import PaymentConfigurationCreate
    from .payment_configuration_create_provider_name import PaymentConfigurationCreateProviderName
    from .payment_configuration_group import PaymentConfigurationGroup
    from .payment_configuration_link_response import PaymentConfigurationLinkResponse
    from .payment_configuration_list import PaymentConfigurationList
    from .payment_configuration_name import PaymentConfigurationName
    from .payment_configuration_oauth_link import PaymentConfigurationOauthLink
    from .payment_configuration_oauth_link_request import PaymentConfigurationOauthLinkRequest
    from .payment_configuration_update import PaymentConfigurationUpdate
    from .payment_configuration_update_provider_name import PaymentConfigurationUpdateProviderName
    from .payment_link import PaymentLink
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
    from .phone_number_create import PhoneNumberCreate
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
    from .phone_number_update import PhoneNumberUpdate
    from .phone_number_user_identity_change_update import PhoneNumberUserIdentityChangeUpdate
    from .phone_number_webhook_configuration import PhoneNumberWebhookConfiguration
    from .phone_number_webhook_override import PhoneNumberWebhookOverride
    from .phone_number_weekly_operating_hours import PhoneNumberWeeklyOperatingHours
    from .pin_content import PinContent
    from .pin_content_type import PinContentType
    from .pin_message import PinMessage
    from .pix_dynamic_code import PixDynamicCode
    from .pix_dynamic_code_key_type import PixDynamicCodeKeyType
    from .placed_call import PlacedCall
    from .preverified_number import PreverifiedNumber
    from .preverified_number_list import PreverifiedNumberList
    from .preverified_number_partner import PreverifiedNumberPartner
    from .preverified_number_partner_list import PreverifiedNumberPartnerList
    from .preverified_number_verify_response import PreverifiedNumberVerifyResponse
    from .pricing_analytics_data import PricingAnalyticsData
    from .pricing_analytics_data_point import PricingAnalyticsDataPoint
    from .pricing_analytics_list import PricingAnalyticsList
    from .product_action import ProductAction
    from .product_card_action import ProductCardAction
    from .product_carousel_card import ProductCarouselCard
    from .product_catalog import ProductCatalog
    from .product_catalog_list import ProductCatalogList
    from .product_item import ProductItem
    from .product_list_action import ProductListAction
    from .product_section import ProductSection
    from .qr_code import QrCode
    from .qr_code_create_or_update_request import QrCodeCreateOrUpdateRequest
    from .qr_code_create_or_update_request_generate_qr_image import QrCodeCreateOrUpdateRequestGenerateQrImage
    from .qr_code_list import QrCodeList
    from .reaction_content import ReactionContent
    from .reaction_message import ReactionMessage
    from .registration_backup import RegistrationBackup
    from .registration_request import RegistrationRequest
    from .remove_group_participant import RemoveGroupParticipant
    from .remove_group_participants_request import RemoveGroupParticipantsRequest
    from .reply_button import ReplyButton
    from .reply_button_reply import ReplyButtonReply
    from .reply_buttons_action import ReplyButtonsAction
    from .saved_address import SavedAddress
    from .send_message_response import SendMessageResponse
    from .sent_message import SentMessage
    from .set_obo_mobility_intent_request import SetOboMobilityIntentRequest
    from .set_obo_mobility_intent_response import SetOboMobilityIntentResponse
    from .set_username_request import SetUsernameRequest
    from .share_preverified_number_request import SharePreverifiedNumberRequest
    from .signup import Signup
    from .signup_create import SignupCreate
    from .signup_list import SignupList
    from .signup_policy import SignupPolicy
    from .signup_update import SignupUpdate
    from .signup_update_status import SignupUpdateStatus
    from .solution import Solution
    from .solution_accept_request import SolutionAcceptRequest
    from .solution_accept_response import SolutionAcceptResponse
    from .solution_access_token import SolutionAccessToken
    from .solution_create import SolutionCreate
    from .solution_create_owner_permissions_item import SolutionCreateOwnerPermissionsItem
    from .solution_create_partner_permissions_item import SolutionCreatePartnerPermissionsItem
    from .solution_created import SolutionCreated
    from .solution_deactivation_request import SolutionDeactivationRequest
    from .solution_deactivation_request_response import SolutionDeactivationRequestResponse
    from .solution_list import SolutionList
    from .solution_migration_intent import SolutionMigrationIntent
    from .solution_migration_intent_created import SolutionMigrationIntentCreated
    from .solution_migration_intent_request import SolutionMigrationIntentRequest
    from .solution_migration_intent_request_migration_intent import SolutionMigrationIntentRequestMigrationIntent
    from .solution_reject_deactivation_request import SolutionRejectDeactivationRequest
    from .solution_reject_request import SolutionRejectRequest
    from .solution_reject_request_request_type import SolutionRejectRequestRequestType
    from .solution_reject_response import SolutionRejectResponse
    from .sticker_media import StickerMedia
    from .sticker_message import StickerMessage
    from .subscribed_app import SubscribedApp
    from .subscribed_app_data import SubscribedAppData
    from .subscribed_app_list import SubscribedAppList
    from .subscribed_app_subscribe_request import SubscribedAppSubscribeRequest
    from .success_response import SuccessResponse
    from .tap_target_configuration import TapTargetConfiguration
    from .template_action_parameter import TemplateActionParameter
    from .template_analytics_click import TemplateAnalyticsClick
    from .template_analytics_cost import TemplateAnalyticsCost
    from .template_analytics_data import TemplateAnalyticsData
    from .template_analytics_data_point import TemplateAnalyticsDataPoint
    from .template_analytics_list import TemplateAnalyticsList
    from .template_button_action import TemplateButtonAction
    from .template_card_component_parameters import TemplateCardComponentParameters
    from .template_card_component_parameters_sub_type import TemplateCardComponentParametersSubType
    from .template_card_component_parameters_type import TemplateCardComponentParametersType
    from .template_carousel_card_parameters import TemplateCarouselCardParameters
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
    from .template_gif_parameter import TemplateGifParameter
    from .template_group import TemplateGroup
    from .template_group_account import TemplateGroupAccount
    from .template_group_analytics_data import TemplateGroupAnalyticsData
    from .template_group_analytics_data_point import TemplateGroupAnalyticsDataPoint
    from .template_group_analytics_list import TemplateGroupAnalyticsList
    from .template_group_create import TemplateGroupCreate
    from .template_group_list import TemplateGroupList
    from .template_group_templates import TemplateGroupTemplates
    from .template_group_update import TemplateGroupUpdate
    from .template_image_parameter import TemplateImageParameter
    from .template_language import TemplateLanguage
    from .template_language_policy import TemplateLanguagePolicy
    from .template_limited_time_offer_parameter import TemplateLimitedTimeOfferParameter
    from .template_limited_time_offer_value import TemplateLimitedTimeOfferValue
    from .template_location_parameter import TemplateLocationParameter
    from .template_message import TemplateMessage
    from .template_payload_parameter import TemplatePayloadParameter
    from .template_preview import TemplatePreview
    from .template_preview_button import TemplatePreviewButton
    from .template_preview_list import TemplatePreviewList
    from .template_product import TemplateProduct
    from .template_product_parameter import TemplateProductParameter
    from .template_tap_target_parameter import TemplateTapTargetParameter
    from .template_text_parameter import TemplateTextParameter
    from .template_video_parameter import TemplateVideoParameter
    from .text_content import TextContent
    from .text_message import TextMessage
    from .typing_indicator import TypingIndicator
    from .unassign_user_request import UnassignUserRequest
    from .update_group_request import UpdateGroupRequest
    from .upload_session import UploadSession
    from .upload_session_status import UploadSessionStatus
    from .uploaded_file_handle import UploadedFileHandle
    from .username_status import UsernameStatus
    from .username_suggestion_group import UsernameSuggestionGroup
    from .username_suggestions import UsernameSuggestions
    from .verification_code_request import VerificationCodeRequest
    from .verification_code_request_code_method import VerificationCodeRequestCodeMethod
    from .verification_code_submission import VerificationCodeSubmission
    from .video_media import VideoMedia
    from .video_message import VideoMessage
    from .voice_call_action import VoiceCallAction
    from .voice_call_parameters import VoiceCallParameters
    from .waba_activity import WabaActivity
    from .waba_activity_list import WabaActivityList
    from .waba_health_entity import WabaHealthEntity
    from .waba_health_error import WabaHealthError
    from .waba_health_status import WabaHealthStatus
    from .waba_on_behalf_of_business_info import WabaOnBehalfOfBusinessInfo
    from .waba_schedule import WabaSchedule
    from .waba_schedule_create import WabaScheduleCreate
    from .waba_schedule_create_days_of_week_item import WabaScheduleCreateDaysOfWeekItem
    from .waba_schedule_create_schedule_type import WabaScheduleCreateScheduleType
    from .waba_schedule_list import WabaScheduleList
    from .waba_schedule_recurrence import WabaScheduleRecurrence
    from .waba_update import WabaUpdate
    from .waba_update_response import WabaUpdateResponse
    from .webhook_account_alert_change import WebhookAccountAlertChange
    from .webhook_account_alert_value import WebhookAccountAlertValue
    from .webhook_account_ban_info import WebhookAccountBanInfo
    from .webhook_account_disconnection_info import WebhookAccountDisconnectionInfo
    from .webhook_account_restriction import WebhookAccountRestriction
    from .webhook_account_review_change import WebhookAccountReviewChange
    from .webhook_account_review_update_value import WebhookAccountReviewUpdateValue
    from .webhook_account_settings_change import WebhookAccountSettingsChange
    from .webhook_account_settings_value import WebhookAccountSettingsValue
    from .webhook_account_update_change import WebhookAccountUpdateChange
    from .webhook_account_update_value import WebhookAccountUpdateValue
    from .webhook_account_violation_info import WebhookAccountViolationInfo
    from .webhook_account_waba_info import WebhookAccountWabaInfo
    from .webhook_alert_info import WebhookAlertInfo
    from .webhook_audio_message import WebhookAudioMessage
    from .webhook_auth_international_country import WebhookAuthInternationalCountry
    from .webhook_auth_international_rate_eligibility import WebhookAuthInternationalRateEligibility
    from .webhook_automatic_event import WebhookAutomaticEvent
    from .webhook_automatic_event_custom_data import WebhookAutomaticEventCustomData
    from .webhook_automatic_events_change import WebhookAutomaticEventsChange
    from .webhook_automatic_events_value import WebhookAutomaticEventsValue
    from .webhook_business_capability_change import WebhookBusinessCapabilityChange
    from .webhook_business_capability_update_value import WebhookBusinessCapabilityUpdateValue
    from .webhook_business_username_change import WebhookBusinessUsernameChange
    from .webhook_business_username_update_value import WebhookBusinessUsernameUpdateValue
    from .webhook_business_usernames_change import WebhookBusinessUsernamesChange
    from .webhook_button import WebhookButton
    from .webhook_button_message import WebhookButtonMessage
    from .webhook_button_reply import WebhookButtonReply
    from .webhook_call import WebhookCall
    from .webhook_call_hours_settings import WebhookCallHoursSettings
    from .webhook_call_permission_reply import WebhookCallPermissionReply
    from .webhook_call_session import WebhookCallSession
    from .webhook_call_status import WebhookCallStatus
    from .webhook_calling_settings import WebhookCallingSettings
    from .webhook_calls_change import WebhookCallsChange
    from .webhook_calls_value import WebhookCallsValue
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
    from .webhook_edit_message import WebhookEditMessage
    from .webhook_edited_content import WebhookEditedContent
    from .webhook_entry import WebhookEntry
    from .webhook_error import WebhookError
    from .webhook_error_data import WebhookErrorData
    from .webhook_flow_error_rate import WebhookFlowErrorRate
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
    from .webhook_history_change import WebhookHistoryChange
    from .webhook_history_chunk import WebhookHistoryChunk
    from .webhook_history_context import WebhookHistoryContext
    from .webhook_history_message_type_1 import WebhookHistoryMessageType1
    from .webhook_history_progress import WebhookHistoryProgress
    from .webhook_history_thread import WebhookHistoryThread
    from .webhook_history_value import WebhookHistoryValue
    from .webhook_holiday_call_hours import WebhookHolidayCallHours
    from .webhook_id_change import WebhookIdChange
    from .webhook_identity import WebhookIdentity
    from .webhook_image_message import WebhookImageMessage
    from .webhook_interactive import WebhookInteractive
    from .webhook_interactive_message import WebhookInteractiveMessage
    from .webhook_link_click import WebhookLinkClick
    from .webhook_list_reply import WebhookListReply
    from .webhook_location import WebhookLocation
    from .webhook_location_message import WebhookLocationMessage
    from .webhook_media import WebhookMedia
    from .webhook_message_base import WebhookMessageBase
    from .webhook_message_context import WebhookMessageContext
    from .webhook_message_echo_type_1 import WebhookMessageEchoType1
    from .webhook_message_echoes_change import WebhookMessageEchoesChange
    from .webhook_message_echoes_value import WebhookMessageEchoesValue
    from .webhook_message_edit import WebhookMessageEdit
    from .webhook_message_revoke import WebhookMessageRevoke
    from .webhook_messages_change import WebhookMessagesChange
    from .webhook_messages_value import WebhookMessagesValue
    from .webhook_metadata import WebhookMetadata
    from .webhook_notification import WebhookNotification
    from .webhook_order import WebhookOrder
    from .webhook_order_item import WebhookOrderItem
    from .webhook_order_message import WebhookOrderMessage
    from .webhook_partner_client_certification import WebhookPartnerClientCertification
    from .webhook_partner_solution_change import WebhookPartnerSolutionChange
    from .webhook_partner_solution_value import WebhookPartnerSolutionValue
    from .webhook_payment_configuration_change import WebhookPaymentConfigurationChange
    from .webhook_payment_configuration_value import WebhookPaymentConfigurationValue
    from .webhook_phone_number_name_change import WebhookPhoneNumberNameChange
    from .webhook_phone_number_name_update_value import WebhookPhoneNumberNameUpdateValue
    from .webhook_phone_number_quality_change import WebhookPhoneNumberQualityChange
    from .webhook_phone_number_quality_update_value import WebhookPhoneNumberQualityUpdateValue
    from .webhook_phone_number_settings import WebhookPhoneNumberSettings
    from .webhook_pricing import WebhookPricing
    from .webhook_reaction import WebhookReaction
    from .webhook_reaction_message import WebhookReactionMessage
    from .webhook_referral import WebhookReferral
    from .webhook_referral_welcome_message import WebhookReferralWelcomeMessage
    from .webhook_referred_product import WebhookReferredProduct
    from .webhook_revoke_message import WebhookRevokeMessage
    from .webhook_security_change import WebhookSecurityChange
    from .webhook_security_value import WebhookSecurityValue
    from .webhook_shared_contact import WebhookSharedContact
    from .webhook_sip_server_settings import WebhookSipServerSettings
    from .webhook_sip_settings import WebhookSipSettings
    from .webhook_state_sync import WebhookStateSync
    from .webhook_state_sync_change import WebhookStateSyncChange
    from .webhook_state_sync_contact import WebhookStateSyncContact
    from .webhook_state_sync_metadata import WebhookStateSyncMetadata
    from .webhook_state_sync_value import WebhookStateSyncValue
    from .webhook_status import WebhookStatus
    from .webhook_sticker_message import WebhookStickerMessage
    from .webhook_system import WebhookSystem
    from .webhook_system_message import WebhookSystemMessage
    from .webhook_template_category_change import WebhookTemplateCategoryChange
    from .webhook_template_category_update_value import WebhookTemplateCategoryUpdateValue
    from .webhook_template_component_button import WebhookTemplateComponentButton
    from .webhook_template_components_change import WebhookTemplateComponentsChange
    from .webhook_template_components_update_value import WebhookTemplateComponentsUpdateValue
    from .webhook_template_disable_info import WebhookTemplateDisableInfo
    from .webhook_template_other_info import WebhookTemplateOtherInfo
    from .webhook_template_quality_change import WebhookTemplateQualityChange
    from .webhook_template_quality_update_value import WebhookTemplateQualityUpdateValue
    from .webhook_template_rejection_info import WebhookTemplateRejectionInfo
    from .webhook_template_status_change import WebhookTemplateStatusChange
    from .webhook_template_status_update_value import WebhookTemplateStatusUpdateValue
    from .webhook_text import WebhookText
    from .webhook_text_message import WebhookTextMessage
    from .webhook_unknown_change import WebhookUnknownChange
    from .webhook_unknown_message import WebhookUnknownMessage
    from .webhook_unsupported import WebhookUnsupported
    from .webhook_user_action import WebhookUserAction
    from .webhook_user_id_update import WebhookUserIdUpdate
    from .webhook_user_id_update_change import WebhookUserIdUpdateChange
    from .webhook_user_id_update_value import WebhookUserIdUpdateValue
    from .webhook_user_preference import WebhookUserPreference
    from .webhook_user_preferences_change import WebhookUserPreferencesChange
    from .webhook_user_preferences_value import WebhookUserPreferencesValue
    from .webhook_video_message import WebhookVideoMessage
    from .webhook_volume_tier_info import WebhookVolumeTierInfo
    from .webhook_weekly_call_hours import WebhookWeeklyCallHours
    from .whats_app_account_number import WhatsAppAccountNumber
    from .whats_app_business_account import WhatsAppBusinessAccount
    from .whats_app_business_bot import WhatsAppBusinessBot
    from .whats_app_business_profile import WhatsAppBusinessProfile
    from .whats_app_flow import WhatsAppFlow

_LAZY: dict[str, str] = {
    "AccessTokenResponse": "access_token_response",
    "AddPreverifiedNumberRequest": "add_preverified_number_request",
    "AddressAction": "address_action",
    "AddressParameters": "address_parameters",
    "AnalyticsDataPoint": "analytics_data_point",
    "AnalyticsResult": "analytics_result",
    "AssignUserRequest": "assign_user_request",
    "AssignedUser": "assigned_user",
    "AssignedUserList": "assigned_user_list",
    "AssignedWaba": "assigned_waba",
    "AssignedWabaList": "assigned_waba_list",
    "AudioMedia": "audio_media",
    "AudioMessage": "audio_message",
    "BillingMigration": "billing_migration",
    "BillingMigrationAccount": "billing_migration_account",
    "BillingMigrationCreate": "billing_migration_create",
    "BillingMigrationStarted": "billing_migration_started",
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
    "Boleto": "boleto",
    "BrazilPaymentSetting": "brazil_payment_setting",
    "BrazilPaymentSettingType": "brazil_payment_setting_type",
    "BusinessComplianceInfo": "business_compliance_info",
    "BusinessComplianceInfoList": "business_compliance_info_list",
    "BusinessComplianceInfoUpdate": "business_compliance_info_update",
    "BusinessComplianceInfoUpdateEntityType": "business_compliance_info_update_entity_type",
    "BusinessEncryptionPublicKey": "business_encryption_public_key",
    "BusinessEncryptionPublicKeyList": "business_encryption_public_key_list",
    "BusinessEncryptionPublicKeyUpdate": "business_encryption_public_key_update",
    "BusinessPortfolio": "business_portfolio",
    "BusinessProfile": "business_profile",
    "BusinessProfileResponse": "business_profile_response",
    "BusinessProfileUpdate": "business_profile_update",
    "BusinessProfileUpdateVertical": "business_profile_update_vertical",
    "BusinessSelfCertification": "business_self_certification",
    "BusinessSelfCertificationList": "business_self_certification_list",
    "BusinessSelfCertifyRequest": "business_self_certify_request",
    "BusinessSelfCertifyResponse": "business_self_certify_response",
    "BusinessWaba": "business_waba",
    "BusinessWabaList": "business_waba_list",
    "CallAcceptRequest": "call_accept_request",
    "CallActionResponse": "call_action_response",
    "CallConnectRequest": "call_connect_request",
    "CallPermission": "call_permission",
    "CallPermissionAction": "call_permission_action",
    "CallPermissionLimit": "call_permission_limit",
    "CallPermissionRequestAction": "call_permission_request_action",
    "CallPermissionsResponse": "call_permissions_response",
    "CallPreAcceptRequest": "call_pre_accept_request",
    "CallRejectRequest": "call_reject_request",
    "CallSession": "call_session",
    "CallSessionSdpType": "call_session_sdp_type",
    "CallTerminateRequest": "call_terminate_request",
    "CarouselAction": "carousel_action",
    "CatalogAction": "catalog_action",
    "CatalogActionParameters": "catalog_action_parameters",
    "CoexistenceSyncRequest": "coexistence_sync_request",
    "CoexistenceSyncRequestSyncType": "coexistence_sync_request_sync_type",
    "CoexistenceSyncResponse": "coexistence_sync_response",
    "CommerceSettings": "commerce_settings",
    "CommerceSettingsList": "commerce_settings_list",
    "ConnectedClientBusiness": "connected_client_business",
    "ConnectedClientBusinessList": "connected_client_business_list",
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
    "CreditAllocationConfig": "credit_allocation_config",
    "CreditAllocationConfigList": "credit_allocation_config_list",
    "CreditLine": "credit_line",
    "CreditLineAllocation": "credit_line_allocation",
    "CreditLineList": "credit_line_list",
    "CtaUrlAction": "cta_url_action",
    "CtaUrlParameters": "cta_url_parameters",
    "CustomerCareDetails": "customer_care_details",
    "DebugTokenData": "debug_token_data",
    "DebugTokenError": "debug_token_error",
    "DebugTokenGranularScope": "debug_token_granular_scope",
    "DebugTokenResponse": "debug_token_response",
    "DocumentMedia": "document_media",
    "DocumentMessage": "document_message",
    "EncryptedMessageRequest": "encrypted_message_request",
    "EncryptedMessageResponse": "encrypted_message_response",
    "ExchangeAccessTokenGrantType": "exchange_access_token_grant_type",
    "FailedFlowMigration": "failed_flow_migration",
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
    "FlowMetric": "flow_metric",
    "FlowMetricDataPoint": "flow_metric_data_point",
    "FlowMetricValue": "flow_metric_value",
    "FlowMigrateRequest": "flow_migrate_request",
    "FlowMigrateResponse": "flow_migrate_response",
    "FlowPreview": "flow_preview",
    "FlowUpdateRequest": "flow_update_request",
    "FlowUpdateRequestCategoriesItem": "flow_update_request_categories_item",
    "FlowValidationError": "flow_validation_error",
    "FlowValidationErrorPointer": "flow_validation_error_pointer",
    "GetAnalyticsGroupAnalyticsGranularity": "get_analytics_group_analytics_granularity",
    "GetAnalyticsPricingAnalyticsGranularity": "get_analytics_pricing_analytics_granularity",
    "GetAnalyticsTemplateAnalyticsGranularity": "get_analytics_template_analytics_granularity",
    "GetAnalyticsTemplateGroupAnalyticsGranularity": "get_analytics_template_group_analytics_granularity",
    "GifMedia": "gif_media",
    "GraphError": "graph_error",
    "GraphErrorData": "graph_error_data",
    "GraphErrorResponse": "graph_error_response",
    "GrievanceOfficerDetails": "grievance_officer_details",
    "GroupAnalyticsData": "group_analytics_data",
    "GroupAnalyticsDataPoint": "group_analytics_data_point",
    "GroupAnalyticsList": "group_analytics_list",
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
    "IdResponse": "id_response",
    "ImageMedia": "image_media",
    "ImageMessage": "image_message",
    "InteractiveAddress": "interactive_address",
    "InteractiveBody": "interactive_body",
    "InteractiveButtons": "interactive_buttons",
    "InteractiveCallPermissionRequest": "interactive_call_permission_request",
    "InteractiveCarousel": "interactive_carousel",
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
    "InteractiveOrderDetails": "interactive_order_details",
    "InteractiveOrderStatus": "interactive_order_status",
    "InteractiveProduct": "interactive_product",
    "InteractiveProductList": "interactive_product_list",
    "InteractiveVoiceCall": "interactive_voice_call",
    "JsonObject": "json_object",
    "LibraryTemplate": "library_template",
    "LibraryTemplateBodyInputs": "library_template_body_inputs",
    "LibraryTemplateButtonInput": "library_template_button_input",
    "LibraryTemplateButtonInputOtpType": "library_template_button_input_otp_type",
    "LibraryTemplateButtonInputType": "library_template_button_input_type",
    "LibraryTemplateList": "library_template_list",
    "LibraryTemplateUrlInput": "library_template_url_input",
    "ListAction": "list_action",
    "ListPhoneNumbersSort": "list_phone_numbers_sort",
    "ListRow": "list_row",
    "ListSection": "list_section",
    "ListSolutionsRole": "list_solutions_role",
    "ListTemplatePreviewsCategory": "list_template_previews_category",
    "ListTemplatesCategory": "list_templates_category",
    "ListTemplatesQualityScore": "list_templates_quality_score",
    "LocationContent": "location_content",
    "LocationMessage": "location_message",
    "LocationRequestAction": "location_request_action",
    "MarkAsReadRequest": "mark_as_read_request",
    "MarketingMessagesOnboardingResponse": "marketing_messages_onboarding_response",
    "MarketingTemplateMessage": "marketing_template_message",
    "MarketingTemplateMessageProductPolicy": "marketing_template_message_product_policy",
    "MediaCarouselCard": "media_carousel_card",
    "MediaInfo": "media_info",
    "MediaUploadRequest": "media_upload_request",
    "MediaUploadResponse": "media_upload_response",
    "MessageContext": "message_context",
    "MessageHistoryEntry": "message_history_entry",
    "MessageHistoryEvent": "message_history_event",
    "MessageHistoryEventEdge": "message_history_event_edge",
    "MessageHistoryEventEdgeList": "message_history_event_edge_list",
    "MessageHistoryEventList": "message_history_event_list",
    "MessageHistoryList": "message_history_list",
    "MessageRecipient": "message_recipient",
    "MessageTemplate": "message_template",
    "MessageTemplateArchiveResponse": "message_template_archive_response",
    "MessageTemplateBodyComponent": "message_template_body_component",
    "MessageTemplateBodyExample": "message_template_body_example",
    "MessageTemplateButtonInfo": "message_template_button_info",
    "MessageTemplateButtonsComponent": "message_template_buttons_component",
    "MessageTemplateCallPermissionRequestComponent": "message_template_call_permission_request_component",
    "MessageTemplateCardComponentInfo": "message_template_card_component_info",
    "MessageTemplateCardInfo": "message_template_card_info",
    "MessageTemplateCarouselCard": "message_template_carousel_card",
    "MessageTemplateCarouselComponent": "message_template_carousel_component",
    "MessageTemplateCatalogButton": "message_template_catalog_button",
    "MessageTemplateComparison": "message_template_comparison",
    "MessageTemplateComparisonMetric": "message_template_comparison_metric",
    "MessageTemplateComparisonNumber": "message_template_comparison_number",
    "MessageTemplateComparisonString": "message_template_comparison_string",
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
    "MessageTemplateFailures": "message_template_failures",
    "MessageTemplateFlowButton": "message_template_flow_button",
    "MessageTemplateFlowButtonFlowAction": "message_template_flow_button_flow_action",
    "MessageTemplateFooterComponent": "message_template_footer_component",
    "MessageTemplateHeaderComponent": "message_template_header_component",
    "MessageTemplateHeaderComponentFormat": "message_template_header_component_format",
    "MessageTemplateHeaderExample": "message_template_header_example",
    "MessageTemplateIdsRequest": "message_template_ids_request",
    "MessageTemplateLimitedTimeOffer": "message_template_limited_time_offer",
    "MessageTemplateLimitedTimeOfferComponent": "message_template_limited_time_offer_component",
    "MessageTemplateList": "message_template_list",
    "MessageTemplateMigrateRequest": "message_template_migrate_request",
    "MessageTemplateMigrateResponse": "message_template_migrate_response",
    "MessageTemplateMpmButton": "message_template_mpm_button",
    "MessageTemplateNamedParamExample": "message_template_named_param_example",
    "MessageTemplateOtpButton": "message_template_otp_button",
    "MessageTemplateOtpButtonOtpType": "message_template_otp_button_otp_type",
    "MessageTemplateOtpSupportedApp": "message_template_otp_supported_app",
    "MessageTemplatePhoneNumberButton": "message_template_phone_number_button",
    "MessageTemplateQualityScore": "message_template_quality_score",
    "MessageTemplateQuickReplyButton": "message_template_quick_reply_button",
    "MessageTemplateRequestContactInfoButton": "message_template_request_contact_info_button",
    "MessageTemplateSpmButton": "message_template_spm_button",
    "MessageTemplateUnarchiveResponse": "message_template_unarchive_response",
    "MessageTemplateUnpauseResponse": "message_template_unpause_response",
    "MessageTemplateUpsertRequest": "message_template_upsert_request",
    "MessageTemplateUpsertRequestCategory": "message_template_upsert_request_category",
    "MessageTemplateUpsertResponse": "message_template_upsert_response",
    "MessageTemplateUpsertResult": "message_template_upsert_result",
    "MessageTemplateUrlButton": "message_template_url_button",
    "MessageTemplateVoiceCallButton": "message_template_voice_call_button",
    "MigratedFlow": "migrated_flow",
    "NamedObject": "named_object",
    "OboMobilityIntent": "obo_mobility_intent",
    "OboMobilityIntentCreate": "obo_mobility_intent_create",
    "OboMobilityIntentCreateIntentType": "obo_mobility_intent_create_intent_type",
    "OboMobilityIntentCreated": "obo_mobility_intent_created",
    "OfficialBusinessAccountRequest": "official_business_account_request",
    "OfficialBusinessAccountStatus": "official_business_account_status",
    "OnBehalfRequest": "on_behalf_request",
    "OnBehalfRequestList": "on_behalf_request_list",
    "OrderDetailsAction": "order_details_action",
    "OrderDetailsOrder": "order_details_order",
    "OrderDetailsParameters": "order_details_parameters",
    "OrderDetailsParametersType": "order_details_parameters_type",
    "OrderExpiration": "order_expiration",
    "OrderItem": "order_item",
    "OrderStatusAction": "order_status_action",
    "OrderStatusParameters": "order_status_parameters",
    "OrderStatusPayment": "order_status_payment",
    "OrderStatusValue": "order_status_value",
    "OrderStatusValueStatus": "order_status_value_status",
    "OutgoingMessageBase": "outgoing_message_base",
    "OutgoingMessageBaseRecipientType": "outgoing_message_base_recipient_type",
    "Paging": "paging",
    "PagingCursors": "paging_cursors",
    "PaymentAmount": "payment_amount",
    "PaymentCode": "payment_code",
    "PaymentConfiguration": "payment_configuration",
    "PaymentConfigurationCreate": "payment_configuration_create",
    "PaymentConfigurationCreateProviderName": "payment_configuration_create_provider_name",
    "PaymentConfigurationGroup": "payment_configuration_group",
    "PaymentConfigurationLinkResponse": "payment_configuration_link_response",
    "PaymentConfigurationList": "payment_configuration_list",
    "PaymentConfigurationName": "payment_configuration_name",
    "PaymentConfigurationOauthLink": "payment_configuration_oauth_link",
    "PaymentConfigurationOauthLinkRequest": "payment_configuration_oauth_link_request",
    "PaymentConfigurationUpdate": "payment_configuration_update",
    "PaymentConfigurationUpdateProviderName": "payment_configuration_update_provider_name",
    "PaymentLink": "payment_link",
    "PhoneNumber": "phone_number",
    "PhoneNumberCallHours": "phone_number_call_hours",
    "PhoneNumberCallIcons": "phone_number_call_icons",
    "PhoneNumberCallingSettings": "phone_number_calling_settings",
    "PhoneNumberCallingSettingsUpdate": "phone_number_calling_settings_update",
    "PhoneNumberCallingSettingsUpdateCallIconVisibility": "phone_number_calling_settings_update_call_icon_visibility",
    "PhoneNumberCallingSettingsUpdateCallbackPermissionStatus": "phone_number_calling_settings_update_callback_permission_status",
    "PhoneNumberCallingSettingsUpdateStatus": "phone_number_calling_settings_update_status",
    "PhoneNumberCreate": "phone_number_create",
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
    "PhoneNumberUpdate": "phone_number_update",
    "PhoneNumberUserIdentityChangeUpdate": "phone_number_user_identity_change_update",
    "PhoneNumberWebhookConfiguration": "phone_number_webhook_configuration",
    "PhoneNumberWebhookOverride": "phone_number_webhook_override",
    "PhoneNumberWeeklyOperatingHours": "phone_number_weekly_operating_hours",
    "PinContent": "pin_content",
    "PinContentType": "pin_content_type",
    "PinMessage": "pin_message",
    "PixDynamicCode": "pix_dynamic_code",
    "PixDynamicCodeKeyType": "pix_dynamic_code_key_type",
    "PlacedCall": "placed_call",
    "PreverifiedNumber": "preverified_number",
    "PreverifiedNumberList": "preverified_number_list",
    "PreverifiedNumberPartner": "preverified_number_partner",
    "PreverifiedNumberPartnerList": "preverified_number_partner_list",
    "PreverifiedNumberVerifyResponse": "preverified_number_verify_response",
    "PricingAnalyticsData": "pricing_analytics_data",
    "PricingAnalyticsDataPoint": "pricing_analytics_data_point",
    "PricingAnalyticsList": "pricing_analytics_list",
    "ProductAction": "product_action",
    "ProductCardAction": "product_card_action",
    "ProductCarouselCard": "product_carousel_card",
    "ProductCatalog": "product_catalog",
    "ProductCatalogList": "product_catalog_list",
    "ProductItem": "product_item",
    "ProductListAction": "product_list_action",
    "ProductSection": "product_section",
    "QrCode": "qr_code",
    "QrCodeCreateOrUpdateRequest": "qr_code_create_or_update_request",
    "QrCodeCreateOrUpdateRequestGenerateQrImage": "qr_code_create_or_update_request_generate_qr_image",
    "QrCodeList": "qr_code_list",
    "ReactionContent": "reaction_content",
    "ReactionMessage": "reaction_message",
    "RegistrationBackup": "registration_backup",
    "RegistrationRequest": "registration_request",
    "RemoveGroupParticipant": "remove_group_participant",
    "RemoveGroupParticipantsRequest": "remove_group_participants_request",
    "ReplyButton": "reply_button",
    "ReplyButtonReply": "reply_button_reply",
    "ReplyButtonsAction": "reply_buttons_action",
    "SavedAddress": "saved_address",
    "SendMessageResponse": "send_message_response",
    "SentMessage": "sent_message",
    "SetOboMobilityIntentRequest": "set_obo_mobility_intent_request",
    "SetOboMobilityIntentResponse": "set_obo_mobility_intent_response",
    "SetUsernameRequest": "set_username_request",
    "SharePreverifiedNumberRequest": "share_preverified_number_request",
    "Signup": "signup",
    "SignupCreate": "signup_create",
    "SignupList": "signup_list",
    "SignupPolicy": "signup_policy",
    "SignupUpdate": "signup_update",
    "SignupUpdateStatus": "signup_update_status",
    "Solution": "solution",
    "SolutionAcceptRequest": "solution_accept_request",
    "SolutionAcceptResponse": "solution_accept_response",
    "SolutionAccessToken": "solution_access_token",
    "SolutionCreate": "solution_create",
    "SolutionCreateOwnerPermissionsItem": "solution_create_owner_permissions_item",
    "SolutionCreatePartnerPermissionsItem": "solution_create_partner_permissions_item",
    "SolutionCreated": "solution_created",
    "SolutionDeactivationRequest": "solution_deactivation_request",
    "SolutionDeactivationRequestResponse": "solution_deactivation_request_response",
    "SolutionList": "solution_list",
    "SolutionMigrationIntent": "solution_migration_intent",
    "SolutionMigrationIntentCreated": "solution_migration_intent_created",
    "SolutionMigrationIntentRequest": "solution_migration_intent_request",
    "SolutionMigrationIntentRequestMigrationIntent": "solution_migration_intent_request_migration_intent",
    "SolutionRejectDeactivationRequest": "solution_reject_deactivation_request",
    "SolutionRejectRequest": "solution_reject_request",
    "SolutionRejectRequestRequestType": "solution_reject_request_request_type",
    "SolutionRejectResponse": "solution_reject_response",
    "StickerMedia": "sticker_media",
    "StickerMessage": "sticker_message",
    "SubscribedApp": "subscribed_app",
    "SubscribedAppData": "subscribed_app_data",
    "SubscribedAppList": "subscribed_app_list",
    "SubscribedAppSubscribeRequest": "subscribed_app_subscribe_request",
    "SuccessResponse": "success_response",
    "TapTargetConfiguration": "tap_target_configuration",
    "TemplateActionParameter": "template_action_parameter",
    "TemplateAnalyticsClick": "template_analytics_click",
    "TemplateAnalyticsCost": "template_analytics_cost",
    "TemplateAnalyticsData": "template_analytics_data",
    "TemplateAnalyticsDataPoint": "template_analytics_data_point",
    "TemplateAnalyticsList": "template_analytics_list",
    "TemplateButtonAction": "template_button_action",
    "TemplateCardComponentParameters": "template_card_component_parameters",
    "TemplateCardComponentParametersSubType": "template_card_component_parameters_sub_type",
    "TemplateCardComponentParametersType": "template_card_component_parameters_type",
    "TemplateCarouselCardParameters": "template_carousel_card_parameters",
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
    "TemplateGifParameter": "template_gif_parameter",
    "TemplateGroup": "template_group",
    "TemplateGroupAccount": "template_group_account",
    "TemplateGroupAnalyticsData": "template_group_analytics_data",
    "TemplateGroupAnalyticsDataPoint": "template_group_analytics_data_point",
    "TemplateGroupAnalyticsList": "template_group_analytics_list",
    "TemplateGroupCreate": "template_group_create",
    "TemplateGroupList": "template_group_list",
    "TemplateGroupTemplates": "template_group_templates",
    "TemplateGroupUpdate": "template_group_update",
    "TemplateImageParameter": "template_image_parameter",
    "TemplateLanguage": "template_language",
    "TemplateLanguagePolicy": "template_language_policy",
    "TemplateLimitedTimeOfferParameter": "template_limited_time_offer_parameter",
    "TemplateLimitedTimeOfferValue": "template_limited_time_offer_value",
    "TemplateLocationParameter": "template_location_parameter",
    "TemplateMessage": "template_message",
    "TemplatePayloadParameter": "template_payload_parameter",
    "TemplatePreview": "template_preview",
    "TemplatePreviewButton": "template_preview_button",
    "TemplatePreviewList": "template_preview_list",
    "TemplateProduct": "template_product",
    "TemplateProductParameter": "template_product_parameter",
    "TemplateTapTargetParameter": "template_tap_target_parameter",
    "TemplateTextParameter": "template_text_parameter",
    "TemplateVideoParameter": "template_video_parameter",
    "TextContent": "text_content",
    "TextMessage": "text_message",
    "TypingIndicator": "typing_indicator",
    "UnassignUserRequest": "unassign_user_request",
    "UpdateGroupRequest": "update_group_request",
    "UploadSession": "upload_session",
    "UploadSessionStatus": "upload_session_status",
    "UploadedFileHandle": "uploaded_file_handle",
    "UsernameStatus": "username_status",
    "UsernameSuggestionGroup": "username_suggestion_group",
    "UsernameSuggestions": "username_suggestions",
    "VerificationCodeRequest": "verification_code_request",
    "VerificationCodeRequestCodeMethod": "verification_code_request_code_method",
    "VerificationCodeSubmission": "verification_code_submission",
    "VideoMedia": "video_media",
    "VideoMessage": "video_message",
    "VoiceCallAction": "voice_call_action",
    "VoiceCallParameters": "voice_call_parameters",
    "WabaActivity": "waba_activity",
    "WabaActivityList": "waba_activity_list",
    "WabaHealthEntity": "waba_health_entity",
    "WabaHealthError": "waba_health_error",
    "WabaHealthStatus": "waba_health_status",
    "WabaOnBehalfOfBusinessInfo": "waba_on_behalf_of_business_info",
    "WabaSchedule": "waba_schedule",
    "WabaScheduleCreate": "waba_schedule_create",
    "WabaScheduleCreateDaysOfWeekItem": "waba_schedule_create_days_of_week_item",
    "WabaScheduleCreateScheduleType": "waba_schedule_create_schedule_type",
    "WabaScheduleList": "waba_schedule_list",
    "WabaScheduleRecurrence": "waba_schedule_recurrence",
    "WabaUpdate": "waba_update",
    "WabaUpdateResponse": "waba_update_response",
    "WebhookAccountAlertChange": "webhook_account_alert_change",
    "WebhookAccountAlertValue": "webhook_account_alert_value",
    "WebhookAccountBanInfo": "webhook_account_ban_info",
    "WebhookAccountDisconnectionInfo": "webhook_account_disconnection_info",
    "WebhookAccountRestriction": "webhook_account_restriction",
    "WebhookAccountReviewChange": "webhook_account_review_change",
    "WebhookAccountReviewUpdateValue": "webhook_account_review_update_value",
    "WebhookAccountSettingsChange": "webhook_account_settings_change",
    "WebhookAccountSettingsValue": "webhook_account_settings_value",
    "WebhookAccountUpdateChange": "webhook_account_update_change",
    "WebhookAccountUpdateValue": "webhook_account_update_value",
    "WebhookAccountViolationInfo": "webhook_account_violation_info",
    "WebhookAccountWabaInfo": "webhook_account_waba_info",
    "WebhookAlertInfo": "webhook_alert_info",
    "WebhookAudioMessage": "webhook_audio_message",
    "WebhookAuthInternationalCountry": "webhook_auth_international_country",
    "WebhookAuthInternationalRateEligibility": "webhook_auth_international_rate_eligibility",
    "WebhookAutomaticEvent": "webhook_automatic_event",
    "WebhookAutomaticEventCustomData": "webhook_automatic_event_custom_data",
    "WebhookAutomaticEventsChange": "webhook_automatic_events_change",
    "WebhookAutomaticEventsValue": "webhook_automatic_events_value",
    "WebhookBusinessCapabilityChange": "webhook_business_capability_change",
    "WebhookBusinessCapabilityUpdateValue": "webhook_business_capability_update_value",
    "WebhookBusinessUsernameChange": "webhook_business_username_change",
    "WebhookBusinessUsernameUpdateValue": "webhook_business_username_update_value",
    "WebhookBusinessUsernamesChange": "webhook_business_usernames_change",
    "WebhookButton": "webhook_button",
    "WebhookButtonMessage": "webhook_button_message",
    "WebhookButtonReply": "webhook_button_reply",
    "WebhookCall": "webhook_call",
    "WebhookCallHoursSettings": "webhook_call_hours_settings",
    "WebhookCallPermissionReply": "webhook_call_permission_reply",
    "WebhookCallSession": "webhook_call_session",
    "WebhookCallStatus": "webhook_call_status",
    "WebhookCallingSettings": "webhook_calling_settings",
    "WebhookCallsChange": "webhook_calls_change",
    "WebhookCallsValue": "webhook_calls_value",
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
    "WebhookEditMessage": "webhook_edit_message",
    "WebhookEditedContent": "webhook_edited_content",
    "WebhookEntry": "webhook_entry",
    "WebhookError": "webhook_error",
    "WebhookErrorData": "webhook_error_data",
    "WebhookFlowErrorRate": "webhook_flow_error_rate",
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
    "WebhookHistoryChange": "webhook_history_change",
    "WebhookHistoryChunk": "webhook_history_chunk",
    "WebhookHistoryContext": "webhook_history_context",
    "WebhookHistoryMessageType1": "webhook_history_message_type_1",
    "WebhookHistoryProgress": "webhook_history_progress",
    "WebhookHistoryThread": "webhook_history_thread",
    "WebhookHistoryValue": "webhook_history_value",
    "WebhookHolidayCallHours": "webhook_holiday_call_hours",
    "WebhookIdChange": "webhook_id_change",
    "WebhookIdentity": "webhook_identity",
    "WebhookImageMessage": "webhook_image_message",
    "WebhookInteractive": "webhook_interactive",
    "WebhookInteractiveMessage": "webhook_interactive_message",
    "WebhookLinkClick": "webhook_link_click",
    "WebhookListReply": "webhook_list_reply",
    "WebhookLocation": "webhook_location",
    "WebhookLocationMessage": "webhook_location_message",
    "WebhookMedia": "webhook_media",
    "WebhookMessageBase": "webhook_message_base",
    "WebhookMessageContext": "webhook_message_context",
    "WebhookMessageEchoType1": "webhook_message_echo_type_1",
    "WebhookMessageEchoesChange": "webhook_message_echoes_change",
    "WebhookMessageEchoesValue": "webhook_message_echoes_value",
    "WebhookMessageEdit": "webhook_message_edit",
    "WebhookMessageRevoke": "webhook_message_revoke",
    "WebhookMessagesChange": "webhook_messages_change",
    "WebhookMessagesValue": "webhook_messages_value",
    "WebhookMetadata": "webhook_metadata",
    "WebhookNotification": "webhook_notification",
    "WebhookOrder": "webhook_order",
    "WebhookOrderItem": "webhook_order_item",
    "WebhookOrderMessage": "webhook_order_message",
    "WebhookPartnerClientCertification": "webhook_partner_client_certification",
    "WebhookPartnerSolutionChange": "webhook_partner_solution_change",
    "WebhookPartnerSolutionValue": "webhook_partner_solution_value",
    "WebhookPaymentConfigurationChange": "webhook_payment_configuration_change",
    "WebhookPaymentConfigurationValue": "webhook_payment_configuration_value",
    "WebhookPhoneNumberNameChange": "webhook_phone_number_name_change",
    "WebhookPhoneNumberNameUpdateValue": "webhook_phone_number_name_update_value",
    "WebhookPhoneNumberQualityChange": "webhook_phone_number_quality_change",
    "WebhookPhoneNumberQualityUpdateValue": "webhook_phone_number_quality_update_value",
    "WebhookPhoneNumberSettings": "webhook_phone_number_settings",
    "WebhookPricing": "webhook_pricing",
    "WebhookReaction": "webhook_reaction",
    "WebhookReactionMessage": "webhook_reaction_message",
    "WebhookReferral": "webhook_referral",
    "WebhookReferralWelcomeMessage": "webhook_referral_welcome_message",
    "WebhookReferredProduct": "webhook_referred_product",
    "WebhookRevokeMessage": "webhook_revoke_message",
    "WebhookSecurityChange": "webhook_security_change",
    "WebhookSecurityValue": "webhook_security_value",
    "WebhookSharedContact": "webhook_shared_contact",
    "WebhookSipServerSettings": "webhook_sip_server_settings",
    "WebhookSipSettings": "webhook_sip_settings",
    "WebhookStateSync": "webhook_state_sync",
    "WebhookStateSyncChange": "webhook_state_sync_change",
    "WebhookStateSyncContact": "webhook_state_sync_contact",
    "WebhookStateSyncMetadata": "webhook_state_sync_metadata",
    "WebhookStateSyncValue": "webhook_state_sync_value",
    "WebhookStatus": "webhook_status",
    "WebhookStickerMessage": "webhook_sticker_message",
    "WebhookSystem": "webhook_system",
    "WebhookSystemMessage": "webhook_system_message",
    "WebhookTemplateCategoryChange": "webhook_template_category_change",
    "WebhookTemplateCategoryUpdateValue": "webhook_template_category_update_value",
    "WebhookTemplateComponentButton": "webhook_template_component_button",
    "WebhookTemplateComponentsChange": "webhook_template_components_change",
    "WebhookTemplateComponentsUpdateValue": "webhook_template_components_update_value",
    "WebhookTemplateDisableInfo": "webhook_template_disable_info",
    "WebhookTemplateOtherInfo": "webhook_template_other_info",
    "WebhookTemplateQualityChange": "webhook_template_quality_change",
    "WebhookTemplateQualityUpdateValue": "webhook_template_quality_update_value",
    "WebhookTemplateRejectionInfo": "webhook_template_rejection_info",
    "WebhookTemplateStatusChange": "webhook_template_status_change",
    "WebhookTemplateStatusUpdateValue": "webhook_template_status_update_value",
    "WebhookText": "webhook_text",
    "WebhookTextMessage": "webhook_text_message",
    "WebhookUnknownChange": "webhook_unknown_change",
    "WebhookUnknownMessage": "webhook_unknown_message",
    "WebhookUnsupported": "webhook_unsupported",
    "WebhookUserAction": "webhook_user_action",
    "WebhookUserIdUpdate": "webhook_user_id_update",
    "WebhookUserIdUpdateChange": "webhook_user_id_update_change",
    "WebhookUserIdUpdateValue": "webhook_user_id_update_value",
    "WebhookUserPreference": "webhook_user_preference",
    "WebhookUserPreferencesChange": "webhook_user_preferences_change",
    "WebhookUserPreferencesValue": "webhook_user_preferences_value",
    "WebhookVideoMessage": "webhook_video_message",
    "WebhookVolumeTierInfo": "webhook_volume_tier_info",
    "WebhookWeeklyCallHours": "webhook_weekly_call_hours",
    "WhatsAppAccountNumber": "whats_app_account_number",
    "WhatsAppBusinessAccount": "whats_app_business_account",
    "WhatsAppBusinessBot": "whats_app_business_bot",
    "WhatsAppBusinessProfile": "whats_app_business_profile",
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
    "AddPreverifiedNumberRequest",
    "AddressAction",
    "AddressParameters",
    "AnalyticsDataPoint",
    "AnalyticsResult",
    "AssignedUser",
    "AssignedUserList",
    "AssignedWaba",
    "AssignedWabaList",
    "AssignUserRequest",
    "AudioMedia",
    "AudioMessage",
    "BillingMigration",
    "BillingMigrationAccount",
    "BillingMigrationCreate",
    "BillingMigrationStarted",
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
    "Boleto",
    "BrazilPaymentSetting",
    "BrazilPaymentSettingType",
    "BusinessComplianceInfo",
    "BusinessComplianceInfoList",
    "BusinessComplianceInfoUpdate",
    "BusinessComplianceInfoUpdateEntityType",
    "BusinessEncryptionPublicKey",
    "BusinessEncryptionPublicKeyList",
    "BusinessEncryptionPublicKeyUpdate",
    "BusinessPortfolio",
    "BusinessProfile",
    "BusinessProfileResponse",
    "BusinessProfileUpdate",
    "BusinessProfileUpdateVertical",
    "BusinessSelfCertification",
    "BusinessSelfCertificationList",
    "BusinessSelfCertifyRequest",
    "BusinessSelfCertifyResponse",
    "BusinessWaba",
    "BusinessWabaList",
    "CallAcceptRequest",
    "CallActionResponse",
    "CallConnectRequest",
    "CallPermission",
    "CallPermissionAction",
    "CallPermissionLimit",
    "CallPermissionRequestAction",
    "CallPermissionsResponse",
    "CallPreAcceptRequest",
    "CallRejectRequest",
    "CallSession",
    "CallSessionSdpType",
    "CallTerminateRequest",
    "CarouselAction",
    "CatalogAction",
    "CatalogActionParameters",
    "CoexistenceSyncRequest",
    "CoexistenceSyncRequestSyncType",
    "CoexistenceSyncResponse",
    "CommerceSettings",
    "CommerceSettingsList",
    "ConnectedClientBusiness",
    "ConnectedClientBusinessList",
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
    "CreditAllocationConfig",
    "CreditAllocationConfigList",
    "CreditLine",
    "CreditLineAllocation",
    "CreditLineList",
    "CtaUrlAction",
    "CtaUrlParameters",
    "CustomerCareDetails",
    "DebugTokenData",
    "DebugTokenError",
    "DebugTokenGranularScope",
    "DebugTokenResponse",
    "DocumentMedia",
    "DocumentMessage",
    "EncryptedMessageRequest",
    "EncryptedMessageResponse",
    "ExchangeAccessTokenGrantType",
    "FailedFlowMigration",
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
    "FlowMetric",
    "FlowMetricDataPoint",
    "FlowMetricValue",
    "FlowMigrateRequest",
    "FlowMigrateResponse",
    "FlowPreview",
    "FlowUpdateRequest",
    "FlowUpdateRequestCategoriesItem",
    "FlowValidationError",
    "FlowValidationErrorPointer",
    "GetAnalyticsGroupAnalyticsGranularity",
    "GetAnalyticsPricingAnalyticsGranularity",
    "GetAnalyticsTemplateAnalyticsGranularity",
    "GetAnalyticsTemplateGroupAnalyticsGranularity",
    "GifMedia",
    "GraphError",
    "GraphErrorData",
    "GraphErrorResponse",
    "GrievanceOfficerDetails",
    "GroupAnalyticsData",
    "GroupAnalyticsDataPoint",
    "GroupAnalyticsList",
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
    "IdResponse",
    "ImageMedia",
    "ImageMessage",
    "InteractiveAddress",
    "InteractiveBody",
    "InteractiveButtons",
    "InteractiveCallPermissionRequest",
    "InteractiveCarousel",
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
    "InteractiveOrderDetails",
    "InteractiveOrderStatus",
    "InteractiveProduct",
    "InteractiveProductList",
    "InteractiveVoiceCall",
    "JsonObject",
    "LibraryTemplate",
    "LibraryTemplateBodyInputs",
    "LibraryTemplateButtonInput",
    "LibraryTemplateButtonInputOtpType",
    "LibraryTemplateButtonInputType",
    "LibraryTemplateList",
    "LibraryTemplateUrlInput",
    "ListAction",
    "ListPhoneNumbersSort",
    "ListRow",
    "ListSection",
    "ListSolutionsRole",
    "ListTemplatePreviewsCategory",
    "ListTemplatesCategory",
    "ListTemplatesQualityScore",
    "LocationContent",
    "LocationMessage",
    "LocationRequestAction",
    "MarkAsReadRequest",
    "MarketingMessagesOnboardingResponse",
    "MarketingTemplateMessage",
    "MarketingTemplateMessageProductPolicy",
    "MediaCarouselCard",
    "MediaInfo",
    "MediaUploadRequest",
    "MediaUploadResponse",
    "MessageContext",
    "MessageHistoryEntry",
    "MessageHistoryEvent",
    "MessageHistoryEventEdge",
    "MessageHistoryEventEdgeList",
    "MessageHistoryEventList",
    "MessageHistoryList",
    "MessageRecipient",
    "MessageTemplate",
    "MessageTemplateArchiveResponse",
    "MessageTemplateBodyComponent",
    "MessageTemplateBodyExample",
    "MessageTemplateButtonInfo",
    "MessageTemplateButtonsComponent",
    "MessageTemplateCallPermissionRequestComponent",
    "MessageTemplateCardComponentInfo",
    "MessageTemplateCardInfo",
    "MessageTemplateCarouselCard",
    "MessageTemplateCarouselComponent",
    "MessageTemplateCatalogButton",
    "MessageTemplateComparison",
    "MessageTemplateComparisonMetric",
    "MessageTemplateComparisonNumber",
    "MessageTemplateComparisonString",
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
    "MessageTemplateFailures",
    "MessageTemplateFlowButton",
    "MessageTemplateFlowButtonFlowAction",
    "MessageTemplateFooterComponent",
    "MessageTemplateHeaderComponent",
    "MessageTemplateHeaderComponentFormat",
    "MessageTemplateHeaderExample",
    "MessageTemplateIdsRequest",
    "MessageTemplateLimitedTimeOffer",
    "MessageTemplateLimitedTimeOfferComponent",
    "MessageTemplateList",
    "MessageTemplateMigrateRequest",
    "MessageTemplateMigrateResponse",
    "MessageTemplateMpmButton",
    "MessageTemplateNamedParamExample",
    "MessageTemplateOtpButton",
    "MessageTemplateOtpButtonOtpType",
    "MessageTemplateOtpSupportedApp",
    "MessageTemplatePhoneNumberButton",
    "MessageTemplateQualityScore",
    "MessageTemplateQuickReplyButton",
    "MessageTemplateRequestContactInfoButton",
    "MessageTemplateSpmButton",
    "MessageTemplateUnarchiveResponse",
    "MessageTemplateUnpauseResponse",
    "MessageTemplateUpsertRequest",
    "MessageTemplateUpsertRequestCategory",
    "MessageTemplateUpsertResponse",
    "MessageTemplateUpsertResult",
    "MessageTemplateUrlButton",
    "MessageTemplateVoiceCallButton",
    "MigratedFlow",
    "NamedObject",
    "OboMobilityIntent",
    "OboMobilityIntentCreate",
    "OboMobilityIntentCreated",
    "OboMobilityIntentCreateIntentType",
    "OfficialBusinessAccountRequest",
    "OfficialBusinessAccountStatus",
    "OnBehalfRequest",
    "OnBehalfRequestList",
    "OrderDetailsAction",
    "OrderDetailsOrder",
    "OrderDetailsParameters",
    "OrderDetailsParametersType",
    "OrderExpiration",
    "OrderItem",
    "OrderStatusAction",
    "OrderStatusParameters",
    "OrderStatusPayment",
    "OrderStatusValue",
    "OrderStatusValueStatus",
    "OutgoingMessageBase",
    "OutgoingMessageBaseRecipientType",
    "Paging",
    "PagingCursors",
    "PaymentAmount",
    "PaymentCode",
    "PaymentConfiguration",
    "PaymentConfigurationCreate",
    "PaymentConfigurationCreateProviderName",
    "PaymentConfigurationGroup",
    "PaymentConfigurationLinkResponse",
    "PaymentConfigurationList",
    "PaymentConfigurationName",
    "PaymentConfigurationOauthLink",
    "PaymentConfigurationOauthLinkRequest",
    "PaymentConfigurationUpdate",
    "PaymentConfigurationUpdateProviderName",
    "PaymentLink",
    "PhoneNumber",
    "PhoneNumberCallHours",
    "PhoneNumberCallIcons",
    "PhoneNumberCallingSettings",
    "PhoneNumberCallingSettingsUpdate",
    "PhoneNumberCallingSettingsUpdateCallbackPermissionStatus",
    "PhoneNumberCallingSettingsUpdateCallIconVisibility",
    "PhoneNumberCallingSettingsUpdateStatus",
    "PhoneNumberCreate",
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
    "PhoneNumberUpdate",
    "PhoneNumberUserIdentityChangeUpdate",
    "PhoneNumberWebhookConfiguration",
    "PhoneNumberWebhookOverride",
    "PhoneNumberWeeklyOperatingHours",
    "PinContent",
    "PinContentType",
    "PinMessage",
    "PixDynamicCode",
    "PixDynamicCodeKeyType",
    "PlacedCall",
    "PreverifiedNumber",
    "PreverifiedNumberList",
    "PreverifiedNumberPartner",
    "PreverifiedNumberPartnerList",
    "PreverifiedNumberVerifyResponse",
    "PricingAnalyticsData",
    "PricingAnalyticsDataPoint",
    "PricingAnalyticsList",
    "ProductAction",
    "ProductCardAction",
    "ProductCarouselCard",
    "ProductCatalog",
    "ProductCatalogList",
    "ProductItem",
    "ProductListAction",
    "ProductSection",
    "QrCode",
    "QrCodeCreateOrUpdateRequest",
    "QrCodeCreateOrUpdateRequestGenerateQrImage",
    "QrCodeList",
    "ReactionContent",
    "ReactionMessage",
    "RegistrationBackup",
    "RegistrationRequest",
    "RemoveGroupParticipant",
    "RemoveGroupParticipantsRequest",
    "ReplyButton",
    "ReplyButtonReply",
    "ReplyButtonsAction",
    "SavedAddress",
    "SendMessageResponse",
    "SentMessage",
    "SetOboMobilityIntentRequest",
    "SetOboMobilityIntentResponse",
    "SetUsernameRequest",
    "SharePreverifiedNumberRequest",
    "Signup",
    "SignupCreate",
    "SignupList",
    "SignupPolicy",
    "SignupUpdate",
    "SignupUpdateStatus",
    "Solution",
    "SolutionAcceptRequest",
    "SolutionAcceptResponse",
    "SolutionAccessToken",
    "SolutionCreate",
    "SolutionCreated",
    "SolutionCreateOwnerPermissionsItem",
    "SolutionCreatePartnerPermissionsItem",
    "SolutionDeactivationRequest",
    "SolutionDeactivationRequestResponse",
    "SolutionList",
    "SolutionMigrationIntent",
    "SolutionMigrationIntentCreated",
    "SolutionMigrationIntentRequest",
    "SolutionMigrationIntentRequestMigrationIntent",
    "SolutionRejectDeactivationRequest",
    "SolutionRejectRequest",
    "SolutionRejectRequestRequestType",
    "SolutionRejectResponse",
    "StickerMedia",
    "StickerMessage",
    "SubscribedApp",
    "SubscribedAppData",
    "SubscribedAppList",
    "SubscribedAppSubscribeRequest",
    "SuccessResponse",
    "TapTargetConfiguration",
    "TemplateActionParameter",
    "TemplateAnalyticsClick",
    "TemplateAnalyticsCost",
    "TemplateAnalyticsData",
    "TemplateAnalyticsDataPoint",
    "TemplateAnalyticsList",
    "TemplateButtonAction",
    "TemplateCardComponentParameters",
    "TemplateCardComponentParametersSubType",
    "TemplateCardComponentParametersType",
    "TemplateCarouselCardParameters",
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
    "TemplateGifParameter",
    "TemplateGroup",
    "TemplateGroupAccount",
    "TemplateGroupAnalyticsData",
    "TemplateGroupAnalyticsDataPoint",
    "TemplateGroupAnalyticsList",
    "TemplateGroupCreate",
    "TemplateGroupList",
    "TemplateGroupTemplates",
    "TemplateGroupUpdate",
    "TemplateImageParameter",
    "TemplateLanguage",
    "TemplateLanguagePolicy",
    "TemplateLimitedTimeOfferParameter",
    "TemplateLimitedTimeOfferValue",
    "TemplateLocationParameter",
    "TemplateMessage",
    "TemplatePayloadParameter",
    "TemplatePreview",
    "TemplatePreviewButton",
    "TemplatePreviewList",
    "TemplateProduct",
    "TemplateProductParameter",
    "TemplateTapTargetParameter",
    "TemplateTextParameter",
    "TemplateVideoParameter",
    "TextContent",
    "TextMessage",
    "TypingIndicator",
    "UnassignUserRequest",
    "UpdateGroupRequest",
    "UploadedFileHandle",
    "UploadSession",
    "UploadSessionStatus",
    "UsernameStatus",
    "UsernameSuggestionGroup",
    "UsernameSuggestions",
    "VerificationCodeRequest",
    "VerificationCodeRequestCodeMethod",
    "VerificationCodeSubmission",
    "VideoMedia",
    "VideoMessage",
    "VoiceCallAction",
    "VoiceCallParameters",
    "WabaActivity",
    "WabaActivityList",
    "WabaHealthEntity",
    "WabaHealthError",
    "WabaHealthStatus",
    "WabaOnBehalfOfBusinessInfo",
    "WabaSchedule",
    "WabaScheduleCreate",
    "WabaScheduleCreateDaysOfWeekItem",
    "WabaScheduleCreateScheduleType",
    "WabaScheduleList",
    "WabaScheduleRecurrence",
    "WabaUpdate",
    "WabaUpdateResponse",
    "WebhookAccountAlertChange",
    "WebhookAccountAlertValue",
    "WebhookAccountBanInfo",
    "WebhookAccountDisconnectionInfo",
    "WebhookAccountRestriction",
    "WebhookAccountReviewChange",
    "WebhookAccountReviewUpdateValue",
    "WebhookAccountSettingsChange",
    "WebhookAccountSettingsValue",
    "WebhookAccountUpdateChange",
    "WebhookAccountUpdateValue",
    "WebhookAccountViolationInfo",
    "WebhookAccountWabaInfo",
    "WebhookAlertInfo",
    "WebhookAudioMessage",
    "WebhookAuthInternationalCountry",
    "WebhookAuthInternationalRateEligibility",
    "WebhookAutomaticEvent",
    "WebhookAutomaticEventCustomData",
    "WebhookAutomaticEventsChange",
    "WebhookAutomaticEventsValue",
    "WebhookBusinessCapabilityChange",
    "WebhookBusinessCapabilityUpdateValue",
    "WebhookBusinessUsernameChange",
    "WebhookBusinessUsernamesChange",
    "WebhookBusinessUsernameUpdateValue",
    "WebhookButton",
    "WebhookButtonMessage",
    "WebhookButtonReply",
    "WebhookCall",
    "WebhookCallHoursSettings",
    "WebhookCallingSettings",
    "WebhookCallPermissionReply",
    "WebhookCallsChange",
    "WebhookCallSession",
    "WebhookCallStatus",
    "WebhookCallsValue",
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
    "WebhookEditedContent",
    "WebhookEditMessage",
    "WebhookEntry",
    "WebhookError",
    "WebhookErrorData",
    "WebhookFlowErrorRate",
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
    "WebhookHistoryChange",
    "WebhookHistoryChunk",
    "WebhookHistoryContext",
    "WebhookHistoryMessageType1",
    "WebhookHistoryProgress",
    "WebhookHistoryThread",
    "WebhookHistoryValue",
    "WebhookHolidayCallHours",
    "WebhookIdChange",
    "WebhookIdentity",
    "WebhookImageMessage",
    "WebhookInteractive",
    "WebhookInteractiveMessage",
    "WebhookLinkClick",
    "WebhookListReply",
    "WebhookLocation",
    "WebhookLocationMessage",
    "WebhookMedia",
    "WebhookMessageBase",
    "WebhookMessageContext",
    "WebhookMessageEchoesChange",
    "WebhookMessageEchoesValue",
    "WebhookMessageEchoType1",
    "WebhookMessageEdit",
    "WebhookMessageRevoke",
    "WebhookMessagesChange",
    "WebhookMessagesValue",
    "WebhookMetadata",
    "WebhookNotification",
    "WebhookOrder",
    "WebhookOrderItem",
    "WebhookOrderMessage",
    "WebhookPartnerClientCertification",
    "WebhookPartnerSolutionChange",
    "WebhookPartnerSolutionValue",
    "WebhookPaymentConfigurationChange",
    "WebhookPaymentConfigurationValue",
    "WebhookPhoneNumberNameChange",
    "WebhookPhoneNumberNameUpdateValue",
    "WebhookPhoneNumberQualityChange",
    "WebhookPhoneNumberQualityUpdateValue",
    "WebhookPhoneNumberSettings",
    "WebhookPricing",
    "WebhookReaction",
    "WebhookReactionMessage",
    "WebhookReferral",
    "WebhookReferralWelcomeMessage",
    "WebhookReferredProduct",
    "WebhookRevokeMessage",
    "WebhookSecurityChange",
    "WebhookSecurityValue",
    "WebhookSharedContact",
    "WebhookSipServerSettings",
    "WebhookSipSettings",
    "WebhookStateSync",
    "WebhookStateSyncChange",
    "WebhookStateSyncContact",
    "WebhookStateSyncMetadata",
    "WebhookStateSyncValue",
    "WebhookStatus",
    "WebhookStickerMessage",
    "WebhookSystem",
    "WebhookSystemMessage",
    "WebhookTemplateCategoryChange",
    "WebhookTemplateCategoryUpdateValue",
    "WebhookTemplateComponentButton",
    "WebhookTemplateComponentsChange",
    "WebhookTemplateComponentsUpdateValue",
    "WebhookTemplateDisableInfo",
    "WebhookTemplateOtherInfo",
    "WebhookTemplateQualityChange",
    "WebhookTemplateQualityUpdateValue",
    "WebhookTemplateRejectionInfo",
    "WebhookTemplateStatusChange",
    "WebhookTemplateStatusUpdateValue",
    "WebhookText",
    "WebhookTextMessage",
    "WebhookUnknownChange",
    "WebhookUnknownMessage",
    "WebhookUnsupported",
    "WebhookUserAction",
    "WebhookUserIdUpdate",
    "WebhookUserIdUpdateChange",
    "WebhookUserIdUpdateValue",
    "WebhookUserPreference",
    "WebhookUserPreferencesChange",
    "WebhookUserPreferencesValue",
    "WebhookVideoMessage",
    "WebhookVolumeTierInfo",
    "WebhookWeeklyCallHours",
    "WhatsAppAccountNumber",
    "WhatsAppBusinessAccount",
    "WhatsAppBusinessBot",
    "WhatsAppBusinessProfile",
    "WhatsAppFlow",
)
