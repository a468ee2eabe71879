from enum import StrEnum


class FirewallStatus(StrEnum):
    FAILED = "failed"
    SUCCEEDED = "succeeded"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
