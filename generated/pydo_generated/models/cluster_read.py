from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amd_gpu_device_metrics_exporter_plugin_type_0 import (
        AmdGpuDeviceMetricsExporterPluginType0,
    )
    from ..models.amd_gpu_device_plugin_type_0 import AmdGpuDevicePluginType0
    from ..models.cluster_autoscaler_configuration_type_0 import (
        ClusterAutoscalerConfigurationType0,
    )
    from ..models.cluster_read_status import ClusterReadStatus
    from ..models.control_plane_firewall_type_0 import ControlPlaneFirewallType0
    from ..models.coredns_autoscaler_type_0 import CorednsAutoscalerType0
    from ..models.kubernetes_node_pool import KubernetesNodePool
    from ..models.maintenance_policy_type_0 import MaintenancePolicyType0
    from ..models.nvidia_gpu_device_plugin_type_0 import NvidiaGpuDevicePluginType0
    from ..models.p2_p_oci_registry_plugin_type_0 import P2pOciRegistryPluginType0
    from ..models.rdma_shared_dev_plugin_type_0 import RdmaSharedDevPluginType0
    from ..models.routing_agent_type_0 import RoutingAgentType0
    from ..models.sso_type_0 import SsoType0


T = TypeVar("T", bound="ClusterRead")


@_attrs_define
class ClusterRead:
    """
    Attributes:
        name (str): A human-readable name for a Kubernetes cluster. Example: prod-cluster-01.
        region (str): The slug identifier for the region where the Kubernetes cluster is located. Example: nyc1.
        version (str): The slug identifier for the version of Kubernetes used for the cluster. If set to a minor version
            (e.g. "1.14"), the latest version within it will be used (e.g. "1.14.6-do.1"); if set to "latest", the latest
            published version will be used. See the `/v2/kubernetes/options` endpoint to find all currently available
            versions. Example: 1.18.6-do.0.
        node_pools (list[KubernetesNodePool]): An object specifying the details of the worker nodes available to the
            Kubernetes cluster.
        id (UUID | Unset): A unique ID that can be used to identify and reference a Kubernetes cluster. Example:
            bd5f5959-5e1e-4205-a714-a914373942af.
        cluster_subnet (str | Unset): The range of IP addresses for the overlay network of the Kubernetes cluster in
            CIDR notation. Example: 192.168.0.0/20.
        service_subnet (str | Unset): The range of assignable IP addresses for services running in the Kubernetes
            cluster in CIDR notation. Example: 192.168.16.0/24.
        vpc_uuid (UUID | Unset): A string specifying the UUID of the VPC to which the Kubernetes cluster is
            assigned.<br><br>Requires `vpc:read` scope. Example: c33931f2-a26a-4e61-b85c-4e95a2ec431b.
        worker_subnet_uuid (UUID | Unset): The UUID of the VPC subnet worker nodes are attached to. When unset, the
            default subnet for the VPC is used.<br><br>Requires `vpc:read` scope.
             Example: cbd79771-23eb-49be-b5ea-59cc56222622.
        ipv4 (str | Unset): The public IPv4 address of the Kubernetes master node. This will not be set if high
            availability is configured on the cluster (v1.21+) Example: 68.183.121.157.
        endpoint (str | Unset): The base URL of the API server on the Kubernetes master node. Example:
            https://bd5f5959-5e1e-4205-a714-a914373942af.k8s.ondigitalocean.com.
        tags (list[str] | Unset): An array of tags applied to the Kubernetes cluster. All clusters are automatically
            tagged `k8s` and `k8s:$K8S_CLUSTER_ID`. <br><br>Requires `tag:read` scope. Example: ['k8s',
            'k8s:bd5f5959-5e1e-4205-a714-a914373942af', 'production', 'web-team'].
        maintenance_policy (MaintenancePolicyType0 | None | Unset): An object specifying the maintenance window policy
            for the Kubernetes cluster.
        auto_upgrade (bool | Unset): A boolean value indicating whether the cluster will be automatically upgraded to
            new patch releases during its maintenance window. Default: False. Example: True.
        isolated_workers (bool | Unset): A boolean value indicating whether worker nodes in the cluster are not assigned
            public IP addresses. When omitted on create, the default value is false. When enabled, a NAT gateway must exist
            in the VPC where the cluster is created. Default: False. Example: False.
        status (ClusterReadStatus | Unset): An object containing a `state` attribute whose value is set to a string
            indicating the current status of the cluster.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the Kubernetes cluster was created. Example: 2018-11-15T16:00:11Z.
        updated_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the Kubernetes cluster was last updated. Example: 2018-11-15T16:00:11Z.
        surge_upgrade (bool | Unset): A boolean value indicating whether surge upgrade is enabled/disabled for the
            cluster. Surge upgrade makes cluster upgrades fast and reliable by bringing up new nodes before destroying the
            outdated nodes. Default: False. Example: True.
        ha (bool | Unset): A boolean value indicating whether the control plane is run in a highly available
            configuration in the cluster. Highly available control planes incur less downtime. The property cannot be
            disabled. When omitted on create, the default is version-dependent; for DOKS 1.36.0 and later, the default is
            true; for earlier versions, the default is false. Default: False. Example: True.
        registry_enabled (bool | Unset): A read-only boolean value indicating if a container registry is integrated with
            the cluster. Example: True.
        registries (list[str] | None | Unset): An array of integrated DOCR registries. Example: ['registry-a',
            'registry-b'].
        control_plane_firewall (ControlPlaneFirewallType0 | None | Unset): An object specifying the control plane
            firewall for the Kubernetes cluster. Control plane firewall is in early availability (invite only).
        cluster_autoscaler_configuration (ClusterAutoscalerConfigurationType0 | None | Unset): An object specifying
            custom cluster autoscaler configuration.
        sso (None | SsoType0 | Unset): An object specifying Single Sign-On (SSO) configuration for the Kubernetes
            cluster.
        routing_agent (None | RoutingAgentType0 | Unset): An object specifying whether the routing-agent component
            should be enabled for the Kubernetes cluster.
        amd_gpu_device_plugin (AmdGpuDevicePluginType0 | None | Unset): An object specifying whether the AMD GPU Device
            Plugin should be enabled in the Kubernetes cluster. It's enabled by default for clusters with an AMD GPU node
            pool.
        amd_gpu_device_metrics_exporter_plugin (AmdGpuDeviceMetricsExporterPluginType0 | None | Unset): An object
            specifying whether the AMD Device Metrics Exporter should be enabled in the Kubernetes cluster.
        nvidia_gpu_device_plugin (None | NvidiaGpuDevicePluginType0 | Unset): An object specifying whether the Nvidia
            GPU Device Plugin should be enabled in the Kubernetes cluster. It's enabled by default for clusters with an
            Nvidia GPU node pool.
        rdma_shared_dev_plugin (None | RdmaSharedDevPluginType0 | Unset): An object specifying whether the RDMA shared
            device plugin should be enabled in the Kubernetes cluster.
        coredns_autoscaler (CorednsAutoscalerType0 | None | Unset): An object specifying whether the Cluster
            Proportional Autoscaler (CPA) add-on for CoreDNS should be enabled for the Kubernetes cluster.
        p2p_oci_registry_plugin (None | P2pOciRegistryPluginType0 | Unset): An object specifying whether the Peer-to-
            peer OCI registry component should be enabled for the Kubernetes cluster.
    """

    name: str
    region: str
    version: str
    node_pools: list[KubernetesNodePool]
    id: UUID | Unset = UNSET
    cluster_subnet: str | Unset = UNSET
    service_subnet: str | Unset = UNSET
    vpc_uuid: UUID | Unset = UNSET
    worker_subnet_uuid: UUID | Unset = UNSET
    ipv4: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    maintenance_policy: MaintenancePolicyType0 | None | Unset = UNSET
    auto_upgrade: bool | Unset = False
    isolated_workers: bool | Unset = False
    status: ClusterReadStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    surge_upgrade: bool | Unset = False
    ha: bool | Unset = False
    registry_enabled: bool | Unset = UNSET
    registries: list[str] | None | Unset = UNSET
    control_plane_firewall: ControlPlaneFirewallType0 | None | Unset = UNSET
    cluster_autoscaler_configuration: (
        ClusterAutoscalerConfigurationType0 | None | Unset
    ) = UNSET
    sso: None | SsoType0 | Unset = UNSET
    routing_agent: None | RoutingAgentType0 | Unset = UNSET
    amd_gpu_device_plugin: AmdGpuDevicePluginType0 | None | Unset = UNSET
    amd_gpu_device_metrics_exporter_plugin: (
        AmdGpuDeviceMetricsExporterPluginType0 | None | Unset
    ) = UNSET
    nvidia_gpu_device_plugin: None | NvidiaGpuDevicePluginType0 | Unset = UNSET
    rdma_shared_dev_plugin: None | RdmaSharedDevPluginType0 | Unset = UNSET
    coredns_autoscaler: CorednsAutoscalerType0 | None | Unset = UNSET
    p2p_oci_registry_plugin: None | P2pOciRegistryPluginType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amd_gpu_device_metrics_exporter_plugin_type_0 import (
            AmdGpuDeviceMetricsExporterPluginType0,
        )
        from ..models.amd_gpu_device_plugin_type_0 import AmdGpuDevicePluginType0
        from ..models.cluster_autoscaler_configuration_type_0 import (
            ClusterAutoscalerConfigurationType0,
        )
        from ..models.control_plane_firewall_type_0 import ControlPlaneFirewallType0
        from ..models.coredns_autoscaler_type_0 import CorednsAutoscalerType0
        from ..models.maintenance_policy_type_0 import MaintenancePolicyType0
        from ..models.nvidia_gpu_device_plugin_type_0 import NvidiaGpuDevicePluginType0
        from ..models.p2_p_oci_registry_plugin_type_0 import P2pOciRegistryPluginType0
        from ..models.rdma_shared_dev_plugin_type_0 import RdmaSharedDevPluginType0
        from ..models.routing_agent_type_0 import RoutingAgentType0
        from ..models.sso_type_0 import SsoType0

        name = self.name

        region = self.region

        version = self.version

        node_pools = []
        for node_pools_item_data in self.node_pools:
            node_pools_item = node_pools_item_data.to_dict()
            node_pools.append(node_pools_item)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        cluster_subnet = self.cluster_subnet

        service_subnet = self.service_subnet

        vpc_uuid: str | Unset = UNSET
        if not isinstance(self.vpc_uuid, Unset):
            vpc_uuid = str(self.vpc_uuid)

        worker_subnet_uuid: str | Unset = UNSET
        if not isinstance(self.worker_subnet_uuid, Unset):
            worker_subnet_uuid = str(self.worker_subnet_uuid)

        ipv4 = self.ipv4

        endpoint = self.endpoint

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        maintenance_policy: dict[str, Any] | None | Unset
        if isinstance(self.maintenance_policy, Unset):
            maintenance_policy = UNSET
        elif isinstance(self.maintenance_policy, MaintenancePolicyType0):
            maintenance_policy = self.maintenance_policy.to_dict()
        else:
            maintenance_policy = self.maintenance_policy

        auto_upgrade = self.auto_upgrade

        isolated_workers = self.isolated_workers

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        surge_upgrade = self.surge_upgrade

        ha = self.ha

        registry_enabled = self.registry_enabled

        registries: list[str] | None | Unset
        if isinstance(self.registries, Unset):
            registries = UNSET
        elif isinstance(self.registries, list):
            registries = self.registries

        else:
            registries = self.registries

        control_plane_firewall: dict[str, Any] | None | Unset
        if isinstance(self.control_plane_firewall, Unset):
            control_plane_firewall = UNSET
        elif isinstance(self.control_plane_firewall, ControlPlaneFirewallType0):
            control_plane_firewall = self.control_plane_firewall.to_dict()
        else:
            control_plane_firewall = self.control_plane_firewall

        cluster_autoscaler_configuration: dict[str, Any] | None | Unset
        if isinstance(self.cluster_autoscaler_configuration, Unset):
            cluster_autoscaler_configuration = UNSET
        elif isinstance(
            self.cluster_autoscaler_configuration, ClusterAutoscalerConfigurationType0
        ):
            cluster_autoscaler_configuration = (
                self.cluster_autoscaler_configuration.to_dict()
            )
        else:
            cluster_autoscaler_configuration = self.cluster_autoscaler_configuration

        sso: dict[str, Any] | None | Unset
        if isinstance(self.sso, Unset):
            sso = UNSET
        elif isinstance(self.sso, SsoType0):
            sso = self.sso.to_dict()
        else:
            sso = self.sso

        routing_agent: dict[str, Any] | None | Unset
        if isinstance(self.routing_agent, Unset):
            routing_agent = UNSET
        elif isinstance(self.routing_agent, RoutingAgentType0):
            routing_agent = self.routing_agent.to_dict()
        else:
            routing_agent = self.routing_agent

        amd_gpu_device_plugin: dict[str, Any] | None | Unset
        if isinstance(self.amd_gpu_device_plugin, Unset):
            amd_gpu_device_plugin = UNSET
        elif isinstance(self.amd_gpu_device_plugin, AmdGpuDevicePluginType0):
            amd_gpu_device_plugin = self.amd_gpu_device_plugin.to_dict()
        else:
            amd_gpu_device_plugin = self.amd_gpu_device_plugin

        amd_gpu_device_metrics_exporter_plugin: dict[str, Any] | None | Unset
        if isinstance(self.amd_gpu_device_metrics_exporter_plugin, Unset):
            amd_gpu_device_metrics_exporter_plugin = UNSET
        elif isinstance(
            self.amd_gpu_device_metrics_exporter_plugin,
            AmdGpuDeviceMetricsExporterPluginType0,
        ):
            amd_gpu_device_metrics_exporter_plugin = (
                self.amd_gpu_device_metrics_exporter_plugin.to_dict()
            )
        else:
            amd_gpu_device_metrics_exporter_plugin = (
                self.amd_gpu_device_metrics_exporter_plugin
            )

        nvidia_gpu_device_plugin: dict[str, Any] | None | Unset
        if isinstance(self.nvidia_gpu_device_plugin, Unset):
            nvidia_gpu_device_plugin = UNSET
        elif isinstance(self.nvidia_gpu_device_plugin, NvidiaGpuDevicePluginType0):
            nvidia_gpu_device_plugin = self.nvidia_gpu_device_plugin.to_dict()
        else:
            nvidia_gpu_device_plugin = self.nvidia_gpu_device_plugin

        rdma_shared_dev_plugin: dict[str, Any] | None | Unset
        if isinstance(self.rdma_shared_dev_plugin, Unset):
            rdma_shared_dev_plugin = UNSET
        elif isinstance(self.rdma_shared_dev_plugin, RdmaSharedDevPluginType0):
            rdma_shared_dev_plugin = self.rdma_shared_dev_plugin.to_dict()
        else:
            rdma_shared_dev_plugin = self.rdma_shared_dev_plugin

        coredns_autoscaler: dict[str, Any] | None | Unset
        if isinstance(self.coredns_autoscaler, Unset):
            coredns_autoscaler = UNSET
        elif isinstance(self.coredns_autoscaler, CorednsAutoscalerType0):
            coredns_autoscaler = self.coredns_autoscaler.to_dict()
        else:
            coredns_autoscaler = self.coredns_autoscaler

        p2p_oci_registry_plugin: dict[str, Any] | None | Unset
        if isinstance(self.p2p_oci_registry_plugin, Unset):
            p2p_oci_registry_plugin = UNSET
        elif isinstance(self.p2p_oci_registry_plugin, P2pOciRegistryPluginType0):
            p2p_oci_registry_plugin = self.p2p_oci_registry_plugin.to_dict()
        else:
            p2p_oci_registry_plugin = self.p2p_oci_registry_plugin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "region": region,
                "version": version,
                "node_pools": node_pools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cluster_subnet is not UNSET:
            field_dict["cluster_subnet"] = cluster_subnet
        if service_subnet is not UNSET:
            field_dict["service_subnet"] = service_subnet
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if worker_subnet_uuid is not UNSET:
            field_dict["worker_subnet_uuid"] = worker_subnet_uuid
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if tags is not UNSET:
            field_dict["tags"] = tags
        if maintenance_policy is not UNSET:
            field_dict["maintenance_policy"] = maintenance_policy
        if auto_upgrade is not UNSET:
            field_dict["auto_upgrade"] = auto_upgrade
        if isolated_workers is not UNSET:
            field_dict["isolated_workers"] = isolated_workers
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if surge_upgrade is not UNSET:
            field_dict["surge_upgrade"] = surge_upgrade
        if ha is not UNSET:
            field_dict["ha"] = ha
        if registry_enabled is not UNSET:
            field_dict["registry_enabled"] = registry_enabled
        if registries is not UNSET:
            field_dict["registries"] = registries
        if control_plane_firewall is not UNSET:
            field_dict["control_plane_firewall"] = control_plane_firewall
        if cluster_autoscaler_configuration is not UNSET:
            field_dict["cluster_autoscaler_configuration"] = (
                cluster_autoscaler_configuration
            )
        if sso is not UNSET:
            field_dict["sso"] = sso
        if routing_agent is not UNSET:
            field_dict["routing_agent"] = routing_agent
        if amd_gpu_device_plugin is not UNSET:
            field_dict["amd_gpu_device_plugin"] = amd_gpu_device_plugin
        if amd_gpu_device_metrics_exporter_plugin is not UNSET:
            field_dict["amd_gpu_device_metrics_exporter_plugin"] = (
                amd_gpu_device_metrics_exporter_plugin
            )
        if nvidia_gpu_device_plugin is not UNSET:
            field_dict["nvidia_gpu_device_plugin"] = nvidia_gpu_device_plugin
        if rdma_shared_dev_plugin is not UNSET:
            field_dict["rdma_shared_dev_plugin"] = rdma_shared_dev_plugin
        if coredns_autoscaler is not UNSET:
            field_dict["coredns_autoscaler"] = coredns_autoscaler
        if p2p_oci_registry_plugin is not UNSET:
            field_dict["p2p_oci_registry_plugin"] = p2p_oci_registry_plugin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amd_gpu_device_metrics_exporter_plugin_type_0 import (
            AmdGpuDeviceMetricsExporterPluginType0,
        )
        from ..models.amd_gpu_device_plugin_type_0 import AmdGpuDevicePluginType0
        from ..models.cluster_autoscaler_configuration_type_0 import (
            ClusterAutoscalerConfigurationType0,
        )
        from ..models.cluster_read_status import ClusterReadStatus
        from ..models.control_plane_firewall_type_0 import ControlPlaneFirewallType0
        from ..models.coredns_autoscaler_type_0 import CorednsAutoscalerType0
        from ..models.kubernetes_node_pool import KubernetesNodePool
        from ..models.maintenance_policy_type_0 import MaintenancePolicyType0
        from ..models.nvidia_gpu_device_plugin_type_0 import NvidiaGpuDevicePluginType0
        from ..models.p2_p_oci_registry_plugin_type_0 import P2pOciRegistryPluginType0
        from ..models.rdma_shared_dev_plugin_type_0 import RdmaSharedDevPluginType0
        from ..models.routing_agent_type_0 import RoutingAgentType0
        from ..models.sso_type_0 import SsoType0

        d = dict(src_dict)
        name = d.pop("name")

        region = d.pop("region")

        version = d.pop("version")

        node_pools = []
        _node_pools = d.pop("node_pools")
        for node_pools_item_data in _node_pools:
            node_pools_item = KubernetesNodePool.from_dict(node_pools_item_data)

            node_pools.append(node_pools_item)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        cluster_subnet = d.pop("cluster_subnet", UNSET)

        service_subnet = d.pop("service_subnet", UNSET)

        _vpc_uuid = d.pop("vpc_uuid", UNSET)
        vpc_uuid: UUID | Unset
        if isinstance(_vpc_uuid, Unset):
            vpc_uuid = UNSET
        else:
            vpc_uuid = UUID(_vpc_uuid)

        _worker_subnet_uuid = d.pop("worker_subnet_uuid", UNSET)
        worker_subnet_uuid: UUID | Unset
        if isinstance(_worker_subnet_uuid, Unset):
            worker_subnet_uuid = UNSET
        else:
            worker_subnet_uuid = UUID(_worker_subnet_uuid)

        ipv4 = d.pop("ipv4", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_maintenance_policy(
            data: object,
        ) -> MaintenancePolicyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasmaintenance_policy_type_0 = (
                    MaintenancePolicyType0.from_dict(data)
                )

                return componentsschemasmaintenance_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MaintenancePolicyType0 | None | Unset, data)

        maintenance_policy = _parse_maintenance_policy(
            d.pop("maintenance_policy", UNSET)
        )

        auto_upgrade = d.pop("auto_upgrade", UNSET)

        isolated_workers = d.pop("isolated_workers", UNSET)

        _status = d.pop("status", UNSET)
        status: ClusterReadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClusterReadStatus.from_dict(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        surge_upgrade = d.pop("surge_upgrade", UNSET)

        ha = d.pop("ha", UNSET)

        registry_enabled = d.pop("registry_enabled", UNSET)

        def _parse_registries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                registries_type_0 = cast(list[str], data)

                return registries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        registries = _parse_registries(d.pop("registries", UNSET))

        def _parse_control_plane_firewall(
            data: object,
        ) -> ControlPlaneFirewallType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascontrol_plane_firewall_type_0 = (
                    ControlPlaneFirewallType0.from_dict(data)
                )

                return componentsschemascontrol_plane_firewall_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlPlaneFirewallType0 | None | Unset, data)

        control_plane_firewall = _parse_control_plane_firewall(
            d.pop("control_plane_firewall", UNSET)
        )

        def _parse_cluster_autoscaler_configuration(
            data: object,
        ) -> ClusterAutoscalerConfigurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascluster_autoscaler_configuration_type_0 = (
                    ClusterAutoscalerConfigurationType0.from_dict(data)
                )

                return componentsschemascluster_autoscaler_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterAutoscalerConfigurationType0 | None | Unset, data)

        cluster_autoscaler_configuration = _parse_cluster_autoscaler_configuration(
            d.pop("cluster_autoscaler_configuration", UNSET)
        )

        def _parse_sso(data: object) -> None | SsoType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemassso_type_0 = SsoType0.from_dict(data)

                return componentsschemassso_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SsoType0 | Unset, data)

        sso = _parse_sso(d.pop("sso", UNSET))

        def _parse_routing_agent(data: object) -> None | RoutingAgentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasrouting_agent_type_0 = RoutingAgentType0.from_dict(
                    data
                )

                return componentsschemasrouting_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoutingAgentType0 | Unset, data)

        routing_agent = _parse_routing_agent(d.pop("routing_agent", UNSET))

        def _parse_amd_gpu_device_plugin(
            data: object,
        ) -> AmdGpuDevicePluginType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasamd_gpu_device_plugin_type_0 = (
                    AmdGpuDevicePluginType0.from_dict(data)
                )

                return componentsschemasamd_gpu_device_plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmdGpuDevicePluginType0 | None | Unset, data)

        amd_gpu_device_plugin = _parse_amd_gpu_device_plugin(
            d.pop("amd_gpu_device_plugin", UNSET)
        )

        def _parse_amd_gpu_device_metrics_exporter_plugin(
            data: object,
        ) -> AmdGpuDeviceMetricsExporterPluginType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasamd_gpu_device_metrics_exporter_plugin_type_0 = (
                    AmdGpuDeviceMetricsExporterPluginType0.from_dict(data)
                )

                return componentsschemasamd_gpu_device_metrics_exporter_plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmdGpuDeviceMetricsExporterPluginType0 | None | Unset, data)

        amd_gpu_device_metrics_exporter_plugin = (
            _parse_amd_gpu_device_metrics_exporter_plugin(
                d.pop("amd_gpu_device_metrics_exporter_plugin", UNSET)
            )
        )

        def _parse_nvidia_gpu_device_plugin(
            data: object,
        ) -> None | NvidiaGpuDevicePluginType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasnvidia_gpu_device_plugin_type_0 = (
                    NvidiaGpuDevicePluginType0.from_dict(data)
                )

                return componentsschemasnvidia_gpu_device_plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NvidiaGpuDevicePluginType0 | Unset, data)

        nvidia_gpu_device_plugin = _parse_nvidia_gpu_device_plugin(
            d.pop("nvidia_gpu_device_plugin", UNSET)
        )

        def _parse_rdma_shared_dev_plugin(
            data: object,
        ) -> None | RdmaSharedDevPluginType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasrdma_shared_dev_plugin_type_0 = (
                    RdmaSharedDevPluginType0.from_dict(data)
                )

                return componentsschemasrdma_shared_dev_plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RdmaSharedDevPluginType0 | Unset, data)

        rdma_shared_dev_plugin = _parse_rdma_shared_dev_plugin(
            d.pop("rdma_shared_dev_plugin", UNSET)
        )

        def _parse_coredns_autoscaler(
            data: object,
        ) -> CorednsAutoscalerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemascoredns_autoscaler_type_0 = (
                    CorednsAutoscalerType0.from_dict(data)
                )

                return componentsschemascoredns_autoscaler_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CorednsAutoscalerType0 | None | Unset, data)

        coredns_autoscaler = _parse_coredns_autoscaler(
            d.pop("coredns_autoscaler", UNSET)
        )

        def _parse_p2p_oci_registry_plugin(
            data: object,
        ) -> None | P2pOciRegistryPluginType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasp2p_oci_registry_plugin_type_0 = (
                    P2pOciRegistryPluginType0.from_dict(data)
                )

                return componentsschemasp2p_oci_registry_plugin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | P2pOciRegistryPluginType0 | Unset, data)

        p2p_oci_registry_plugin = _parse_p2p_oci_registry_plugin(
            d.pop("p2p_oci_registry_plugin", UNSET)
        )

        cluster_read = cls(
            name=name,
            region=region,
            version=version,
            node_pools=node_pools,
            id=id,
            cluster_subnet=cluster_subnet,
            service_subnet=service_subnet,
            vpc_uuid=vpc_uuid,
            worker_subnet_uuid=worker_subnet_uuid,
            ipv4=ipv4,
            endpoint=endpoint,
            tags=tags,
            maintenance_policy=maintenance_policy,
            auto_upgrade=auto_upgrade,
            isolated_workers=isolated_workers,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            surge_upgrade=surge_upgrade,
            ha=ha,
            registry_enabled=registry_enabled,
            registries=registries,
            control_plane_firewall=control_plane_firewall,
            cluster_autoscaler_configuration=cluster_autoscaler_configuration,
            sso=sso,
            routing_agent=routing_agent,
            amd_gpu_device_plugin=amd_gpu_device_plugin,
            amd_gpu_device_metrics_exporter_plugin=amd_gpu_device_metrics_exporter_plugin,
            nvidia_gpu_device_plugin=nvidia_gpu_device_plugin,
            rdma_shared_dev_plugin=rdma_shared_dev_plugin,
            coredns_autoscaler=coredns_autoscaler,
            p2p_oci_registry_plugin=p2p_oci_registry_plugin,
        )

        cluster_read.additional_properties = d
        return cluster_read

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
