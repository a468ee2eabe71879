from enum import StrEnum


class ImagesListType(StrEnum):
    APPLICATION = "application"
    DISTRIBUTION = "distribution"

    def __str__(self) -> str:
        return str(self.value)
