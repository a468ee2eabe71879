from enum import StrEnum


class AccessPointResponseStatus(StrEnum):
    ACCESS_POINT_ACTIVE = "ACCESS_POINT_ACTIVE"
    ACCESS_POINT_CREATING = "ACCESS_POINT_CREATING"
    ACCESS_POINT_DELETED = "ACCESS_POINT_DELETED"
    ACCESS_POINT_FAILED = "ACCESS_POINT_FAILED"

    def __str__(self) -> str:
        return str(self.value)
