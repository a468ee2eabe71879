from enum import StrEnum


class VolumeActionPostBaseType(StrEnum):
    ATTACH = "attach"
    DETACH = "detach"
    RESIZE = "resize"

    def __str__(self) -> str:
        return str(self.value)
