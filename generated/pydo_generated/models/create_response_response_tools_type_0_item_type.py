from enum import StrEnum


class CreateResponseResponseToolsType0ItemType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
