from enum import StrEnum


class CreateResponseStreamResponseChoicesItemDeltaRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
