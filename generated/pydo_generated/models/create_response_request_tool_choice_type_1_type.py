from enum import StrEnum


class CreateResponseRequestToolChoiceType1Type(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
