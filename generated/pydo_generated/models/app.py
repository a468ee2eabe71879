from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.an_app_deployment import AnAppDeployment
    from ..models.app_pending_deployment import AppPendingDeployment
    from ..models.app_pinned_deployment import AppPinnedDeployment
    from ..models.app_spec import AppSpec
    from ..models.apps_dedicated_egress_ip import AppsDedicatedEgressIp
    from ..models.apps_domain import AppsDomain
    from ..models.apps_vpc import AppsVpc
    from ..models.geographical_information_about_an_app_origin import (
        GeographicalInformationAboutAnAppOrigin,
    )


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An application's configuration and status.

    Attributes:
        spec (AppSpec): The desired configuration of an application.
        active_deployment (AnAppDeployment | Unset):
        created_at (datetime.datetime | Unset):  Example: 2020-11-19T20:27:18Z.
        default_ingress (str | Unset):  Example: digitalocean.com.
        domains (list[AppsDomain] | Unset):
        id (str | Unset):  Example: 4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf.
        in_progress_deployment (AnAppDeployment | Unset):
        last_deployment_created_at (datetime.datetime | Unset):  Example: 2020-11-19T20:27:18Z.
        live_domain (str | Unset):  Example: live_domain.
        live_url (str | Unset):  Example: google.com.
        live_url_base (str | Unset):  Example: digitalocean.com.
        owner_uuid (str | Unset):  Example: 4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf.
        pending_deployment (AppPendingDeployment | Unset):
        project_id (str | Unset): Requires `project:read` scope. Example: 88b72d1a-b78a-4d9f-9090-b53c4399073f.
        region (GeographicalInformationAboutAnAppOrigin | Unset):
        tier_slug (str | Unset):  Example: basic.
        updated_at (datetime.datetime | Unset):  Example: 2020-12-01T00:42:16Z.
        pinned_deployment (AppPinnedDeployment | Unset):
        dedicated_ips (list[AppsDedicatedEgressIp] | Unset):
        vpc (AppsVpc | Unset):
    """

    spec: AppSpec
    active_deployment: AnAppDeployment | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_ingress: str | Unset = UNSET
    domains: list[AppsDomain] | Unset = UNSET
    id: str | Unset = UNSET
    in_progress_deployment: AnAppDeployment | Unset = UNSET
    last_deployment_created_at: datetime.datetime | Unset = UNSET
    live_domain: str | Unset = UNSET
    live_url: str | Unset = UNSET
    live_url_base: str | Unset = UNSET
    owner_uuid: str | Unset = UNSET
    pending_deployment: AppPendingDeployment | Unset = UNSET
    project_id: str | Unset = UNSET
    region: GeographicalInformationAboutAnAppOrigin | Unset = UNSET
    tier_slug: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    pinned_deployment: AppPinnedDeployment | Unset = UNSET
    dedicated_ips: list[AppsDedicatedEgressIp] | Unset = UNSET
    vpc: AppsVpc | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec.to_dict()

        active_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active_deployment, Unset):
            active_deployment = self.active_deployment.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        default_ingress = self.default_ingress

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        id = self.id

        in_progress_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_progress_deployment, Unset):
            in_progress_deployment = self.in_progress_deployment.to_dict()

        last_deployment_created_at: str | Unset = UNSET
        if not isinstance(self.last_deployment_created_at, Unset):
            last_deployment_created_at = self.last_deployment_created_at.isoformat()

        live_domain = self.live_domain

        live_url = self.live_url

        live_url_base = self.live_url_base

        owner_uuid = self.owner_uuid

        pending_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_deployment, Unset):
            pending_deployment = self.pending_deployment.to_dict()

        project_id = self.project_id

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        tier_slug = self.tier_slug

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        pinned_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pinned_deployment, Unset):
            pinned_deployment = self.pinned_deployment.to_dict()

        dedicated_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dedicated_ips, Unset):
            dedicated_ips = []
            for dedicated_ips_item_data in self.dedicated_ips:
                dedicated_ips_item = dedicated_ips_item_data.to_dict()
                dedicated_ips.append(dedicated_ips_item)

        vpc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpc, Unset):
            vpc = self.vpc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
            }
        )
        if active_deployment is not UNSET:
            field_dict["active_deployment"] = active_deployment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_ingress is not UNSET:
            field_dict["default_ingress"] = default_ingress
        if domains is not UNSET:
            field_dict["domains"] = domains
        if id is not UNSET:
            field_dict["id"] = id
        if in_progress_deployment is not UNSET:
            field_dict["in_progress_deployment"] = in_progress_deployment
        if last_deployment_created_at is not UNSET:
            field_dict["last_deployment_created_at"] = last_deployment_created_at
        if live_domain is not UNSET:
            field_dict["live_domain"] = live_domain
        if live_url is not UNSET:
            field_dict["live_url"] = live_url
        if live_url_base is not UNSET:
            field_dict["live_url_base"] = live_url_base
        if owner_uuid is not UNSET:
            field_dict["owner_uuid"] = owner_uuid
        if pending_deployment is not UNSET:
            field_dict["pending_deployment"] = pending_deployment
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if region is not UNSET:
            field_dict["region"] = region
        if tier_slug is not UNSET:
            field_dict["tier_slug"] = tier_slug
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if pinned_deployment is not UNSET:
            field_dict["pinned_deployment"] = pinned_deployment
        if dedicated_ips is not UNSET:
            field_dict["dedicated_ips"] = dedicated_ips
        if vpc is not UNSET:
            field_dict["vpc"] = vpc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.an_app_deployment import AnAppDeployment
        from ..models.app_pending_deployment import AppPendingDeployment
        from ..models.app_pinned_deployment import AppPinnedDeployment
        from ..models.app_spec import AppSpec
        from ..models.apps_dedicated_egress_ip import AppsDedicatedEgressIp
        from ..models.apps_domain import AppsDomain
        from ..models.apps_vpc import AppsVpc
        from ..models.geographical_information_about_an_app_origin import (
            GeographicalInformationAboutAnAppOrigin,
        )

        d = dict(src_dict)
        spec = AppSpec.from_dict(d.pop("spec"))

        _active_deployment = d.pop("active_deployment", UNSET)
        active_deployment: AnAppDeployment | Unset
        if isinstance(_active_deployment, Unset):
            active_deployment = UNSET
        else:
            active_deployment = AnAppDeployment.from_dict(_active_deployment)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        default_ingress = d.pop("default_ingress", UNSET)

        _domains = d.pop("domains", UNSET)
        domains: list[AppsDomain] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = AppsDomain.from_dict(domains_item_data)

                domains.append(domains_item)

        id = d.pop("id", UNSET)

        _in_progress_deployment = d.pop("in_progress_deployment", UNSET)
        in_progress_deployment: AnAppDeployment | Unset
        if isinstance(_in_progress_deployment, Unset):
            in_progress_deployment = UNSET
        else:
            in_progress_deployment = AnAppDeployment.from_dict(_in_progress_deployment)

        _last_deployment_created_at = d.pop("last_deployment_created_at", UNSET)
        last_deployment_created_at: datetime.datetime | Unset
        if isinstance(_last_deployment_created_at, Unset):
            last_deployment_created_at = UNSET
        else:
            last_deployment_created_at = datetime.datetime.fromisoformat(
                _last_deployment_created_at
            )

        live_domain = d.pop("live_domain", UNSET)

        live_url = d.pop("live_url", UNSET)

        live_url_base = d.pop("live_url_base", UNSET)

        owner_uuid = d.pop("owner_uuid", UNSET)

        _pending_deployment = d.pop("pending_deployment", UNSET)
        pending_deployment: AppPendingDeployment | Unset
        if isinstance(_pending_deployment, Unset):
            pending_deployment = UNSET
        else:
            pending_deployment = AppPendingDeployment.from_dict(_pending_deployment)

        project_id = d.pop("project_id", UNSET)

        _region = d.pop("region", UNSET)
        region: GeographicalInformationAboutAnAppOrigin | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = GeographicalInformationAboutAnAppOrigin.from_dict(_region)

        tier_slug = d.pop("tier_slug", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _pinned_deployment = d.pop("pinned_deployment", UNSET)
        pinned_deployment: AppPinnedDeployment | Unset
        if isinstance(_pinned_deployment, Unset):
            pinned_deployment = UNSET
        else:
            pinned_deployment = AppPinnedDeployment.from_dict(_pinned_deployment)

        _dedicated_ips = d.pop("dedicated_ips", UNSET)
        dedicated_ips: list[AppsDedicatedEgressIp] | Unset = UNSET
        if _dedicated_ips is not UNSET:
            dedicated_ips = []
            for dedicated_ips_item_data in _dedicated_ips:
                dedicated_ips_item = AppsDedicatedEgressIp.from_dict(
                    dedicated_ips_item_data
                )

                dedicated_ips.append(dedicated_ips_item)

        _vpc = d.pop("vpc", UNSET)
        vpc: AppsVpc | Unset
        if isinstance(_vpc, Unset):
            vpc = UNSET
        else:
            vpc = AppsVpc.from_dict(_vpc)

        app = cls(
            spec=spec,
            active_deployment=active_deployment,
            created_at=created_at,
            default_ingress=default_ingress,
            domains=domains,
            id=id,
            in_progress_deployment=in_progress_deployment,
            last_deployment_created_at=last_deployment_created_at,
            live_domain=live_domain,
            live_url=live_url,
            live_url_base=live_url_base,
            owner_uuid=owner_uuid,
            pending_deployment=pending_deployment,
            project_id=project_id,
            region=region,
            tier_slug=tier_slug,
            updated_at=updated_at,
            pinned_deployment=pinned_deployment,
            dedicated_ips=dedicated_ips,
            vpc=vpc,
        )

        app.additional_properties = d
        return app

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
