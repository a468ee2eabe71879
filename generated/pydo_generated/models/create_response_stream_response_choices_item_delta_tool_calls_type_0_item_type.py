from enum import StrEnum


class CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
