from enum import StrEnum


class GenaiListCustomModelsStatus(StrEnum):
    STATUS_DELETED = "STATUS_DELETED"
    STATUS_FAILED = "STATUS_FAILED"
    STATUS_IMPORTING = "STATUS_IMPORTING"
    STATUS_READY = "STATUS_READY"
    STATUS_UNSPECIFIED = "STATUS_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
