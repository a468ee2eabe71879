from enum import StrEnum


class CreateResponseRequestToolsType0ItemType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
