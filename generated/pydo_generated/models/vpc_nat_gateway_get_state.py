from enum import StrEnum


class VpcNatGatewayGetState(StrEnum):
    ACTIVE = "ACTIVE"
    DELETING = "DELETING"
    ERROR = "ERROR"
    INVALID = "INVALID"
    NEW = "NEW"
    PROVISIONING = "PROVISIONING"

    def __str__(self) -> str:
        return str(self.value)
