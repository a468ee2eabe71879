from enum import StrEnum


class AppInstanceComponentType(StrEnum):
    JOB = "JOB"
    SERVICE = "SERVICE"
    WORKER = "WORKER"

    def __str__(self) -> str:
        return str(self.value)
