from enum import StrEnum


class AddonsFeatureUnit(StrEnum):
    BYTE = "byte"
    BYTE_SECOND = "byte_second"
    COUNT = "count"
    GB = "GB"
    GIB = "GIB"
    UNIT_UNKNOWN = "unit_unknown"

    def __str__(self) -> str:
        return str(self.value)
