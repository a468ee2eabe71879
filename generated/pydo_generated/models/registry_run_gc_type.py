from enum import StrEnum


class RegistryRunGcType(StrEnum):
    UNREFERENCED_BLOBS_ONLY = "unreferenced blobs only"
    UNTAGGED_MANIFESTS_AND_UNREFERENCED_BLOBS = (
        "untagged manifests and unreferenced blobs"
    )
    UNTAGGED_MANIFESTS_ONLY = "untagged manifests only"

    def __str__(self) -> str:
        return str(self.value)
