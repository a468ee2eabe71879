from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disk_info import DiskInfo
    from ..models.gpu_info import GpuInfo


T = TypeVar("T", bound="Size")


@_attrs_define
class Size:
    """
    Attributes:
        slug (str): A human-readable string that is used to uniquely identify each size. Example: s-1vcpu-1gb.
        memory (int): The amount of RAM allocated to Droplets created of this size. The value is represented in
            megabytes. Example: 1024.
        vcpus (int): The number of CPUs allocated to Droplets of this size. Example: 1.
        disk (int): The amount of disk space set aside for Droplets of this size. The value is represented in gigabytes.
            Example: 25.
        transfer (float): The amount of transfer bandwidth that is available for Droplets created in this size. This
            only counts traffic on the public interface. The value is given in terabytes. Example: 1.
        price_monthly (float): This attribute describes the monthly cost of this Droplet size if the Droplet is kept for
            an entire month. The value is measured in US dollars. Example: 5.
        price_hourly (float): This describes the price of the Droplet size as measured hourly. The value is measured in
            US dollars. Example: 0.00743999984115362.
        regions (list[str]): An array containing the region slugs where this size is available for Droplet creates.
            Example: ['ams2', 'ams3', 'blr1', 'fra1', 'lon1', 'nyc1', 'nyc2', 'nyc3', 'sfo1', 'sfo2', 'sfo3', 'sgp1',
            'tor1'].
        available (bool): This is a boolean value that represents whether new Droplets can be created with this size.
            Default: True. Example: True.
        description (str): A string describing the class of Droplets created from this size. For example: Basic, General
            Purpose, CPU-Optimized, Memory-Optimized, or Storage-Optimized. Example: Basic.
        disk_info (list[DiskInfo] | Unset): An array of objects containing information about the disks available to
            Droplets created with this size.
        gpu_info (GpuInfo | Unset): An object containing information about the GPU capabilities of Droplets created with
            this size.
    """

    slug: str
    memory: int
    vcpus: int
    disk: int
    transfer: float
    price_monthly: float
    price_hourly: float
    regions: list[str]
    description: str
    available: bool = True
    disk_info: list[DiskInfo] | Unset = UNSET
    gpu_info: GpuInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        memory = self.memory

        vcpus = self.vcpus

        disk = self.disk

        transfer = self.transfer

        price_monthly = self.price_monthly

        price_hourly = self.price_hourly

        regions = self.regions

        available = self.available

        description = self.description

        disk_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disk_info, Unset):
            disk_info = []
            for disk_info_item_data in self.disk_info:
                disk_info_item = disk_info_item_data.to_dict()
                disk_info.append(disk_info_item)

        gpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_info, Unset):
            gpu_info = self.gpu_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "memory": memory,
                "vcpus": vcpus,
                "disk": disk,
                "transfer": transfer,
                "price_monthly": price_monthly,
                "price_hourly": price_hourly,
                "regions": regions,
                "available": available,
                "description": description,
            }
        )
        if disk_info is not UNSET:
            field_dict["disk_info"] = disk_info
        if gpu_info is not UNSET:
            field_dict["gpu_info"] = gpu_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.disk_info import DiskInfo
        from ..models.gpu_info import GpuInfo

        d = dict(src_dict)
        slug = d.pop("slug")

        memory = d.pop("memory")

        vcpus = d.pop("vcpus")

        disk = d.pop("disk")

        transfer = d.pop("transfer")

        price_monthly = d.pop("price_monthly")

        price_hourly = d.pop("price_hourly")

        regions = cast(list[str], d.pop("regions"))

        available = d.pop("available")

        description = d.pop("description")

        _disk_info = d.pop("disk_info", UNSET)
        disk_info: list[DiskInfo] | Unset = UNSET
        if _disk_info is not UNSET:
            disk_info = []
            for disk_info_item_data in _disk_info:
                disk_info_item = DiskInfo.from_dict(disk_info_item_data)

                disk_info.append(disk_info_item)

        _gpu_info = d.pop("gpu_info", UNSET)
        gpu_info: GpuInfo | Unset
        if isinstance(_gpu_info, Unset):
            gpu_info = UNSET
        else:
            gpu_info = GpuInfo.from_dict(_gpu_info)

        size = cls(
            slug=slug,
            memory=memory,
            vcpus=vcpus,
            disk=disk,
            transfer=transfer,
            price_monthly=price_monthly,
            price_hourly=price_hourly,
            regions=regions,
            available=available,
            description=description,
            disk_info=disk_info,
            gpu_info=gpu_info,
        )

        size.additional_properties = d
        return size

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
