from enum import StrEnum


class DatabaseClusterReadStatus(StrEnum):
    CREATING = "creating"
    FORKING = "forking"
    MIGRATING = "migrating"
    ONLINE = "online"
    RESIZING = "resizing"

    def __str__(self) -> str:
        return str(self.value)
