from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brazil_payment_setting_type import BrazilPaymentSettingType, check_brazil_payment_setting_type

T = TypeVar("T", bound="BrazilPaymentSetting")


@_attrs_define
class BrazilPaymentSetting:
    """One way to pay in Brazil: `pix_dynamic_code`, `payment_link` or `boleto`.

    Example:
        {'type': 'pix_dynamic_code', 'pix_dynamic_code': {'code': '00020101021226700014br.gov.bcb.pix', 'merchant_name':
            'Lucky Shrub', 'key': 39580525000189, 'key_type': 'CNPJ'}}

    """

    type_: BrazilPaymentSettingType
    """ The payment method. """
    pix_dynamic_code: PixDynamicCode | None = None
    """ A Pix "copia e cola" code. """
    payment_link: PaymentLink | None = None
    """ A link to a payment page. """
    boleto: Boleto | None = None
    """ A boleto bancário. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        pix_dynamic_code: dict[str, Any] | None = None
        if self.pix_dynamic_code is not None:
            pix_dynamic_code = self.pix_dynamic_code.to_dict()

        payment_link: dict[str, Any] | None = None
        if self.payment_link is not None:
            payment_link = self.payment_link.to_dict()

        boleto: dict[str, Any] | None = None
        if self.boleto is not None:
            boleto = self.boleto.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if pix_dynamic_code is not None:
            field_dict["pix_dynamic_code"] = pix_dynamic_code
        if payment_link is not None:
            field_dict["payment_link"] = payment_link
        if boleto is not None:
            field_dict["boleto"] = boleto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_brazil_payment_setting_type(d.pop("type"))

        _pix_dynamic_code = d.pop("pix_dynamic_code", None)
        pix_dynamic_code: PixDynamicCode | None
        if _pix_dynamic_code is None:
            pix_dynamic_code = None
        else:
            pix_dynamic_code = PixDynamicCode.from_dict(_pix_dynamic_code)

        _payment_link = d.pop("payment_link", None)
        payment_link: PaymentLink | None
        if _payment_link is None:
            payment_link = None
        else:
            payment_link = PaymentLink.from_dict(_payment_link)

        _boleto = d.pop("boleto", None)
        boleto: Boleto | None
        if _boleto is None:
            boleto = None
        else:
            boleto = Boleto.from_dict(_boleto)

        brazil_payment_setting = cls(
            type_=type_,
            pix_dynamic_code=pix_dynamic_code,
            payment_link=payment_link,
            boleto=boleto,
        )

        brazil_payment_setting.additional_properties = d
        return brazil_payment_setting

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
from ..models.boleto import Boleto  # noqa: E402
from ..models.payment_link import PaymentLink  # noqa: E402
from ..models.pix_dynamic_code import PixDynamicCode  # noqa: E402
