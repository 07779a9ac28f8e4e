from typing import Literal

BusinessComplianceInfoUpdateEntityType = Literal[
    "LIMITED_LIABILITY_PARTNERSHIP", "OTHER", "PARTNERSHIP", "PRIVATE_COMPANY", "PUBLIC_COMPANY", "SOLE_PROPRIETORSHIP"
]

BUSINESS_COMPLIANCE_INFO_UPDATE_ENTITY_TYPE_VALUES: set[BusinessComplianceInfoUpdateEntityType] = {
    "LIMITED_LIABILITY_PARTNERSHIP",
    "OTHER",
    "PARTNERSHIP",
    "PRIVATE_COMPANY",
    "PUBLIC_COMPANY",
    "SOLE_PROPRIETORSHIP",
}


def check_business_compliance_info_update_entity_type(value: str) -> BusinessComplianceInfoUpdateEntityType:
    if value in BUSINESS_COMPLIANCE_INFO_UPDATE_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUSINESS_COMPLIANCE_INFO_UPDATE_ENTITY_TYPE_VALUES!r}"
    )
