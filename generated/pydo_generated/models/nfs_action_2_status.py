from enum import StrEnum


class NfsAction2Status(StrEnum):
    ACTION_FAILED = "ACTION_FAILED"
    COMPLETED = "COMPLETED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
