from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    name: str | None = None
    """ Flow name, unique in the WhatsApp Business Account. """
    status: str | None = None
    """ `DRAFT`, `PUBLISHED`, `DEPRECATED`, `BLOCKED` or `THROTTLED` (open-ended). """
    categories: list[str] | None = None
    """ Categories: `SIGN_UP`, `SIGN_IN`, `APPOINTMENT_BOOKING`, `LEAD_GENERATION`, `CONTACT_US`,
    `CUSTOMER_SUPPORT`, `SURVEY`, `OTHER` (open-ended). """
    validation_errors: list[FlowValidationError] | None = None
    """ Errors of the current Flow JSON; empty when it is valid. """
    json_version: str | None = None
    """ Flow JSON version of the Flow, e.g. `6.0`. """
    data_api_version: str | None = None
    """ Data exchange API version used with the endpoint, e.g. `3.0`. """
    endpoint_uri: str | None = None
    """ URL of the Flow's data endpoint, if any. """
    data_channel_uri: str | None = None
    """ Former name of `endpoint_uri` (Flow JSON versions before 3.0). """
    preview: FlowPreview | None = None
    """ A web link that previews the Flow, valid until `expires_at`. """
    whatsapp_business_account: FlowBusinessAccount | None = None
    """ The WhatsApp Business Account that owns a Flow. """
    application: FlowApplication | None = None
    """ The Meta app connected to a Flow (its endpoint and encryption belong to this app). """
    health_status: WabaHealthStatus | None = None
    """ Whether the WABA and the entities above and below it can send messages. """
    metric: FlowMetric | None = None
    """ A Flow metric, requested as a field expansion (`metric.name(ENDPOINT_REQUEST_COUNT).granularity(DAY)`);
    Meta announced the Flows Metrics API's deprecation.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        categories: list[str] | None = None
        if self.categories is not None:
            categories = self.categories

        validation_errors: list[dict[str, Any]] | None = None
        if self.validation_errors is not None:
            validation_errors = [
                validation_errors_item_data.to_dict() for validation_errors_item_data in self.validation_errors
            ]

        json_version = self.json_version

        data_api_version = self.data_api_version

        endpoint_uri = self.endpoint_uri

        data_channel_uri = self.data_channel_uri

        preview: dict[str, Any] | None = None
        if self.preview is not None:
            preview = self.preview.to_dict()

        whatsapp_business_account: dict[str, Any] | None = None
        if self.whatsapp_business_account is not None:
            whatsapp_business_account = self.whatsapp_business_account.to_dict()

        application: dict[str, Any] | None = None
        if self.application is not None:
            application = self.application.to_dict()

        health_status: dict[str, Any] | None = None
        if self.health_status is not None:
            health_status = self.health_status.to_dict()

        metric: dict[str, Any] | None = None
        if self.metric is not None:
            metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        if categories is not None:
            field_dict["categories"] = categories
        if validation_errors is not None:
            field_dict["validation_errors"] = validation_errors
        if json_version is not None:
            field_dict["json_version"] = json_version
        if data_api_version is not None:
            field_dict["data_api_version"] = data_api_version
        if endpoint_uri is not None:
            field_dict["endpoint_uri"] = endpoint_uri
        if data_channel_uri is not None:
            field_dict["data_channel_uri"] = data_channel_uri
        if preview is not None:
            field_dict["preview"] = preview
        if whatsapp_business_account is not None:
            field_dict["whatsapp_business_account"] = whatsapp_business_account
        if application is not None:
            field_dict["application"] = application
        if health_status is not None:
            field_dict["health_status"] = health_status
        if metric is not None:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        status = d.pop("status", None)

        categories = cast(list[str], d.pop("categories", None))

        _validation_errors = d.pop("validation_errors", None)
        validation_errors: list[FlowValidationError] | None = None
        if _validation_errors is not None:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = FlowValidationError.from_dict(validation_errors_item_data)

                validation_errors.append(validation_errors_item)

        json_version = d.pop("json_version", None)

        data_api_version = d.pop("data_api_version", None)

        endpoint_uri = d.pop("endpoint_uri", None)

        data_channel_uri = d.pop("data_channel_uri", None)

        _preview = d.pop("preview", None)
        preview: FlowPreview | None
        if _preview is None:
            preview = None
        else:
            preview = FlowPreview.from_dict(_preview)

        _whatsapp_business_account = d.pop("whatsapp_business_account", None)
        whatsapp_business_account: FlowBusinessAccount | None
        if _whatsapp_business_account is None:
            whatsapp_business_account = None
        else:
            whatsapp_business_account = FlowBusinessAccount.from_dict(_whatsapp_business_account)

        _application = d.pop("application", None)
        application: FlowApplication | None
        if _application is None:
            application = None
        else:
            application = FlowApplication.from_dict(_application)

        _health_status = d.pop("health_status", None)
        health_status: WabaHealthStatus | None
        if _health_status is None:
            health_status = None
        else:
            health_status = WabaHealthStatus.from_dict(_health_status)

        _metric = d.pop("metric", None)
        metric: FlowMetric | None
        if _metric is None:
            metric = None
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
