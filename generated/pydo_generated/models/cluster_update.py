from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
    from ..models.control_plane_firewall_type_0 import ControlPlaneFirewallType0
    from ..models.coredns_autoscaler_type_0 import CorednsAutoscalerType0
    from ..models.maintenance_policy_type_0 import MaintenancePolicyType0
    from ..models.nvidia_gpu_device_plugin_type_0 import NvidiaGpuDevicePluginType0
    from ..models.p2_p_oci_registry_plugin_type_0 import P2pOciRegistryPluginType0
    from ..models.rdma_shared_dev_plugin_type_0 import RdmaSharedDevPluginType0
    from ..models.routing_agent_type_0 import RoutingAgentType0
    from ..models.sso_type_0 import SsoType0


T = TypeVar("T", bound="ClusterUpdate")


@_attrs_define
class ClusterUpdate:
    """
    Attributes:
        name (str): A human-readable name for a Kubernetes cluster. Example: prod-cluster-01.
        tags (list[str] | Unset): An array of tags applied to the Kubernetes cluster. All clusters are automatically
            tagged `k8s` and `k8s:$K8S_CLUSTER_ID`. Example: ['k8s', 'k8s:bd5f5959-5e1e-4205-a714-a914373942af',
            'production', 'web-team'].
        maintenance_policy (MaintenancePolicyType0 | None | Unset): An object specifying the maintenance window policy
            for the Kubernetes cluster.
        auto_upgrade (bool | Unset): A boolean value indicating whether the cluster will be automatically upgraded to
            new patch releases during its maintenance window. Default: False. Example: True.
        surge_upgrade (bool | Unset): A boolean value indicating whether surge upgrade is enabled/disabled for the
            cluster. Surge upgrade makes cluster upgrades fast and reliable by bringing up new nodes before destroying the
            outdated nodes. Default: False. Example: True.
        ha (bool | Unset): A boolean value indicating whether the control plane is run in a highly available
            configuration in the cluster. Highly available control planes incur less downtime. The property cannot be
            disabled. When omitted on create, the default is version-dependent; for DOKS 1.36.0 and later, the default is
            true; for earlier versions, the default is false. Example: True.
        control_plane_firewall (ControlPlaneFirewallType0 | None | Unset): An object specifying the control plane
            firewall for the Kubernetes cluster. Control plane firewall is in early availability (invite only).
        cluster_autoscaler_configuration (ClusterAutoscalerConfigurationType0 | None | Unset): An object specifying
            custom cluster autoscaler configuration.
        sso (None | SsoType0 | Unset): An object specifying Single Sign-On (SSO) configuration for the Kubernetes
            cluster.
        routing_agent (None | RoutingAgentType0 | Unset): An object specifying whether the routing-agent component
            should be enabled for the Kubernetes cluster.
        p2p_oci_registry_plugin (None | P2pOciRegistryPluginType0 | Unset): An object specifying whether the Peer-to-
            peer OCI registry component should be enabled for the Kubernetes cluster.
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
    """

    name: str
    tags: list[str] | Unset = UNSET
    maintenance_policy: MaintenancePolicyType0 | None | Unset = UNSET
    auto_upgrade: bool | Unset = False
    surge_upgrade: bool | Unset = False
    ha: bool | Unset = UNSET
    control_plane_firewall: ControlPlaneFirewallType0 | None | Unset = UNSET
    cluster_autoscaler_configuration: (
        ClusterAutoscalerConfigurationType0 | None | Unset
    ) = UNSET
    sso: None | SsoType0 | Unset = UNSET
    routing_agent: None | RoutingAgentType0 | Unset = UNSET
    p2p_oci_registry_plugin: None | P2pOciRegistryPluginType0 | Unset = UNSET
    amd_gpu_device_plugin: AmdGpuDevicePluginType0 | None | Unset = UNSET
    amd_gpu_device_metrics_exporter_plugin: (
        AmdGpuDeviceMetricsExporterPluginType0 | None | Unset
    ) = UNSET
    nvidia_gpu_device_plugin: None | NvidiaGpuDevicePluginType0 | Unset = UNSET
    rdma_shared_dev_plugin: None | RdmaSharedDevPluginType0 | Unset = UNSET
    coredns_autoscaler: CorednsAutoscalerType0 | None | Unset = UNSET
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

        surge_upgrade = self.surge_upgrade

        ha = self.ha

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

        p2p_oci_registry_plugin: dict[str, Any] | None | Unset
        if isinstance(self.p2p_oci_registry_plugin, Unset):
            p2p_oci_registry_plugin = UNSET
        elif isinstance(self.p2p_oci_registry_plugin, P2pOciRegistryPluginType0):
            p2p_oci_registry_plugin = self.p2p_oci_registry_plugin.to_dict()
        else:
            p2p_oci_registry_plugin = self.p2p_oci_registry_plugin

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if maintenance_policy is not UNSET:
            field_dict["maintenance_policy"] = maintenance_policy
        if auto_upgrade is not UNSET:
            field_dict["auto_upgrade"] = auto_upgrade
        if surge_upgrade is not UNSET:
            field_dict["surge_upgrade"] = surge_upgrade
        if ha is not UNSET:
            field_dict["ha"] = ha
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
        if p2p_oci_registry_plugin is not UNSET:
            field_dict["p2p_oci_registry_plugin"] = p2p_oci_registry_plugin
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
        from ..models.control_plane_firewall_type_0 import ControlPlaneFirewallType0
        from ..models.coredns_autoscaler_type_0 import CorednsAutoscalerType0
        from ..models.maintenance_policy_type_0 import MaintenancePolicyType0
        from ..models.nvidia_gpu_device_plugin_type_0 import NvidiaGpuDevicePluginType0
        from ..models.p2_p_oci_registry_plugin_type_0 import P2pOciRegistryPluginType0
        from ..models.rdma_shared_dev_plugin_type_0 import RdmaSharedDevPluginType0
        from ..models.routing_agent_type_0 import RoutingAgentType0
        from ..models.sso_type_0 import SsoType0

        d = dict(src_dict)
        name = d.pop("name")

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

        surge_upgrade = d.pop("surge_upgrade", UNSET)

        ha = d.pop("ha", UNSET)

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

        cluster_update = cls(
            name=name,
            tags=tags,
            maintenance_policy=maintenance_policy,
            auto_upgrade=auto_upgrade,
            surge_upgrade=surge_upgrade,
            ha=ha,
            control_plane_firewall=control_plane_firewall,
            cluster_autoscaler_configuration=cluster_autoscaler_configuration,
            sso=sso,
            routing_agent=routing_agent,
            p2p_oci_registry_plugin=p2p_oci_registry_plugin,
            amd_gpu_device_plugin=amd_gpu_device_plugin,
            amd_gpu_device_metrics_exporter_plugin=amd_gpu_device_metrics_exporter_plugin,
            nvidia_gpu_device_plugin=nvidia_gpu_device_plugin,
            rdma_shared_dev_plugin=rdma_shared_dev_plugin,
            coredns_autoscaler=coredns_autoscaler,
        )

        cluster_update.additional_properties = d
        return cluster_update

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
