from enum import StrEnum


class MessagesStreamEventUsageSpeed(StrEnum):
    FAST = "fast"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
