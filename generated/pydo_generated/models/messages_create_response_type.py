from enum import StrEnum


class MessagesCreateResponseType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
