from enum import StrEnum


class AppsDeploymentProgressStepStatus(StrEnum):
    ERROR = "ERROR"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
