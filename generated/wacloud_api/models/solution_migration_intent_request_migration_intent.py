from typing import Literal

SolutionMigrationIntentRequestMigrationIntent = Literal[
    "CANCEL_MIGRATION", "CONFIRM_MIGRATION", "INITIATE_MIGRATION", "SCHEDULE_MIGRATION"
]

SOLUTION_MIGRATION_INTENT_REQUEST_MIGRATION_INTENT_VALUES: set[SolutionMigrationIntentRequestMigrationIntent] = {
    "CANCEL_MIGRATION",
    "CONFIRM_MIGRATION",
    "INITIATE_MIGRATION",
    "SCHEDULE_MIGRATION",
}


def check_solution_migration_intent_request_migration_intent(
    value: str,
) -> SolutionMigrationIntentRequestMigrationIntent:
    if value in SOLUTION_MIGRATION_INTENT_REQUEST_MIGRATION_INTENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOLUTION_MIGRATION_INTENT_REQUEST_MIGRATION_INTENT_VALUES!r}"
    )
