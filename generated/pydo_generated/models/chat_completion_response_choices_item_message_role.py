from enum import StrEnum


class ChatCompletionResponseChoicesItemMessageRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
