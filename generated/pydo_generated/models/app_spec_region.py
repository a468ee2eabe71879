from enum import StrEnum


class AppSpecRegion(StrEnum):
    AMS = "ams"
    ATL = "atl"
    BLR = "blr"
    FRA = "fra"
    LON = "lon"
    NYC = "nyc"
    SFO = "sfo"
    SGP = "sgp"
    SYD = "syd"
    TOR = "tor"

    def __str__(self) -> str:
        return str(self.value)
