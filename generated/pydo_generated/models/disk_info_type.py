from enum import StrEnum


class DiskInfoType(StrEnum):
    BOOT = "boot"
    LOCAL = "local"
    SCRATCH = "scratch"

    def __str__(self) -> str:
        return str(self.value)
