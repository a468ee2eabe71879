from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apps_deployment_phase import AppsDeploymentPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_spec import AppSpec
    from ..models.apps_deployment_functions import AppsDeploymentFunctions
    from ..models.apps_deployment_job import AppsDeploymentJob
    from ..models.apps_deployment_progress import AppsDeploymentProgress
    from ..models.apps_deployment_service import AppsDeploymentService
    from ..models.apps_deployment_static_site import AppsDeploymentStaticSite
    from ..models.apps_deployment_worker import AppsDeploymentWorker


T = TypeVar("T", bound="AppPendingDeployment")


@_attrs_define
class AppPendingDeployment:
    """
    Attributes:
        cause (str | Unset):  Example: commit 9a4df0b pushed to github/digitalocean/sample-golang.
        cloned_from (str | Unset):  Example: 3aa4d20e-5527-4c00-b496-601fbd22520a.
        created_at (datetime.datetime | Unset):  Example: 2020-07-28T18:00:00Z.
        id (str | Unset):  Example: b6bdf840-2854-4f87-a36c-5f231c617c84.
        jobs (list[AppsDeploymentJob] | Unset):
        functions (list[AppsDeploymentFunctions] | Unset):
        phase (AppsDeploymentPhase | Unset):  Example: ACTIVE.
        phase_last_updated_at (datetime.datetime | Unset):  Example: 0001-01-01T00:00:00Z.
        progress (AppsDeploymentProgress | Unset):
        services (list[AppsDeploymentService] | Unset):
        spec (AppSpec | Unset): The desired configuration of an application.
        static_sites (list[AppsDeploymentStaticSite] | Unset):
        tier_slug (str | Unset):  Example: basic.
        updated_at (datetime.datetime | Unset):  Example: 2020-07-28T18:00:00Z.
        workers (list[AppsDeploymentWorker] | Unset):
    """

    cause: str | Unset = UNSET
    cloned_from: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    jobs: list[AppsDeploymentJob] | Unset = UNSET
    functions: list[AppsDeploymentFunctions] | Unset = UNSET
    phase: AppsDeploymentPhase | Unset = UNSET
    phase_last_updated_at: datetime.datetime | Unset = UNSET
    progress: AppsDeploymentProgress | Unset = UNSET
    services: list[AppsDeploymentService] | Unset = UNSET
    spec: AppSpec | Unset = UNSET
    static_sites: list[AppsDeploymentStaticSite] | Unset = UNSET
    tier_slug: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    workers: list[AppsDeploymentWorker] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        cloned_from = self.cloned_from

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        phase_last_updated_at: str | Unset = UNSET
        if not isinstance(self.phase_last_updated_at, Unset):
            phase_last_updated_at = self.phase_last_updated_at.isoformat()

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        static_sites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.static_sites, Unset):
            static_sites = []
            for static_sites_item_data in self.static_sites:
                static_sites_item = static_sites_item_data.to_dict()
                static_sites.append(static_sites_item)

        tier_slug = self.tier_slug

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cause is not UNSET:
            field_dict["cause"] = cause
        if cloned_from is not UNSET:
            field_dict["cloned_from"] = cloned_from
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if functions is not UNSET:
            field_dict["functions"] = functions
        if phase is not UNSET:
            field_dict["phase"] = phase
        if phase_last_updated_at is not UNSET:
            field_dict["phase_last_updated_at"] = phase_last_updated_at
        if progress is not UNSET:
            field_dict["progress"] = progress
        if services is not UNSET:
            field_dict["services"] = services
        if spec is not UNSET:
            field_dict["spec"] = spec
        if static_sites is not UNSET:
            field_dict["static_sites"] = static_sites
        if tier_slug is not UNSET:
            field_dict["tier_slug"] = tier_slug
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_spec import AppSpec
        from ..models.apps_deployment_functions import AppsDeploymentFunctions
        from ..models.apps_deployment_job import AppsDeploymentJob
        from ..models.apps_deployment_progress import AppsDeploymentProgress
        from ..models.apps_deployment_service import AppsDeploymentService
        from ..models.apps_deployment_static_site import AppsDeploymentStaticSite
        from ..models.apps_deployment_worker import AppsDeploymentWorker

        d = dict(src_dict)
        cause = d.pop("cause", UNSET)

        cloned_from = d.pop("cloned_from", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[AppsDeploymentJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = AppsDeploymentJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        _functions = d.pop("functions", UNSET)
        functions: list[AppsDeploymentFunctions] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = AppsDeploymentFunctions.from_dict(functions_item_data)

                functions.append(functions_item)

        _phase = d.pop("phase", UNSET)
        phase: AppsDeploymentPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = AppsDeploymentPhase(_phase)

        _phase_last_updated_at = d.pop("phase_last_updated_at", UNSET)
        phase_last_updated_at: datetime.datetime | Unset
        if isinstance(_phase_last_updated_at, Unset):
            phase_last_updated_at = UNSET
        else:
            phase_last_updated_at = datetime.datetime.fromisoformat(
                _phase_last_updated_at
            )

        _progress = d.pop("progress", UNSET)
        progress: AppsDeploymentProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = AppsDeploymentProgress.from_dict(_progress)

        _services = d.pop("services", UNSET)
        services: list[AppsDeploymentService] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = AppsDeploymentService.from_dict(services_item_data)

                services.append(services_item)

        _spec = d.pop("spec", UNSET)
        spec: AppSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = AppSpec.from_dict(_spec)

        _static_sites = d.pop("static_sites", UNSET)
        static_sites: list[AppsDeploymentStaticSite] | Unset = UNSET
        if _static_sites is not UNSET:
            static_sites = []
            for static_sites_item_data in _static_sites:
                static_sites_item = AppsDeploymentStaticSite.from_dict(
                    static_sites_item_data
                )

                static_sites.append(static_sites_item)

        tier_slug = d.pop("tier_slug", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _workers = d.pop("workers", UNSET)
        workers: list[AppsDeploymentWorker] | Unset = UNSET
        if _workers is not UNSET:
            workers = []
            for workers_item_data in _workers:
                workers_item = AppsDeploymentWorker.from_dict(workers_item_data)

                workers.append(workers_item)

        app_pending_deployment = cls(
            cause=cause,
            cloned_from=cloned_from,
            created_at=created_at,
            id=id,
            jobs=jobs,
            functions=functions,
            phase=phase,
            phase_last_updated_at=phase_last_updated_at,
            progress=progress,
            services=services,
            spec=spec,
            static_sites=static_sites,
            tier_slug=tier_slug,
            updated_at=updated_at,
            workers=workers,
        )

        app_pending_deployment.additional_properties = d
        return app_pending_deployment

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
