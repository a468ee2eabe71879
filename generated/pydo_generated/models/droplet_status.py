from enum import StrEnum


class DropletStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVE = "archive"
    NEW = "new"
    OFF = "off"

    def __str__(self) -> str:
        return str(self.value)
