from enum import IntEnum


class DropletBackupPolicyHour(IntEnum):
    VALUE_0 = 0
    VALUE_4 = 4
    VALUE_8 = 8
    VALUE_12 = 12
    VALUE_16 = 16
    VALUE_20 = 20

    def __str__(self) -> str:
        return str(self.value)
