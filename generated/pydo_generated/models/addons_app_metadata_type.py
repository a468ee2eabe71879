from enum import StrEnum


class AddonsAppMetadataType(StrEnum):
    BOOLEAN = "boolean"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
