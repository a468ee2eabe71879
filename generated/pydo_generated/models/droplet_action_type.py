from enum import StrEnum


class DropletActionType(StrEnum):
    CHANGE_KERNEL = "change_kernel"
    DISABLE_BACKUPS = "disable_backups"
    ENABLE_BACKUPS = "enable_backups"
    ENABLE_IPV6 = "enable_ipv6"
    PASSWORD_RESET = "password_reset"
    POWER_CYCLE = "power_cycle"
    POWER_OFF = "power_off"
    POWER_ON = "power_on"
    REBOOT = "reboot"
    REBUILD = "rebuild"
    RENAME = "rename"
    RESIZE = "resize"
    RESTORE = "restore"
    SHUTDOWN = "shutdown"
    SNAPSHOT = "snapshot"

    def __str__(self) -> str:
        return str(self.value)
