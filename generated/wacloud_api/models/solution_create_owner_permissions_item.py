from typing import Literal

SolutionCreateOwnerPermissionsItem = Literal["MESSAGING"]

SOLUTION_CREATE_OWNER_PERMISSIONS_ITEM_VALUES: set[SolutionCreateOwnerPermissionsItem] = {
    "MESSAGING",
}


def check_solution_create_owner_permissions_item(value: str) -> SolutionCreateOwnerPermissionsItem:
    if value in SOLUTION_CREATE_OWNER_PERMISSIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOLUTION_CREATE_OWNER_PERMISSIONS_ITEM_VALUES!r}")
