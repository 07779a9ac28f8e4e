from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookEntry")


@_attrs_define
class WebhookEntry:
    """The changes of one WhatsApp Business Account.

    Example:
        {'id': '102290129340398', 'changes': [{'value': {'messaging_product': 'whatsapp', 'metadata':
            {'display_phone_number': '15550783881', 'phone_number_id': '106540352242922'}, 'contacts': [{'profile': {'name':
            'Sheena Nelson'}, 'wa_id': '16505551234'}], 'messages': [{'from': '16505551234', 'id':
            'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=', 'timestamp': '1749416383', 'type': 'text',
            'text': {'body': 'Does it come in another color?'}}]}, 'field': 'messages'}]}

    """

    id: str
    """ WhatsApp Business Account id. """
    changes: list[
        WebhookAccountAlertChange
        | WebhookAccountReviewChange
        | WebhookAccountSettingsChange
        | WebhookAccountUpdateChange
        | WebhookAutomaticEventsChange
        | WebhookBusinessCapabilityChange
        | WebhookBusinessUsernameChange
        | WebhookBusinessUsernamesChange
        | WebhookCallsChange
        | WebhookFlowsChange
        | WebhookGroupLifecycleChange
        | WebhookGroupParticipantsChange
        | WebhookGroupSettingsChange
        | WebhookGroupStatusChange
        | WebhookHistoryChange
        | WebhookMessageEchoesChange
        | WebhookMessagesChange
        | WebhookPartnerSolutionChange
        | WebhookPaymentConfigurationChange
        | WebhookPhoneNumberNameChange
        | WebhookPhoneNumberQualityChange
        | WebhookSecurityChange
        | WebhookStateSyncChange
        | WebhookTemplateCategoryChange
        | WebhookTemplateComponentsChange
        | WebhookTemplateQualityChange
        | WebhookTemplateStatusChange
        | WebhookUnknownChange
        | WebhookUserIdUpdateChange
        | WebhookUserPreferencesChange
    ]
    """ The changes, one per subscribed field event. """
    time: int | None = None
    """ Unix time (seconds) when Meta triggered the webhook; absent on `messages` changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        changes = [changes_item_data.to_dict() for changes_item_data in self.changes]

        time = self.time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "changes": changes,
        }
        if time is not None:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:

            def _parse_changes_item(
                data: object,
            ) -> (
                WebhookAccountAlertChange
                | WebhookAccountReviewChange
                | WebhookAccountSettingsChange
                | WebhookAccountUpdateChange
                | WebhookAutomaticEventsChange
                | WebhookBusinessCapabilityChange
                | WebhookBusinessUsernameChange
                | WebhookBusinessUsernamesChange
                | WebhookCallsChange
                | WebhookFlowsChange
                | WebhookGroupLifecycleChange
                | WebhookGroupParticipantsChange
                | WebhookGroupSettingsChange
                | WebhookGroupStatusChange
                | WebhookHistoryChange
                | WebhookMessageEchoesChange
                | WebhookMessagesChange
                | WebhookPartnerSolutionChange
                | WebhookPaymentConfigurationChange
                | WebhookPhoneNumberNameChange
                | WebhookPhoneNumberQualityChange
                | WebhookSecurityChange
                | WebhookStateSyncChange
                | WebhookTemplateCategoryChange
                | WebhookTemplateComponentsChange
                | WebhookTemplateQualityChange
                | WebhookTemplateStatusChange
                | WebhookUnknownChange
                | WebhookUserIdUpdateChange
                | WebhookUserPreferencesChange
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_0 = WebhookMessagesChange.from_dict(data)

                    return componentsschemas_webhook_change_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_1 = WebhookTemplateStatusChange.from_dict(data)

                    return componentsschemas_webhook_change_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_2 = WebhookTemplateQualityChange.from_dict(data)

                    return componentsschemas_webhook_change_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_3 = WebhookTemplateCategoryChange.from_dict(data)

                    return componentsschemas_webhook_change_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_4 = WebhookTemplateComponentsChange.from_dict(data)

                    return componentsschemas_webhook_change_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_5 = WebhookPhoneNumberQualityChange.from_dict(data)

                    return componentsschemas_webhook_change_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_6 = WebhookPhoneNumberNameChange.from_dict(data)

                    return componentsschemas_webhook_change_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_7 = WebhookAccountUpdateChange.from_dict(data)

                    return componentsschemas_webhook_change_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_8 = WebhookAccountReviewChange.from_dict(data)

                    return componentsschemas_webhook_change_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_9 = WebhookBusinessCapabilityChange.from_dict(data)

                    return componentsschemas_webhook_change_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_10 = WebhookFlowsChange.from_dict(data)

                    return componentsschemas_webhook_change_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_11 = WebhookSecurityChange.from_dict(data)

                    return componentsschemas_webhook_change_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_12 = WebhookUserPreferencesChange.from_dict(data)

                    return componentsschemas_webhook_change_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_13 = WebhookUserIdUpdateChange.from_dict(data)

                    return componentsschemas_webhook_change_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_14 = WebhookBusinessUsernamesChange.from_dict(data)

                    return componentsschemas_webhook_change_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_15 = WebhookBusinessUsernameChange.from_dict(data)

                    return componentsschemas_webhook_change_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_16 = WebhookGroupLifecycleChange.from_dict(data)

                    return componentsschemas_webhook_change_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_17 = WebhookGroupParticipantsChange.from_dict(data)

                    return componentsschemas_webhook_change_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_18 = WebhookGroupSettingsChange.from_dict(data)

                    return componentsschemas_webhook_change_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_19 = WebhookGroupStatusChange.from_dict(data)

                    return componentsschemas_webhook_change_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_20 = WebhookCallsChange.from_dict(data)

                    return componentsschemas_webhook_change_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_21 = WebhookAccountSettingsChange.from_dict(data)

                    return componentsschemas_webhook_change_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_22 = WebhookMessageEchoesChange.from_dict(data)

                    return componentsschemas_webhook_change_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_23 = WebhookHistoryChange.from_dict(data)

                    return componentsschemas_webhook_change_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_24 = WebhookStateSyncChange.from_dict(data)

                    return componentsschemas_webhook_change_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_25 = WebhookPaymentConfigurationChange.from_dict(data)

                    return componentsschemas_webhook_change_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_26 = WebhookAccountAlertChange.from_dict(data)

                    return componentsschemas_webhook_change_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_27 = WebhookAutomaticEventsChange.from_dict(data)

                    return componentsschemas_webhook_change_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_webhook_change_type_28 = WebhookPartnerSolutionChange.from_dict(data)

                    return componentsschemas_webhook_change_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_change_type_29 = WebhookUnknownChange.from_dict(data)

                return componentsschemas_webhook_change_type_29

            changes_item = _parse_changes_item(changes_item_data)

            changes.append(changes_item)

        time = d.pop("time", None)

        webhook_entry = cls(
            id=id,
            changes=changes,
            time=time,
        )

        webhook_entry.additional_properties = d
        return webhook_entry

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
from ..models.webhook_account_alert_change import WebhookAccountAlertChange  # noqa: E402
from ..models.webhook_account_review_change import WebhookAccountReviewChange  # noqa: E402
from ..models.webhook_account_settings_change import WebhookAccountSettingsChange  # noqa: E402
from ..models.webhook_account_update_change import WebhookAccountUpdateChange  # noqa: E402
from ..models.webhook_automatic_events_change import WebhookAutomaticEventsChange  # noqa: E402
from ..models.webhook_business_capability_change import WebhookBusinessCapabilityChange  # noqa: E402
from ..models.webhook_business_username_change import WebhookBusinessUsernameChange  # noqa: E402
from ..models.webhook_business_usernames_change import WebhookBusinessUsernamesChange  # noqa: E402
from ..models.webhook_calls_change import WebhookCallsChange  # noqa: E402
from ..models.webhook_flows_change import WebhookFlowsChange  # noqa: E402
from ..models.webhook_group_lifecycle_change import WebhookGroupLifecycleChange  # noqa: E402
from ..models.webhook_group_participants_change import WebhookGroupParticipantsChange  # noqa: E402
from ..models.webhook_group_settings_change import WebhookGroupSettingsChange  # noqa: E402
from ..models.webhook_group_status_change import WebhookGroupStatusChange  # noqa: E402
from ..models.webhook_history_change import WebhookHistoryChange  # noqa: E402
from ..models.webhook_message_echoes_change import WebhookMessageEchoesChange  # noqa: E402
from ..models.webhook_messages_change import WebhookMessagesChange  # noqa: E402
from ..models.webhook_partner_solution_change import WebhookPartnerSolutionChange  # noqa: E402
from ..models.webhook_payment_configuration_change import WebhookPaymentConfigurationChange  # noqa: E402
from ..models.webhook_phone_number_name_change import WebhookPhoneNumberNameChange  # noqa: E402
from ..models.webhook_phone_number_quality_change import WebhookPhoneNumberQualityChange  # noqa: E402
from ..models.webhook_security_change import WebhookSecurityChange  # noqa: E402
from ..models.webhook_state_sync_change import WebhookStateSyncChange  # noqa: E402
from ..models.webhook_template_category_change import WebhookTemplateCategoryChange  # noqa: E402
from ..models.webhook_template_components_change import WebhookTemplateComponentsChange  # noqa: E402
from ..models.webhook_template_quality_change import WebhookTemplateQualityChange  # noqa: E402
from ..models.webhook_template_status_change import WebhookTemplateStatusChange  # noqa: E402
from ..models.webhook_unknown_change import WebhookUnknownChange  # noqa: E402
from ..models.webhook_user_id_update_change import WebhookUserIdUpdateChange  # noqa: E402
from ..models.webhook_user_preferences_change import WebhookUserPreferencesChange  # noqa: E402
