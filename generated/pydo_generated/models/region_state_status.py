from enum import StrEnum


class RegionStateStatus(StrEnum):
    CHECKING = "CHECKING"
    DOWN = "DOWN"
    UP = "UP"

    def __str__(self) -> str:
        return str(self.value)
