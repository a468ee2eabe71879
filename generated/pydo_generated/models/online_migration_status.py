from enum import StrEnum


class OnlineMigrationStatus(StrEnum):
    CANCELED = "canceled"
    DONE = "done"
    ERROR = "error"
    RUNNING = "running"
    SYNCING = "syncing"

    def __str__(self) -> str:
        return str(self.value)
