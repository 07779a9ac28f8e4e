from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsAppFlow")


@_attrs_define
class WhatsAppFlow:
    """A WhatsApp Flow. Which properties are present depends on `fields`.

    Example:
        {'id': '1234567890123456', 'name': 'my first flow', 'status': 'DRAFT', 'categories': ['OTHER'],
            'validation_errors': []}

    """

    id: str
    """ Flow id. """
    name: str | Unset = UNSET
    """ Flow name, unique in the WhatsApp Business Account. """
    status: str | Unset = UNSET
    """ `DRAFT`, `PUBLISHED`, `DEPRECATED`, `BLOCKED` or `THROTTLED` (open-ended). """
    categories: list[str] | Unset = UNSET
    """ Categories: `SIGN_UP`, `SIGN_IN`, `APPOINTMENT_BOOKING`, `LEAD_GENERATION`, `CONTACT_US`,
    `CUSTOMER_SUPPORT`, `SURVEY`, `OTHER` (open-ended). """
    validation_errors: list[FlowValidationError] | Unset = UNSET
    """ Errors of the current Flow JSON; empty when it is valid. """
    json_version: str | Unset = UNSET
    """ Flow JSON version of the Flow, e.g. `6.0`. """
    data_api_version: str | Unset = UNSET
    """ Data exchange API version used with the endpoint, e.g. `3.0`. """
    endpoint_uri: str | Unset = UNSET
    """ URL of the Flow's data endpoint, if any. """
    data_channel_uri: str | Unset = UNSET
    """ Former name of `endpoint_uri` (Flow JSON versions before 3.0). """
    preview: FlowPreview | Unset = UNSET
    """ A web link that previews the Flow, valid until `expires_at`. """
    whatsapp_business_account: FlowBusinessAccount | Unset = UNSET
    """ The WhatsApp Business Account that owns a Flow. """
    application: FlowApplication | Unset = UNSET
    """ The Meta app connected to a Flow (its endpoint and encryption belong to this app). """
    health_status: WabaHealthStatus | Unset = UNSET
    """ Whether the WABA and the entities above and below it can send messages. """
    metric: FlowMetric | Unset = UNSET
    """ A Flow metric, requested as a field expansion (`metric.name(ENDPOINT_REQUEST_COUNT).granularity(DAY)`);
    Meta announced the Flows Metrics API's deprecation.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        json_version = self.json_version

        data_api_version = self.data_api_version

        endpoint_uri = self.endpoint_uri

        data_channel_uri = self.data_channel_uri

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        whatsapp_business_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp_business_account, Unset):
            whatsapp_business_account = self.whatsapp_business_account.to_dict()

        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        health_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_status, Unset):
            health_status = self.health_status.to_dict()

        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if categories is not UNSET:
            field_dict["categories"] = categories
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if json_version is not UNSET:
            field_dict["json_version"] = json_version
        if data_api_version is not UNSET:
            field_dict["data_api_version"] = data_api_version
        if endpoint_uri is not UNSET:
            field_dict["endpoint_uri"] = endpoint_uri
        if data_channel_uri is not UNSET:
            field_dict["data_channel_uri"] = data_channel_uri
        if preview is not UNSET:
            field_dict["preview"] = preview
        if whatsapp_business_account is not UNSET:
            field_dict["whatsapp_business_account"] = whatsapp_business_account
        if application is not UNSET:
            field_dict["application"] = application
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if metric is not UNSET:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        _validation_errors = d.pop("validation_errors", UNSET)
        validation_errors: list[FlowValidationError] | Unset = UNSET
        if _validation_errors is not UNSET:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = FlowValidationError.from_dict(validation_errors_item_data)

                validation_errors.append(validation_errors_item)

        json_version = d.pop("json_version", UNSET)

        data_api_version = d.pop("data_api_version", UNSET)

        endpoint_uri = d.pop("endpoint_uri", UNSET)

        data_channel_uri = d.pop("data_channel_uri", UNSET)

        _preview = d.pop("preview", UNSET)
        preview: FlowPreview | Unset
        if isinstance(_preview, Unset):
            preview = UNSET
        else:
            preview = FlowPreview.from_dict(_preview)

        _whatsapp_business_account = d.pop("whatsapp_business_account", UNSET)
        whatsapp_business_account: FlowBusinessAccount | Unset
        if isinstance(_whatsapp_business_account, Unset):
            whatsapp_business_account = UNSET
        else:
            whatsapp_business_account = FlowBusinessAccount.from_dict(_whatsapp_business_account)

        _application = d.pop("application", UNSET)
        application: FlowApplication | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = FlowApplication.from_dict(_application)

        _health_status = d.pop("health_status", UNSET)
        health_status: WabaHealthStatus | Unset
        if isinstance(_health_status, Unset):
            health_status = UNSET
        else:
            health_status = WabaHealthStatus.from_dict(_health_status)

        _metric = d.pop("metric", UNSET)
        metric: FlowMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = FlowMetric.from_dict(_metric)

        whats_app_flow = cls(
            id=id,
            name=name,
            status=status,
            categories=categories,
            validation_errors=validation_errors,
            json_version=json_version,
            data_api_version=data_api_version,
            endpoint_uri=endpoint_uri,
            data_channel_uri=data_channel_uri,
            preview=preview,
            whatsapp_business_account=whatsapp_business_account,
            application=application,
            health_status=health_status,
            metric=metric,
        )

        whats_app_flow.additional_properties = d
        return whats_app_flow

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
from ..models.flow_application import FlowApplication  # noqa: E402
from ..models.flow_business_account import FlowBusinessAccount  # noqa: E402
from ..models.flow_metric import FlowMetric  # noqa: E402
from ..models.flow_preview import FlowPreview  # noqa: E402
from ..models.flow_validation_error import FlowValidationError  # noqa: E402
from ..models.waba_health_status import WabaHealthStatus  # noqa: E402
