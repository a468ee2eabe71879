from enum import StrEnum


class ChatCompletionToolCallChunkType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
