from enum import StrEnum


class DedicatedInferenceSpecRegion(StrEnum):
    ATL1 = "atl1"
    NYC2 = "nyc2"
    TOR1 = "tor1"

    def __str__(self) -> str:
        return str(self.value)
