from enum import StrEnum


class DropletSnapshotType(StrEnum):
    BACKUP = "backup"
    SNAPSHOT = "snapshot"

    def __str__(self) -> str:
        return str(self.value)
