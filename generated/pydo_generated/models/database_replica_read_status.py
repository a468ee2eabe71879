from enum import StrEnum


class DatabaseReplicaReadStatus(StrEnum):
    CREATING = "creating"
    FORKING = "forking"
    MIGRATING = "migrating"
    ONLINE = "online"
    RESIZING = "resizing"

    def __str__(self) -> str:
        return str(self.value)
