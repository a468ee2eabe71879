from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.droplet_status import DropletStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disk_info import DiskInfo
    from ..models.droplet_image import DropletImage
    from ..models.droplet_networks import DropletNetworks
    from ..models.droplet_next_backup_window_type_0 import DropletNextBackupWindowType0
    from ..models.gpu_info import GpuInfo
    from ..models.kernel_type_0 import KernelType0
    from ..models.region import Region
    from ..models.size import Size


T = TypeVar("T", bound="Droplet")


@_attrs_define
class Droplet:
    """
    Attributes:
        id (int): A unique identifier for each Droplet instance. This is automatically generated upon Droplet creation.
            Example: 3164444.
        name (str): The human-readable name set for the Droplet instance. Example: example.com.
        memory (int): Memory of the Droplet in megabytes. Example: 1024.
        vcpus (int): The number of virtual CPUs. Example: 1.
        disk (int): The size of the Droplet's disk in gigabytes. Example: 25.
        locked (bool): A boolean value indicating whether the Droplet has been locked, preventing actions by users.
            Example: False.
        status (DropletStatus): A status string indicating the state of the Droplet instance. This may be "new",
            "active", "off", or "archive". Example: active.
        created_at (datetime.datetime): A time value given in ISO8601 combined date and time format that represents when
            the Droplet was created. Example: 2020-07-21T18:37:44Z.
        features (list[str]): An array of features enabled on this Droplet. Example: ['backups', 'private_networking',
            'ipv6'].
        backup_ids (list[int]): An array of backup IDs of any backups that have been taken of the Droplet instance.
            Droplet backups are enabled at the time of the instance creation.<br>Requires `image:read` scope. Example:
            [53893572].
        next_backup_window (DropletNextBackupWindowType0 | None):
        snapshot_ids (list[int]): An array of snapshot IDs of any snapshots created from the Droplet
            instance.<br>Requires `image:read` scope. Example: [67512819].
        image (DropletImage):
        volume_ids (list[str]): A flat array including the unique identifier for each Block Storage volume attached to
            the Droplet.<br>Requires `block_storage:read` scope. Example: ['506f78a4-e098-11e5-ad9f-000f53306ae1'].
        size (Size):
        size_slug (str): The unique slug identifier for the size of this Droplet. Example: s-1vcpu-1gb.
        networks (DropletNetworks): The details of the network that are configured for the Droplet instance.  This is an
            object that contains keys for IPv4 and IPv6.  The value of each of these is an array that contains objects
            describing an individual IP resource allocated to the Droplet.  These will define attributes like the IP
            address, netmask, and gateway of the specific network depending on the type of network it is.
        region (Region):
        tags (list[str]): An array of Tags the Droplet has been tagged with.<br>Requires `tag:read` scope. Example:
            ['web', 'env:prod'].
        disk_info (list[DiskInfo] | Unset): An array of objects containing information about the disks available to the
            Droplet.
        kernel (KernelType0 | None | Unset): **Note**: All Droplets created after March 2017 use internal kernels by
            default.
            These Droplets will have this attribute set to `null`.

            The current [kernel](https://docs.digitalocean.com/products/droplets/how-to/kernel/)
            for Droplets with externally managed kernels. This will initially be set to
            the kernel of the base image when the Droplet is created.
        vpc_uuid (str | Unset): A string specifying the UUID of the VPC to which the Droplet is assigned.<br>Requires
            `vpc:read` scope. Example: 760e09ef-dc84-11e8-981e-3cfdfeaae000.
        gpu_info (GpuInfo | Unset): An object containing information about the GPU capabilities of Droplets created with
            this size.
    """

    id: int
    name: str
    memory: int
    vcpus: int
    disk: int
    locked: bool
    status: DropletStatus
    created_at: datetime.datetime
    features: list[str]
    backup_ids: list[int]
    next_backup_window: DropletNextBackupWindowType0 | None
    snapshot_ids: list[int]
    image: DropletImage
    volume_ids: list[str]
    size: Size
    size_slug: str
    networks: DropletNetworks
    region: Region
    tags: list[str]
    disk_info: list[DiskInfo] | Unset = UNSET
    kernel: KernelType0 | None | Unset = UNSET
    vpc_uuid: str | Unset = UNSET
    gpu_info: GpuInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.droplet_next_backup_window_type_0 import (
            DropletNextBackupWindowType0,
        )
        from ..models.kernel_type_0 import KernelType0

        id = self.id

        name = self.name

        memory = self.memory

        vcpus = self.vcpus

        disk = self.disk

        locked = self.locked

        status = self.status.value

        created_at = self.created_at.isoformat()

        features = self.features

        backup_ids = self.backup_ids

        next_backup_window: dict[str, Any] | None
        if isinstance(self.next_backup_window, DropletNextBackupWindowType0):
            next_backup_window = self.next_backup_window.to_dict()
        else:
            next_backup_window = self.next_backup_window

        snapshot_ids = self.snapshot_ids

        image = self.image.to_dict()

        volume_ids = self.volume_ids

        size = self.size.to_dict()

        size_slug = self.size_slug

        networks = self.networks.to_dict()

        region = self.region.to_dict()

        tags = self.tags

        disk_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disk_info, Unset):
            disk_info = []
            for disk_info_item_data in self.disk_info:
                disk_info_item = disk_info_item_data.to_dict()
                disk_info.append(disk_info_item)

        kernel: dict[str, Any] | None | Unset
        if isinstance(self.kernel, Unset):
            kernel = UNSET
        elif isinstance(self.kernel, KernelType0):
            kernel = self.kernel.to_dict()
        else:
            kernel = self.kernel

        vpc_uuid = self.vpc_uuid

        gpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_info, Unset):
            gpu_info = self.gpu_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "memory": memory,
                "vcpus": vcpus,
                "disk": disk,
                "locked": locked,
                "status": status,
                "created_at": created_at,
                "features": features,
                "backup_ids": backup_ids,
                "next_backup_window": next_backup_window,
                "snapshot_ids": snapshot_ids,
                "image": image,
                "volume_ids": volume_ids,
                "size": size,
                "size_slug": size_slug,
                "networks": networks,
                "region": region,
                "tags": tags,
            }
        )
        if disk_info is not UNSET:
            field_dict["disk_info"] = disk_info
        if kernel is not UNSET:
            field_dict["kernel"] = kernel
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if gpu_info is not UNSET:
            field_dict["gpu_info"] = gpu_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.disk_info import DiskInfo
        from ..models.droplet_image import DropletImage
        from ..models.droplet_networks import DropletNetworks
        from ..models.droplet_next_backup_window_type_0 import (
            DropletNextBackupWindowType0,
        )
        from ..models.gpu_info import GpuInfo
        from ..models.kernel_type_0 import KernelType0
        from ..models.region import Region
        from ..models.size import Size

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        memory = d.pop("memory")

        vcpus = d.pop("vcpus")

        disk = d.pop("disk")

        locked = d.pop("locked")

        status = DropletStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        features = cast(list[str], d.pop("features"))

        backup_ids = cast(list[int], d.pop("backup_ids"))

        def _parse_next_backup_window(
            data: object,
        ) -> DropletNextBackupWindowType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasdroplet_next_backup_window_type_0 = (
                    DropletNextBackupWindowType0.from_dict(data)
                )

                return componentsschemasdroplet_next_backup_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DropletNextBackupWindowType0 | None, data)

        next_backup_window = _parse_next_backup_window(d.pop("next_backup_window"))

        snapshot_ids = cast(list[int], d.pop("snapshot_ids"))

        image = DropletImage.from_dict(d.pop("image"))

        volume_ids = cast(list[str], d.pop("volume_ids"))

        size = Size.from_dict(d.pop("size"))

        size_slug = d.pop("size_slug")

        networks = DropletNetworks.from_dict(d.pop("networks"))

        region = Region.from_dict(d.pop("region"))

        tags = cast(list[str], d.pop("tags"))

        _disk_info = d.pop("disk_info", UNSET)
        disk_info: list[DiskInfo] | Unset = UNSET
        if _disk_info is not UNSET:
            disk_info = []
            for disk_info_item_data in _disk_info:
                disk_info_item = DiskInfo.from_dict(disk_info_item_data)

                disk_info.append(disk_info_item)

        def _parse_kernel(data: object) -> KernelType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemaskernel_type_0 = KernelType0.from_dict(data)

                return componentsschemaskernel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KernelType0 | None | Unset, data)

        kernel = _parse_kernel(d.pop("kernel", UNSET))

        vpc_uuid = d.pop("vpc_uuid", UNSET)

        _gpu_info = d.pop("gpu_info", UNSET)
        gpu_info: GpuInfo | Unset
        if isinstance(_gpu_info, Unset):
            gpu_info = UNSET
        else:
            gpu_info = GpuInfo.from_dict(_gpu_info)

        droplet = cls(
            id=id,
            name=name,
            memory=memory,
            vcpus=vcpus,
            disk=disk,
            locked=locked,
            status=status,
            created_at=created_at,
            features=features,
            backup_ids=backup_ids,
            next_backup_window=next_backup_window,
            snapshot_ids=snapshot_ids,
            image=image,
            volume_ids=volume_ids,
            size=size,
            size_slug=size_slug,
            networks=networks,
            region=region,
            tags=tags,
            disk_info=disk_info,
            kernel=kernel,
            vpc_uuid=vpc_uuid,
            gpu_info=gpu_info,
        )

        droplet.additional_properties = d
        return droplet

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
