from enum import StrEnum


class SnapshotsListResourceType(StrEnum):
    DROPLET = "droplet"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
