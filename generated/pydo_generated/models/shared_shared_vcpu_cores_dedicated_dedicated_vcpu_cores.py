from enum import StrEnum


class SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores(StrEnum):
    DEDICATED = "DEDICATED"
    SHARED = "SHARED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
