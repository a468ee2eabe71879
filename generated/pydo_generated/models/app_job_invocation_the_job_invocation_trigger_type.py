from enum import StrEnum


class AppJobInvocationTheJobInvocationTriggerType(StrEnum):
    MANUAL = "MANUAL"
    SCHEDULE = "SCHEDULE"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
