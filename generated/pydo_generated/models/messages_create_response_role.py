from enum import StrEnum


class MessagesCreateResponseRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
