from enum import StrEnum


class AppAlertProgressStepStatus(StrEnum):
    ERROR = "ERROR"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
