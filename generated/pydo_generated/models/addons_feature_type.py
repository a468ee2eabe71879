from enum import StrEnum


class AddonsFeatureType(StrEnum):
    ALLOWANCE = "allowance"
    BOOLEAN = "boolean"
    STRING = "string"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
