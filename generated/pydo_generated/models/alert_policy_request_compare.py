from enum import StrEnum


class AlertPolicyRequestCompare(StrEnum):
    GREATERTHAN = "GreaterThan"
    LESSTHAN = "LessThan"

    def __str__(self) -> str:
        return str(self.value)
