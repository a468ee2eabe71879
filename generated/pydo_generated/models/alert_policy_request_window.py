from enum import StrEnum


class AlertPolicyRequestWindow(StrEnum):
    VALUE_0 = "5m"
    VALUE_1 = "10m"
    VALUE_2 = "30m"
    VALUE_3 = "1h"

    def __str__(self) -> str:
        return str(self.value)
