from enum import StrEnum


class CreateResponseResponseObject(StrEnum):
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
