from enum import StrEnum


class EmbeddingsResponseObject(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
