from enum import StrEnum


class MessagesImageBlockParamType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
