from enum import StrEnum


class AlertUpdatablePeriod(StrEnum):
    VALUE_0 = "2m"
    VALUE_1 = "3m"
    VALUE_2 = "5m"
    VALUE_3 = "10m"
    VALUE_4 = "15m"
    VALUE_5 = "30m"
    VALUE_6 = "1h"

    def __str__(self) -> str:
        return str(self.value)
