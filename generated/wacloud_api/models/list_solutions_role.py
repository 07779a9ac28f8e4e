from typing import Literal

ListSolutionsRole = Literal["OWNER", "PARTNER"]

LIST_SOLUTIONS_ROLE_VALUES: set[ListSolutionsRole] = {
    "OWNER",
    "PARTNER",
}


def check_list_solutions_role(value: str) -> ListSolutionsRole:
    if value in LIST_SOLUTIONS_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SOLUTIONS_ROLE_VALUES!r}")
