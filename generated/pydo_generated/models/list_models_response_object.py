from enum import StrEnum


class ListModelsResponseObject(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
