from enum import StrEnum


class NfsAction2ResourceType(StrEnum):
    SHARE = "SHARE"
    SNAPSHOT = "SNAPSHOT"

    def __str__(self) -> str:
        return str(self.value)
