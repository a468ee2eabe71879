from enum import StrEnum


class AlertPolicyCompare(StrEnum):
    GREATERTHAN = "GreaterThan"
    LESSTHAN = "LessThan"

    def __str__(self) -> str:
        return str(self.value)
