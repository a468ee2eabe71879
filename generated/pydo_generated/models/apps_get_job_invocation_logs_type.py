from enum import StrEnum


class AppsGetJobInvocationLogsType(StrEnum):
    JOB_INVOCATION = "JOB_INVOCATION"

    def __str__(self) -> str:
        return str(self.value)
