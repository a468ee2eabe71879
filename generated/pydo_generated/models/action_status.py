from enum import StrEnum


class ActionStatus(StrEnum):
    COMPLETED = "completed"
    ERRORED = "errored"
    IN_PROGRESS = "in-progress"

    def __str__(self) -> str:
        return str(self.value)
