from enum import StrEnum


class BatchListResponseObject(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
