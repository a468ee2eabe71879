from enum import StrEnum


class BatchCreateRequestCompletionWindow(StrEnum):
    VALUE_0 = "24h"

    def __str__(self) -> str:
        return str(self.value)
