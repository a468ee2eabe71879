from enum import StrEnum


class ScanStatus(StrEnum):
    COMPLETED = "COMPLETED"
    CSPM_NOT_ENABLED = "CSPM_NOT_ENABLED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SCAN_NOT_RUN = "SCAN_NOT_RUN"

    def __str__(self) -> str:
        return str(self.value)
