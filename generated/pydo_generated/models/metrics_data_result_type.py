from enum import StrEnum


class MetricsDataResultType(StrEnum):
    MATRIX = "matrix"

    def __str__(self) -> str:
        return str(self.value)
