from typing import Literal

SolutionCreatePartnerPermissionsItem = Literal["MESSAGING"]

SOLUTION_CREATE_PARTNER_PERMISSIONS_ITEM_VALUES: set[SolutionCreatePartnerPermissionsItem] = {
    "MESSAGING",
}


def check_solution_create_partner_permissions_item(value: str) -> SolutionCreatePartnerPermissionsItem:
    if value in SOLUTION_CREATE_PARTNER_PERMISSIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOLUTION_CREATE_PARTNER_PERMISSIONS_ITEM_VALUES!r}")
