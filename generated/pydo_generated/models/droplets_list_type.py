from enum import StrEnum


class DropletsListType(StrEnum):
    DROPLETS = "droplets"
    GPUS = "gpus"

    def __str__(self) -> str:
        return str(self.value)
