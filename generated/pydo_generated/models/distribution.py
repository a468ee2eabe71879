from enum import StrEnum


class Distribution(StrEnum):
    ARCH_LINUX = "Arch Linux"
    CENTOS = "CentOS"
    COREOS = "CoreOS"
    DEBIAN = "Debian"
    FEDORA = "Fedora"
    FEDORA_ATOMIC = "Fedora Atomic"
    FREEBSD = "FreeBSD"
    GENTOO = "Gentoo"
    OPENSUSE = "openSUSE"
    RANCHEROS = "RancherOS"
    ROCKY_LINUX = "Rocky Linux"
    UBUNTU = "Ubuntu"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
