from enum import StrEnum


class DatabaseClusterStatus(StrEnum):
    CREATING = "creating"
    FORKING = "forking"
    MIGRATING = "migrating"
    ONLINE = "online"
    RESIZING = "resizing"

    def __str__(self) -> str:
        return str(self.value)
