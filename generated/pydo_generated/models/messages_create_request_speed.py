from enum import StrEnum


class MessagesCreateRequestSpeed(StrEnum):
    FAST = "fast"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
