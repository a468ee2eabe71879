from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.load_balancer_base_algorithm import LoadBalancerBaseAlgorithm
from ..models.load_balancer_base_network import LoadBalancerBaseNetwork
from ..models.load_balancer_base_network_stack import LoadBalancerBaseNetworkStack
from ..models.load_balancer_base_size import LoadBalancerBaseSize
from ..models.load_balancer_base_status import LoadBalancerBaseStatus
from ..models.load_balancer_base_tls_cipher_policy import (
    LoadBalancerBaseTlsCipherPolicy,
)
from ..models.load_balancer_base_type import LoadBalancerBaseType
from ..models.region_slug import RegionSlug
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domains import Domains
    from ..models.forwarding_rule import ForwardingRule
    from ..models.glb_settings import GlbSettings
    from ..models.health_check import HealthCheck
    from ..models.lb_firewall import LbFirewall
    from ..models.sticky_sessions import StickySessions


T = TypeVar("T", bound="AssignDropletsByTag")


@_attrs_define
class AssignDropletsByTag:
    """
    Attributes:
        forwarding_rules (list[ForwardingRule]): An array of objects specifying the forwarding rules for a load
            balancer.
        tag (str): The name of a Droplet tag corresponding to Droplets assigned to the load balancer. Example: prod:web.
        region (RegionSlug): The slug identifier for the region where the resource will initially be  available.
            Example: nyc3.
        id (UUID | Unset): A unique ID that can be used to identify and reference a load balancer. Example:
            4de7ac8b-495b-4884-9a69-1050c6793cd6.
        name (str | Unset): A human-readable name for a load balancer instance. Example: example-lb-01.
        project_id (str | Unset): The ID of the project that the load balancer is associated with. If no ID is provided
            at creation, the load balancer associates with the user's default project. If an invalid project ID is provided,
            the load balancer will not be created. Example: 4de7ac8b-495b-4884-9a69-1050c6793cd6.
        ip (str | Unset): An attribute containing the public-facing IP address of the load balancer. Example:
            104.131.186.241.
        ipv6 (str | Unset): An attribute containing the public-facing IPv6 address of the load balancer. Example:
            2604:a880:800:14::85f5:c000.
        size_unit (int | Unset): How many nodes the load balancer contains. Each additional node increases the load
            balancer's ability to manage more connections. Load balancers can be scaled up or down, and you can change the
            number of nodes after creation up to once per hour. This field is currently not available in the AMS2, NYC2, or
            SFO1 regions. Use the `size` field to scale load balancers that reside in these regions. Default: 1. Example: 3.
        size (LoadBalancerBaseSize | Unset): This field has been replaced by the `size_unit` field for all regions
            except in AMS2, NYC2, and SFO1. Each available load balancer size now equates to the load balancer having a set
            number of nodes.
            * `lb-small` = 1 node
            * `lb-medium` = 3 nodes
            * `lb-large` = 6 nodes

            You can resize load balancers after creation up to once per hour. You cannot resize a load balancer within the
            first hour of its creation. Default: LoadBalancerBaseSize.LB_SMALL. Example: lb-small.
        algorithm (LoadBalancerBaseAlgorithm | Unset): This field has been deprecated. You can no longer specify an
            algorithm for load balancers. Default: LoadBalancerBaseAlgorithm.ROUND_ROBIN. Example: round_robin.
        status (LoadBalancerBaseStatus | Unset): A status string indicating the current state of the load balancer. This
            can be `new`, `active`, or `errored`. Example: new.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the load balancer was created. Example: 2017-02-01T22:22:58Z.
        health_check (HealthCheck | Unset): An object specifying health check settings for the load balancer.
        sticky_sessions (StickySessions | Unset): An object specifying sticky sessions settings for the load balancer.
        redirect_http_to_https (bool | Unset): A boolean value indicating whether HTTP requests to the load balancer on
            port 80 will be redirected to HTTPS on port 443. Default: False. Example: True.
        enable_proxy_protocol (bool | Unset): A boolean value indicating whether PROXY Protocol is in use. Default:
            False. Example: True.
        enable_backend_keepalive (bool | Unset): A boolean value indicating whether HTTP keepalive connections are
            maintained to target Droplets. Default: False. Example: True.
        http_idle_timeout_seconds (int | Unset): An integer value which configures the idle timeout for HTTP requests to
            the target droplets. Default: 60. Example: 90.
        vpc_uuid (UUID | Unset): A string specifying the UUID of the VPC to which the load balancer is assigned.
            Example: c33931f2-a26a-4e61-b85c-4e95a2ec431b.
        disable_lets_encrypt_dns_records (bool | Unset): A boolean value indicating whether to disable automatic DNS
            record creation for Let's Encrypt certificates that are added to the load balancer. Default: False. Example:
            True.
        firewall (LbFirewall | Unset): An object specifying allow and deny rules to control traffic to the load
            balancer.
        network (LoadBalancerBaseNetwork | Unset): A string indicating whether the load balancer should be external or
            internal. Internal load balancers have no public IPs and are only accessible to resources on the same VPC
            network. This property cannot be updated after creating the load balancer. Default:
            LoadBalancerBaseNetwork.EXTERNAL. Example: EXTERNAL.
        network_stack (LoadBalancerBaseNetworkStack | Unset): A string indicating whether the load balancer will support
            IPv4 or both IPv4 and IPv6 networking. This property cannot be updated after creating the load balancer.
            Default: LoadBalancerBaseNetworkStack.IPV4. Example: IPV4.
        type_ (LoadBalancerBaseType | Unset): A string indicating whether the load balancer should be a standard
            regional HTTP load balancer, a regional network load balancer that routes traffic at the TCP/UDP transport
            layer, or a global load balancer. Default: LoadBalancerBaseType.REGIONAL. Example: REGIONAL.
        domains (list[Domains] | Unset): An array of objects specifying the domain configurations for a Global load
            balancer.
        glb_settings (GlbSettings | Unset): An object specifying forwarding configurations for a Global load balancer.
        target_load_balancer_ids (list[str] | Unset): An array containing the UUIDs of the Regional load balancers to be
            used as target backends for a Global load balancer. Example: ['7dbf91fe-cbdb-48dc-8290-c3a181554905',
            '996fa239-fac3-42a2-b9a1-9fa822268b7a'].
        tls_cipher_policy (LoadBalancerBaseTlsCipherPolicy | Unset): A string indicating the policy for the TLS cipher
            suites used by the load balancer. The possible values are `DEFAULT` or `STRONG`. The default value is `DEFAULT`.
            Default: LoadBalancerBaseTlsCipherPolicy.DEFAULT. Example: STRONG.
    """

    forwarding_rules: list[ForwardingRule]
    tag: str
    region: RegionSlug
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    ip: str | Unset = UNSET
    ipv6: str | Unset = UNSET
    size_unit: int | Unset = 1
    size: LoadBalancerBaseSize | Unset = LoadBalancerBaseSize.LB_SMALL
    algorithm: LoadBalancerBaseAlgorithm | Unset = LoadBalancerBaseAlgorithm.ROUND_ROBIN
    status: LoadBalancerBaseStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    health_check: HealthCheck | Unset = UNSET
    sticky_sessions: StickySessions | Unset = UNSET
    redirect_http_to_https: bool | Unset = False
    enable_proxy_protocol: bool | Unset = False
    enable_backend_keepalive: bool | Unset = False
    http_idle_timeout_seconds: int | Unset = 60
    vpc_uuid: UUID | Unset = UNSET
    disable_lets_encrypt_dns_records: bool | Unset = False
    firewall: LbFirewall | Unset = UNSET
    network: LoadBalancerBaseNetwork | Unset = LoadBalancerBaseNetwork.EXTERNAL
    network_stack: LoadBalancerBaseNetworkStack | Unset = (
        LoadBalancerBaseNetworkStack.IPV4
    )
    type_: LoadBalancerBaseType | Unset = LoadBalancerBaseType.REGIONAL
    domains: list[Domains] | Unset = UNSET
    glb_settings: GlbSettings | Unset = UNSET
    target_load_balancer_ids: list[str] | Unset = UNSET
    tls_cipher_policy: LoadBalancerBaseTlsCipherPolicy | Unset = (
        LoadBalancerBaseTlsCipherPolicy.DEFAULT
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forwarding_rules = []
        for forwarding_rules_item_data in self.forwarding_rules:
            forwarding_rules_item = forwarding_rules_item_data.to_dict()
            forwarding_rules.append(forwarding_rules_item)

        tag = self.tag

        region = self.region.value

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        project_id = self.project_id

        ip = self.ip

        ipv6 = self.ipv6

        size_unit = self.size_unit

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        health_check: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_check, Unset):
            health_check = self.health_check.to_dict()

        sticky_sessions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sticky_sessions, Unset):
            sticky_sessions = self.sticky_sessions.to_dict()

        redirect_http_to_https = self.redirect_http_to_https

        enable_proxy_protocol = self.enable_proxy_protocol

        enable_backend_keepalive = self.enable_backend_keepalive

        http_idle_timeout_seconds = self.http_idle_timeout_seconds

        vpc_uuid: str | Unset = UNSET
        if not isinstance(self.vpc_uuid, Unset):
            vpc_uuid = str(self.vpc_uuid)

        disable_lets_encrypt_dns_records = self.disable_lets_encrypt_dns_records

        firewall: dict[str, Any] | Unset = UNSET
        if not isinstance(self.firewall, Unset):
            firewall = self.firewall.to_dict()

        network: str | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.value

        network_stack: str | Unset = UNSET
        if not isinstance(self.network_stack, Unset):
            network_stack = self.network_stack.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        glb_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.glb_settings, Unset):
            glb_settings = self.glb_settings.to_dict()

        target_load_balancer_ids: list[str] | Unset = UNSET
        if not isinstance(self.target_load_balancer_ids, Unset):
            target_load_balancer_ids = self.target_load_balancer_ids

        tls_cipher_policy: str | Unset = UNSET
        if not isinstance(self.tls_cipher_policy, Unset):
            tls_cipher_policy = self.tls_cipher_policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forwarding_rules": forwarding_rules,
                "tag": tag,
                "region": region,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if size_unit is not UNSET:
            field_dict["size_unit"] = size_unit
        if size is not UNSET:
            field_dict["size"] = size
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if health_check is not UNSET:
            field_dict["health_check"] = health_check
        if sticky_sessions is not UNSET:
            field_dict["sticky_sessions"] = sticky_sessions
        if redirect_http_to_https is not UNSET:
            field_dict["redirect_http_to_https"] = redirect_http_to_https
        if enable_proxy_protocol is not UNSET:
            field_dict["enable_proxy_protocol"] = enable_proxy_protocol
        if enable_backend_keepalive is not UNSET:
            field_dict["enable_backend_keepalive"] = enable_backend_keepalive
        if http_idle_timeout_seconds is not UNSET:
            field_dict["http_idle_timeout_seconds"] = http_idle_timeout_seconds
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if disable_lets_encrypt_dns_records is not UNSET:
            field_dict["disable_lets_encrypt_dns_records"] = (
                disable_lets_encrypt_dns_records
            )
        if firewall is not UNSET:
            field_dict["firewall"] = firewall
        if network is not UNSET:
            field_dict["network"] = network
        if network_stack is not UNSET:
            field_dict["network_stack"] = network_stack
        if type_ is not UNSET:
            field_dict["type"] = type_
        if domains is not UNSET:
            field_dict["domains"] = domains
        if glb_settings is not UNSET:
            field_dict["glb_settings"] = glb_settings
        if target_load_balancer_ids is not UNSET:
            field_dict["target_load_balancer_ids"] = target_load_balancer_ids
        if tls_cipher_policy is not UNSET:
            field_dict["tls_cipher_policy"] = tls_cipher_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domains import Domains
        from ..models.forwarding_rule import ForwardingRule
        from ..models.glb_settings import GlbSettings
        from ..models.health_check import HealthCheck
        from ..models.lb_firewall import LbFirewall
        from ..models.sticky_sessions import StickySessions

        d = dict(src_dict)
        forwarding_rules = []
        _forwarding_rules = d.pop("forwarding_rules")
        for forwarding_rules_item_data in _forwarding_rules:
            forwarding_rules_item = ForwardingRule.from_dict(forwarding_rules_item_data)

            forwarding_rules.append(forwarding_rules_item)

        tag = d.pop("tag")

        region = RegionSlug(d.pop("region"))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        project_id = d.pop("project_id", UNSET)

        ip = d.pop("ip", UNSET)

        ipv6 = d.pop("ipv6", UNSET)

        size_unit = d.pop("size_unit", UNSET)

        _size = d.pop("size", UNSET)
        size: LoadBalancerBaseSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = LoadBalancerBaseSize(_size)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: LoadBalancerBaseAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = LoadBalancerBaseAlgorithm(_algorithm)

        _status = d.pop("status", UNSET)
        status: LoadBalancerBaseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LoadBalancerBaseStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _health_check = d.pop("health_check", UNSET)
        health_check: HealthCheck | Unset
        if isinstance(_health_check, Unset):
            health_check = UNSET
        else:
            health_check = HealthCheck.from_dict(_health_check)

        _sticky_sessions = d.pop("sticky_sessions", UNSET)
        sticky_sessions: StickySessions | Unset
        if isinstance(_sticky_sessions, Unset):
            sticky_sessions = UNSET
        else:
            sticky_sessions = StickySessions.from_dict(_sticky_sessions)

        redirect_http_to_https = d.pop("redirect_http_to_https", UNSET)

        enable_proxy_protocol = d.pop("enable_proxy_protocol", UNSET)

        enable_backend_keepalive = d.pop("enable_backend_keepalive", UNSET)

        http_idle_timeout_seconds = d.pop("http_idle_timeout_seconds", UNSET)

        _vpc_uuid = d.pop("vpc_uuid", UNSET)
        vpc_uuid: UUID | Unset
        if isinstance(_vpc_uuid, Unset):
            vpc_uuid = UNSET
        else:
            vpc_uuid = UUID(_vpc_uuid)

        disable_lets_encrypt_dns_records = d.pop(
            "disable_lets_encrypt_dns_records", UNSET
        )

        _firewall = d.pop("firewall", UNSET)
        firewall: LbFirewall | Unset
        if isinstance(_firewall, Unset):
            firewall = UNSET
        else:
            firewall = LbFirewall.from_dict(_firewall)

        _network = d.pop("network", UNSET)
        network: LoadBalancerBaseNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = LoadBalancerBaseNetwork(_network)

        _network_stack = d.pop("network_stack", UNSET)
        network_stack: LoadBalancerBaseNetworkStack | Unset
        if isinstance(_network_stack, Unset):
            network_stack = UNSET
        else:
            network_stack = LoadBalancerBaseNetworkStack(_network_stack)

        _type_ = d.pop("type", UNSET)
        type_: LoadBalancerBaseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LoadBalancerBaseType(_type_)

        _domains = d.pop("domains", UNSET)
        domains: list[Domains] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = Domains.from_dict(domains_item_data)

                domains.append(domains_item)

        _glb_settings = d.pop("glb_settings", UNSET)
        glb_settings: GlbSettings | Unset
        if isinstance(_glb_settings, Unset):
            glb_settings = UNSET
        else:
            glb_settings = GlbSettings.from_dict(_glb_settings)

        target_load_balancer_ids = cast(
            list[str], d.pop("target_load_balancer_ids", UNSET)
        )

        _tls_cipher_policy = d.pop("tls_cipher_policy", UNSET)
        tls_cipher_policy: LoadBalancerBaseTlsCipherPolicy | Unset
        if isinstance(_tls_cipher_policy, Unset):
            tls_cipher_policy = UNSET
        else:
            tls_cipher_policy = LoadBalancerBaseTlsCipherPolicy(_tls_cipher_policy)

        assign_droplets_by_tag = cls(
            forwarding_rules=forwarding_rules,
            tag=tag,
            region=region,
            id=id,
            name=name,
            project_id=project_id,
            ip=ip,
            ipv6=ipv6,
            size_unit=size_unit,
            size=size,
            algorithm=algorithm,
            status=status,
            created_at=created_at,
            health_check=health_check,
            sticky_sessions=sticky_sessions,
            redirect_http_to_https=redirect_http_to_https,
            enable_proxy_protocol=enable_proxy_protocol,
            enable_backend_keepalive=enable_backend_keepalive,
            http_idle_timeout_seconds=http_idle_timeout_seconds,
            vpc_uuid=vpc_uuid,
            disable_lets_encrypt_dns_records=disable_lets_encrypt_dns_records,
            firewall=firewall,
            network=network,
            network_stack=network_stack,
            type_=type_,
            domains=domains,
            glb_settings=glb_settings,
            target_load_balancer_ids=target_load_balancer_ids,
            tls_cipher_policy=tls_cipher_policy,
        )

        assign_droplets_by_tag.additional_properties = d
        return assign_droplets_by_tag

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
