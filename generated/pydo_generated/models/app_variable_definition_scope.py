from enum import StrEnum


class AppVariableDefinitionScope(StrEnum):
    BUILD_TIME = "BUILD_TIME"
    RUN_AND_BUILD_TIME = "RUN_AND_BUILD_TIME"
    RUN_TIME = "RUN_TIME"
    UNSET = "UNSET"

    def __str__(self) -> str:
        return str(self.value)
