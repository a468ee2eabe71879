from enum import StrEnum


class MessagesUsageSpeed(StrEnum):
    FAST = "fast"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
