from enum import StrEnum


class GarbageCollectionStatus(StrEnum):
    CANCELLED = "cancelled"
    CANCELLING = "cancelling"
    DELETING_UNREFERENCED_BLOBS = "deleting unreferenced blobs"
    FAILED = "failed"
    REQUESTED = "requested"
    SCANNING_MANIFESTS = "scanning manifests"
    SUCCEEDED = "succeeded"
    WAITING_FOR_WRITE_JWTS_TO_EXPIRE = "waiting for write JWTs to expire"

    def __str__(self) -> str:
        return str(self.value)
