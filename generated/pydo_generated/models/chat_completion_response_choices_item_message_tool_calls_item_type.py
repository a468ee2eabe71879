from enum import StrEnum


class ChatCompletionResponseChoicesItemMessageToolCallsItemType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
