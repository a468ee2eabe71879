from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet_create_backup_policy import DropletCreateBackupPolicy


T = TypeVar("T", bound="SingleDropletRequest")


@_attrs_define
class SingleDropletRequest:
    """
    Attributes:
        size (str): The slug identifier for the size that you wish to select for this Droplet. Example: s-1vcpu-1gb.
        image (int | str): The image ID of a public or private image or the slug identifier for a public image. This
            image will be the base image for your Droplet.<br>Requires `image:read` scope. Example: ubuntu-20-04-x64.
        name (str): The human-readable string you wish to use when displaying the Droplet name. The name, if set to a
            domain name managed in the DigitalOcean DNS management system, will configure a PTR record for the Droplet. The
            name set during creation will also determine the hostname for the Droplet in its internal configuration.
            Example: example.com.
        region (str | Unset): The slug identifier for the region that you wish to deploy the Droplet in. If the specific
            datacenter is not not important, a slug prefix (e.g. `nyc`) can be used to deploy the Droplet in any of the that
            region's locations (`nyc1`, `nyc2`, or `nyc3`). If the region is omitted from the create request completely, the
            Droplet may deploy in any region. Example: nyc3.
        ssh_keys (list[int | str] | Unset): An array containing the IDs or fingerprints of the SSH keys that you wish to
            embed in the Droplet's root account upon creation. You must add the keys to your team before they can be
            embedded on a Droplet.<br>Requires `ssh_key:read` scope. Example: [289794,
            '3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45'].
        backups (bool | Unset): A boolean indicating whether automated backups should be enabled for the Droplet.
            Default: False. Example: True.
        backup_policy (DropletCreateBackupPolicy | Unset):
        ipv6 (bool | Unset): A boolean indicating whether to enable IPv6 on the Droplet. Default: False. Example: True.
        monitoring (bool | Unset): A boolean indicating whether to install the DigitalOcean agent for monitoring.
            Default: False. Example: True.
        tags (list[str] | None | Unset): A flat array of tag names as strings to apply to the Droplet after it is
            created. Tag names can either be existing or new tags.<br>Requires `tag:create` scope. Example: ['env:prod',
            'web'].
        user_data (str | Unset): A string containing 'user data' which may be used to configure the Droplet on first
            boot, often a 'cloud-config' file or Bash script. It must be plain text and may not exceed 64 KiB in size.
            Example: #cloud-config
            runcmd:
              - touch /test.txt
            .
        private_networking (bool | Unset): This parameter has been deprecated. Use `vpc_uuid` instead to specify a VPC
            network for the Droplet. If no `vpc_uuid` is provided, the Droplet will be placed in your account's default VPC
            for the region. Default: False. Example: True.
        volumes (list[str] | Unset): An array of IDs for block storage volumes that will be attached to the Droplet once
            created. The volumes must not already be attached to an existing Droplet.<br>Requires `block_storage:read`
            scpoe. Example: ['12e97116-7280-11ed-b3d0-0a58ac146812'].
        vpc_uuid (str | Unset): A string specifying the UUID of the VPC to which the Droplet will be assigned. If
            excluded, the Droplet will be assigned to your account's default VPC for the region.<br>Requires `vpc:read`
            scope. Example: 760e09ef-dc84-11e8-981e-3cfdfeaae000.
        with_droplet_agent (bool | Unset): A boolean indicating whether to install the DigitalOcean agent used for
            providing access to the Droplet web console in the control panel. By default, the agent is installed on new
            Droplets but installation errors (i.e. OS not supported) are ignored. To prevent it from being installed, set to
            `false`. To make installation errors fatal, explicitly set it to `true`. Example: True.
        public_networking (bool | Unset): An optional boolean indicating whether this Droplet should be created with
            public networking or not. By default, all Droplets are created with public networking available. If explicitly
            set to `false`, only private networking will be enabled, and public networking will be disabled; currently this
            means that it will not have any public static or Reserved IPv4 or IPv6 address, nor can one be assigned later.
            If explicitly set to `false`, `ipv6` must also be `false`. Default: True. Example: True.
    """

    size: str
    image: int | str
    name: str
    region: str | Unset = UNSET
    ssh_keys: list[int | str] | Unset = UNSET
    backups: bool | Unset = False
    backup_policy: DropletCreateBackupPolicy | Unset = UNSET
    ipv6: bool | Unset = False
    monitoring: bool | Unset = False
    tags: list[str] | None | Unset = UNSET
    user_data: str | Unset = UNSET
    private_networking: bool | Unset = False
    volumes: list[str] | Unset = UNSET
    vpc_uuid: str | Unset = UNSET
    with_droplet_agent: bool | Unset = UNSET
    public_networking: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        image: int | str
        image = self.image

        name = self.name

        region = self.region

        ssh_keys: list[int | str] | Unset = UNSET
        if not isinstance(self.ssh_keys, Unset):
            ssh_keys = []
            for ssh_keys_item_data in self.ssh_keys:
                ssh_keys_item: int | str
                ssh_keys_item = ssh_keys_item_data
                ssh_keys.append(ssh_keys_item)

        backups = self.backups

        backup_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_policy, Unset):
            backup_policy = self.backup_policy.to_dict()

        ipv6 = self.ipv6

        monitoring = self.monitoring

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        user_data = self.user_data

        private_networking = self.private_networking

        volumes: list[str] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes

        vpc_uuid = self.vpc_uuid

        with_droplet_agent = self.with_droplet_agent

        public_networking = self.public_networking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size": size,
                "image": image,
                "name": name,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if ssh_keys is not UNSET:
            field_dict["ssh_keys"] = ssh_keys
        if backups is not UNSET:
            field_dict["backups"] = backups
        if backup_policy is not UNSET:
            field_dict["backup_policy"] = backup_policy
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if monitoring is not UNSET:
            field_dict["monitoring"] = monitoring
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if private_networking is not UNSET:
            field_dict["private_networking"] = private_networking
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if with_droplet_agent is not UNSET:
            field_dict["with_droplet_agent"] = with_droplet_agent
        if public_networking is not UNSET:
            field_dict["public_networking"] = public_networking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet_create_backup_policy import DropletCreateBackupPolicy

        d = dict(src_dict)
        size = d.pop("size")

        def _parse_image(data: object) -> int | str:
            return cast(int | str, data)

        image = _parse_image(d.pop("image"))

        name = d.pop("name")

        region = d.pop("region", UNSET)

        _ssh_keys = d.pop("ssh_keys", UNSET)
        ssh_keys: list[int | str] | Unset = UNSET
        if _ssh_keys is not UNSET:
            ssh_keys = []
            for ssh_keys_item_data in _ssh_keys:

                def _parse_ssh_keys_item(data: object) -> int | str:
                    return cast(int | str, data)

                ssh_keys_item = _parse_ssh_keys_item(ssh_keys_item_data)

                ssh_keys.append(ssh_keys_item)

        backups = d.pop("backups", UNSET)

        _backup_policy = d.pop("backup_policy", UNSET)
        backup_policy: DropletCreateBackupPolicy | Unset
        if isinstance(_backup_policy, Unset):
            backup_policy = UNSET
        else:
            backup_policy = DropletCreateBackupPolicy.from_dict(_backup_policy)

        ipv6 = d.pop("ipv6", UNSET)

        monitoring = d.pop("monitoring", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        user_data = d.pop("user_data", UNSET)

        private_networking = d.pop("private_networking", UNSET)

        volumes = cast(list[str], d.pop("volumes", UNSET))

        vpc_uuid = d.pop("vpc_uuid", UNSET)

        with_droplet_agent = d.pop("with_droplet_agent", UNSET)

        public_networking = d.pop("public_networking", UNSET)

        single_droplet_request = cls(
            size=size,
            image=image,
            name=name,
            region=region,
            ssh_keys=ssh_keys,
            backups=backups,
            backup_policy=backup_policy,
            ipv6=ipv6,
            monitoring=monitoring,
            tags=tags,
            user_data=user_data,
            private_networking=private_networking,
            volumes=volumes,
            vpc_uuid=vpc_uuid,
            with_droplet_agent=with_droplet_agent,
            public_networking=public_networking,
        )

        single_droplet_request.additional_properties = d
        return single_droplet_request

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
