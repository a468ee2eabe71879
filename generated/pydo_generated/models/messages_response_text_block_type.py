from enum import StrEnum


class MessagesResponseTextBlockType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
