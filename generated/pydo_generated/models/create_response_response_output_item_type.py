from enum import StrEnum


class CreateResponseResponseOutputItemType(StrEnum):
    FUNCTION_CALL = "function_call"
    MESSAGE = "message"
    REASONING = "reasoning"

    def __str__(self) -> str:
        return str(self.value)
