from enum import StrEnum


class AppVariableDefinitionType(StrEnum):
    GENERAL = "GENERAL"
    SECRET = "SECRET"

    def __str__(self) -> str:
        return str(self.value)
