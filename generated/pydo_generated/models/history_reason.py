from enum import StrEnum


class HistoryReason(StrEnum):
    CONFIGURATION_CHANGE = "CONFIGURATION_CHANGE"
    SCALE_DOWN = "SCALE_DOWN"
    SCALE_UP = "SCALE_UP"

    def __str__(self) -> str:
        return str(self.value)
