from enum import StrEnum


class MessagesRequestTextBlockParamType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
