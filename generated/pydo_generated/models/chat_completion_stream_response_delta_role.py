from enum import StrEnum


class ChatCompletionStreamResponseDeltaRole(StrEnum):
    ASSISTANT = "assistant"
    DEVELOPER = "developer"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
