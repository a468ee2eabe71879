from enum import StrEnum


class MessagesToolChoiceParamType1Type(StrEnum):
    ANY = "any"
    AUTO = "auto"
    TOOL = "tool"

    def __str__(self) -> str:
        return str(self.value)
