from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_spec_region import AppSpecRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_database_spec import AppDatabaseSpec
    from ..models.app_domain_spec import AppDomainSpec
    from ..models.app_egress_spec import AppEgressSpec
    from ..models.app_functions_spec import AppFunctionsSpec
    from ..models.app_ingress_spec import AppIngressSpec
    from ..models.app_job_spec import AppJobSpec
    from ..models.app_maintenance_spec import AppMaintenanceSpec
    from ..models.app_service_spec import AppServiceSpec
    from ..models.app_static_site_spec import AppStaticSiteSpec
    from ..models.app_worker_spec import AppWorkerSpec
    from ..models.apps_vpc import AppsVpc


T = TypeVar("T", bound="AppSpec")


@_attrs_define
class AppSpec:
    """The desired configuration of an application.

    Attributes:
        name (str): The name of the app. Must be unique across all apps in the same account. Example: web-app-01.
        region (AppSpecRegion | Unset): The slug form of the geographical origin of the app. Default: `nearest
            available` Example: nyc.
        disable_edge_cache (bool | Unset): If set to `true`, the app will **not** be cached at the edge (CDN). Enable
            this option if you want to manage CDN configuration yourself—whether by using an external CDN provider or by
            handling static content and caching within your app. This setting is also recommended for apps that require
            real-time data or serve dynamic content, such as those using Server-Sent Events (SSE) over GET, or hosting an
            MCP (Model Context Protocol) Server that utilizes SSE.
            **Note:** This feature is not available for static site components.
            For more information, see [Disable CDN Cache](https://docs.digitalocean.com/products/app-platform/how-to/cache-
            content/#disable-cdn-cache). Default: False.
        disable_email_obfuscation (bool | Unset): If set to `true`, email addresses in the app will not be obfuscated.
            This is
            useful for apps that require email addresses to be visible (in the HTML markup). Default: False.
        enhanced_threat_control_enabled (bool | Unset): If set to `true`, suspicious requests will go through additional
            security checks to help mitigate layer 7 DDoS attacks. Default: False.
        domains (list[AppDomainSpec] | Unset): A set of hostnames where the application will be available.
        services (list[AppServiceSpec] | Unset): Workloads which expose publicly-accessible HTTP services.
        static_sites (list[AppStaticSiteSpec] | Unset): Content which can be rendered to static web assets.
        jobs (list[AppJobSpec] | Unset): Pre and post deployment workloads which do not expose publicly-accessible HTTP
            routes.
        workers (list[AppWorkerSpec] | Unset): Workloads which do not expose publicly-accessible HTTP services.
        functions (list[AppFunctionsSpec] | Unset): Workloads which expose publicly-accessible HTTP services via
            Functions Components.
        databases (list[AppDatabaseSpec] | Unset): Database instances which can provide persistence to workloads within
            the
            application.
        ingress (AppIngressSpec | Unset): Specification for app ingress configurations.
        egress (AppEgressSpec | Unset): Specification for app egress configurations.
        maintenance (AppMaintenanceSpec | Unset): Specification to configure maintenance settings for the app, such as
            maintenance mode and archiving the app.
        vpc (AppsVpc | Unset):
    """

    name: str
    region: AppSpecRegion | Unset = UNSET
    disable_edge_cache: bool | Unset = False
    disable_email_obfuscation: bool | Unset = False
    enhanced_threat_control_enabled: bool | Unset = False
    domains: list[AppDomainSpec] | Unset = UNSET
    services: list[AppServiceSpec] | Unset = UNSET
    static_sites: list[AppStaticSiteSpec] | Unset = UNSET
    jobs: list[AppJobSpec] | Unset = UNSET
    workers: list[AppWorkerSpec] | Unset = UNSET
    functions: list[AppFunctionsSpec] | Unset = UNSET
    databases: list[AppDatabaseSpec] | Unset = UNSET
    ingress: AppIngressSpec | Unset = UNSET
    egress: AppEgressSpec | Unset = UNSET
    maintenance: AppMaintenanceSpec | Unset = UNSET
    vpc: AppsVpc | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        disable_edge_cache = self.disable_edge_cache

        disable_email_obfuscation = self.disable_email_obfuscation

        enhanced_threat_control_enabled = self.enhanced_threat_control_enabled

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        static_sites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.static_sites, Unset):
            static_sites = []
            for static_sites_item_data in self.static_sites:
                static_sites_item = static_sites_item_data.to_dict()
                static_sites.append(static_sites_item)

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        databases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = []
            for databases_item_data in self.databases:
                databases_item = databases_item_data.to_dict()
                databases.append(databases_item)

        ingress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ingress, Unset):
            ingress = self.ingress.to_dict()

        egress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.egress, Unset):
            egress = self.egress.to_dict()

        maintenance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maintenance, Unset):
            maintenance = self.maintenance.to_dict()

        vpc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpc, Unset):
            vpc = self.vpc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if disable_edge_cache is not UNSET:
            field_dict["disable_edge_cache"] = disable_edge_cache
        if disable_email_obfuscation is not UNSET:
            field_dict["disable_email_obfuscation"] = disable_email_obfuscation
        if enhanced_threat_control_enabled is not UNSET:
            field_dict["enhanced_threat_control_enabled"] = (
                enhanced_threat_control_enabled
            )
        if domains is not UNSET:
            field_dict["domains"] = domains
        if services is not UNSET:
            field_dict["services"] = services
        if static_sites is not UNSET:
            field_dict["static_sites"] = static_sites
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if workers is not UNSET:
            field_dict["workers"] = workers
        if functions is not UNSET:
            field_dict["functions"] = functions
        if databases is not UNSET:
            field_dict["databases"] = databases
        if ingress is not UNSET:
            field_dict["ingress"] = ingress
        if egress is not UNSET:
            field_dict["egress"] = egress
        if maintenance is not UNSET:
            field_dict["maintenance"] = maintenance
        if vpc is not UNSET:
            field_dict["vpc"] = vpc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_database_spec import AppDatabaseSpec
        from ..models.app_domain_spec import AppDomainSpec
        from ..models.app_egress_spec import AppEgressSpec
        from ..models.app_functions_spec import AppFunctionsSpec
        from ..models.app_ingress_spec import AppIngressSpec
        from ..models.app_job_spec import AppJobSpec
        from ..models.app_maintenance_spec import AppMaintenanceSpec
        from ..models.app_service_spec import AppServiceSpec
        from ..models.app_static_site_spec import AppStaticSiteSpec
        from ..models.app_worker_spec import AppWorkerSpec
        from ..models.apps_vpc import AppsVpc

        d = dict(src_dict)
        name = d.pop("name")

        _region = d.pop("region", UNSET)
        region: AppSpecRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = AppSpecRegion(_region)

        disable_edge_cache = d.pop("disable_edge_cache", UNSET)

        disable_email_obfuscation = d.pop("disable_email_obfuscation", UNSET)

        enhanced_threat_control_enabled = d.pop(
            "enhanced_threat_control_enabled", UNSET
        )

        _domains = d.pop("domains", UNSET)
        domains: list[AppDomainSpec] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = AppDomainSpec.from_dict(domains_item_data)

                domains.append(domains_item)

        _services = d.pop("services", UNSET)
        services: list[AppServiceSpec] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = AppServiceSpec.from_dict(services_item_data)

                services.append(services_item)

        _static_sites = d.pop("static_sites", UNSET)
        static_sites: list[AppStaticSiteSpec] | Unset = UNSET
        if _static_sites is not UNSET:
            static_sites = []
            for static_sites_item_data in _static_sites:
                static_sites_item = AppStaticSiteSpec.from_dict(static_sites_item_data)

                static_sites.append(static_sites_item)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[AppJobSpec] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = AppJobSpec.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _workers = d.pop("workers", UNSET)
        workers: list[AppWorkerSpec] | Unset = UNSET
        if _workers is not UNSET:
            workers = []
            for workers_item_data in _workers:
                workers_item = AppWorkerSpec.from_dict(workers_item_data)

                workers.append(workers_item)

        _functions = d.pop("functions", UNSET)
        functions: list[AppFunctionsSpec] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = AppFunctionsSpec.from_dict(functions_item_data)

                functions.append(functions_item)

        _databases = d.pop("databases", UNSET)
        databases: list[AppDatabaseSpec] | Unset = UNSET
        if _databases is not UNSET:
            databases = []
            for databases_item_data in _databases:
                databases_item = AppDatabaseSpec.from_dict(databases_item_data)

                databases.append(databases_item)

        _ingress = d.pop("ingress", UNSET)
        ingress: AppIngressSpec | Unset
        if isinstance(_ingress, Unset):
            ingress = UNSET
        else:
            ingress = AppIngressSpec.from_dict(_ingress)

        _egress = d.pop("egress", UNSET)
        egress: AppEgressSpec | Unset
        if isinstance(_egress, Unset):
            egress = UNSET
        else:
            egress = AppEgressSpec.from_dict(_egress)

        _maintenance = d.pop("maintenance", UNSET)
        maintenance: AppMaintenanceSpec | Unset
        if isinstance(_maintenance, Unset):
            maintenance = UNSET
        else:
            maintenance = AppMaintenanceSpec.from_dict(_maintenance)

        _vpc = d.pop("vpc", UNSET)
        vpc: AppsVpc | Unset
        if isinstance(_vpc, Unset):
            vpc = UNSET
        else:
            vpc = AppsVpc.from_dict(_vpc)

        app_spec = cls(
            name=name,
            region=region,
            disable_edge_cache=disable_edge_cache,
            disable_email_obfuscation=disable_email_obfuscation,
            enhanced_threat_control_enabled=enhanced_threat_control_enabled,
            domains=domains,
            services=services,
            static_sites=static_sites,
            jobs=jobs,
            workers=workers,
            functions=functions,
            databases=databases,
            ingress=ingress,
            egress=egress,
            maintenance=maintenance,
            vpc=vpc,
        )

        app_spec.additional_properties = d
        return app_spec

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
