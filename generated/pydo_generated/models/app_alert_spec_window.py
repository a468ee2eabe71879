from enum import StrEnum


class AppAlertSpecWindow(StrEnum):
    FIVE_MINUTES = "FIVE_MINUTES"
    ONE_HOUR = "ONE_HOUR"
    TEN_MINUTES = "TEN_MINUTES"
    THIRTY_MINUTES = "THIRTY_MINUTES"
    UNSPECIFIED_WINDOW = "UNSPECIFIED_WINDOW"

    def __str__(self) -> str:
        return str(self.value)
