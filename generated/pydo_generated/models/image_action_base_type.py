from enum import StrEnum


class ImageActionBaseType(StrEnum):
    CONVERT = "convert"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
