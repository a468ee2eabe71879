from enum import StrEnum


class AppComponentInstanceBaseSizeSlug(StrEnum):
    APPS_D_1VCPU_0_5GB = "apps-d-1vcpu-0.5gb"
    APPS_D_1VCPU_1GB = "apps-d-1vcpu-1gb"
    APPS_D_1VCPU_2GB = "apps-d-1vcpu-2gb"
    APPS_D_1VCPU_4GB = "apps-d-1vcpu-4gb"
    APPS_D_2VCPU_4GB = "apps-d-2vcpu-4gb"
    APPS_D_2VCPU_8GB = "apps-d-2vcpu-8gb"
    APPS_D_4VCPU_16GB = "apps-d-4vcpu-16gb"
    APPS_D_4VCPU_8GB = "apps-d-4vcpu-8gb"
    APPS_D_8VCPU_32GB = "apps-d-8vcpu-32gb"
    APPS_S_1VCPU_0_5GB = "apps-s-1vcpu-0.5gb"
    APPS_S_1VCPU_1GB = "apps-s-1vcpu-1gb"
    APPS_S_1VCPU_1GB_FIXED = "apps-s-1vcpu-1gb-fixed"
    APPS_S_1VCPU_2GB = "apps-s-1vcpu-2gb"
    APPS_S_2VCPU_4GB = "apps-s-2vcpu-4gb"

    def __str__(self) -> str:
        return str(self.value)
