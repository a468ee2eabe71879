from enum import StrEnum


class DbaasClusterStatus(StrEnum):
    CREATING = "CREATING"
    DECOMMISSIONED = "DECOMMISSIONED"
    FORKING = "FORKING"
    MIGRATING = "MIGRATING"
    ONLINE = "ONLINE"
    POWERING_ON = "POWERING_ON"
    POWEROFF = "POWEROFF"
    REBALANCING = "REBALANCING"
    REBUILDING = "REBUILDING"
    RESIZING = "RESIZING"
    RESTORING = "RESTORING"
    UNHEALTHY = "UNHEALTHY"
    UPGRADING = "UPGRADING"

    def __str__(self) -> str:
        return str(self.value)
