from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autoscale_pool_droplet_template_region import (
    AutoscalePoolDropletTemplateRegion,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoscalePoolDropletTemplate")


@_attrs_define
class AutoscalePoolDropletTemplate:
    """
    Attributes:
        region (AutoscalePoolDropletTemplateRegion): The datacenter in which all of the Droplets will be created.
            Example: tor1.
        size (str): The Droplet size to be used for all Droplets in the autoscale pool. Example: c-2.
        image (str): The Droplet image to be used for all Droplets in the autoscale pool. You may specify the slug or
            the image ID. Example: ubuntu-20-04-x64.
        ssh_keys (list[str]): The SSH keys to be installed on the Droplets in the autoscale pool. You can either specify
            the key ID or the fingerprint.
            Requires `ssh_key:read` scope.
             Example: ['88:66:90:d2:68:d5:b5:85:e3:26:26:11:31:57:e6:f8'].
        name (str | Unset): The name(s) to be applied to all Droplets in the autoscale pool. Example: my-droplet-name.
        tags (list[str] | Unset): The tags to apply to each of the Droplets in the autoscale pool.
            Requires `tag:read` scope.
             Example: ['my-tag'].
        vpc_uuid (str | Unset): The VPC where the Droplets in the autoscale pool will be created. The VPC must be in the
            region where you want to create the Droplets.
            Requires `vpc:read` scope.
             Example: 760e09ef-dc84-11e8-981e-3cfdfeaae000.
        with_droplet_agent (bool | Unset): Installs the Droplet agent. This must be set to true to monitor Droplets for
            resource utilization scaling. Example: True.
        project_id (str | Unset): The project that the Droplets in the autoscale pool will belong to.
            Requires `project:read` scope.
             Example: 746c6152-2fa2-11ed-92d3-27aaa54e4988.
        ipv6 (bool | Unset): Assigns a unique IPv6 address to each of the Droplets in the autoscale pool. Example: True.
        user_data (str | Unset): A string containing user data that cloud-init consumes to configure a Droplet on first
            boot. User data is often a cloud-config file or Bash script. It must be plain text and may not exceed 64 KiB in
            size. Example: #cloud-config
            runcmd:
              - touch /test.txt
            .
        public_networking (bool | Unset): An optional boolean indicating whether the Droplets should be created with
            public networking or not. By default, all Droplets are created with public networking available. If explicitly
            set to `false`, only private networking will be enabled, and public networking will be disabled; currently this
            means that it will not have any public static or Reserved IPv4 or IPv6 address, nor can one be assigned later.
            If explicitly set to `false`, `ipv6` must also be `false`. Default: True. Example: True.
    """

    region: AutoscalePoolDropletTemplateRegion
    size: str
    image: str
    ssh_keys: list[str]
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    vpc_uuid: str | Unset = UNSET
    with_droplet_agent: bool | Unset = UNSET
    project_id: str | Unset = UNSET
    ipv6: bool | Unset = UNSET
    user_data: str | Unset = UNSET
    public_networking: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region.value

        size = self.size

        image = self.image

        ssh_keys = self.ssh_keys

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        vpc_uuid = self.vpc_uuid

        with_droplet_agent = self.with_droplet_agent

        project_id = self.project_id

        ipv6 = self.ipv6

        user_data = self.user_data

        public_networking = self.public_networking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "size": size,
                "image": image,
                "ssh_keys": ssh_keys,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if with_droplet_agent is not UNSET:
            field_dict["with_droplet_agent"] = with_droplet_agent
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if public_networking is not UNSET:
            field_dict["public_networking"] = public_networking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region = AutoscalePoolDropletTemplateRegion(d.pop("region"))

        size = d.pop("size")

        image = d.pop("image")

        ssh_keys = cast(list[str], d.pop("ssh_keys"))

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        vpc_uuid = d.pop("vpc_uuid", UNSET)

        with_droplet_agent = d.pop("with_droplet_agent", UNSET)

        project_id = d.pop("project_id", UNSET)

        ipv6 = d.pop("ipv6", UNSET)

        user_data = d.pop("user_data", UNSET)

        public_networking = d.pop("public_networking", UNSET)

        autoscale_pool_droplet_template = cls(
            region=region,
            size=size,
            image=image,
            ssh_keys=ssh_keys,
            name=name,
            tags=tags,
            vpc_uuid=vpc_uuid,
            with_droplet_agent=with_droplet_agent,
            project_id=project_id,
            ipv6=ipv6,
            user_data=user_data,
            public_networking=public_networking,
        )

        autoscale_pool_droplet_template.additional_properties = d
        return autoscale_pool_droplet_template

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
