from enum import StrEnum


class GenaiListModelEvaluationRunsSortDirection(StrEnum):
    SORT_DIRECTION_ASC = "SORT_DIRECTION_ASC"
    SORT_DIRECTION_DESC = "SORT_DIRECTION_DESC"
    SORT_DIRECTION_UNSPECIFIED = "SORT_DIRECTION_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
