from enum import StrEnum


class EmbeddingDataItemObject(StrEnum):
    EMBEDDING = "embedding"

    def __str__(self) -> str:
        return str(self.value)
