from enum import StrEnum


class AppAlertSpecOperator(StrEnum):
    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"
    UNSPECIFIED_OPERATOR = "UNSPECIFIED_OPERATOR"

    def __str__(self) -> str:
        return str(self.value)
