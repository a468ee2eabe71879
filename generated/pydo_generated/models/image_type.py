from enum import StrEnum


class ImageType(StrEnum):
    ADMIN = "admin"
    BACKUP = "backup"
    BASE = "base"
    CUSTOM = "custom"
    SNAPSHOT = "snapshot"

    def __str__(self) -> str:
        return str(self.value)
