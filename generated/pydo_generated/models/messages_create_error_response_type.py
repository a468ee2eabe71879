from enum import StrEnum


class MessagesCreateErrorResponseType(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
