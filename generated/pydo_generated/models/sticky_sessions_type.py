from enum import StrEnum


class StickySessionsType(StrEnum):
    COOKIES = "cookies"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
