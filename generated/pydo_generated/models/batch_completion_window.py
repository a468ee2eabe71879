from enum import StrEnum


class BatchCompletionWindow(StrEnum):
    VALUE_0 = "24h"

    def __str__(self) -> str:
        return str(self.value)
