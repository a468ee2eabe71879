from enum import StrEnum


class SourceRefAccessType(StrEnum):
    ACCESS_TYPE_GATED = "ACCESS_TYPE_GATED"
    ACCESS_TYPE_PRIVATE = "ACCESS_TYPE_PRIVATE"
    ACCESS_TYPE_PUBLIC = "ACCESS_TYPE_PUBLIC"
    ACCESS_TYPE_UNSPECIFIED = "ACCESS_TYPE_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
