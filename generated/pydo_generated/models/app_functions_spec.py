from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_criterion_for_routing_http_traffic_to_a_component import (
        ACriterionForRoutingHTTPTrafficToAComponent,
    )
    from ..models.app_alert_spec import AppAlertSpec
    from ..models.app_functions_spec_cors import AppFunctionsSpecCors
    from ..models.app_variable_definition import AppVariableDefinition
    from ..models.apps_bitbucket_source_spec import AppsBitbucketSourceSpec
    from ..models.apps_git_source_spec import AppsGitSourceSpec
    from ..models.apps_github_source_spec import AppsGithubSourceSpec
    from ..models.apps_gitlab_source_spec import AppsGitlabSourceSpec
    from ..models.configurations_for_external_logging import (
        ConfigurationsForExternalLogging,
    )


T = TypeVar("T", bound="AppFunctionsSpec")


@_attrs_define
class AppFunctionsSpec:
    """
    Attributes:
        name (str): The name. Must be unique across all components within the same app. Example: api.
        cors (AppFunctionsSpecCors | Unset):
        routes (list[ACriterionForRoutingHTTPTrafficToAComponent] | Unset): (Deprecated - Use Ingress Rules instead). A
            list of HTTP routes that should be routed to this component.
        source_dir (str | Unset): An optional path to the working directory to use for the build. For Dockerfile builds,
            this will be used as the build context. Must be relative to the root of the repo. Example: path/to/dir.
        alerts (list[AppAlertSpec] | Unset):
        envs (list[AppVariableDefinition] | Unset): A list of environment variables made available to the component.
        git (AppsGitSourceSpec | Unset):
        github (AppsGithubSourceSpec | Unset):
        gitlab (AppsGitlabSourceSpec | Unset):
        bitbucket (AppsBitbucketSourceSpec | Unset):
        log_destinations (list[ConfigurationsForExternalLogging] | Unset): A list of configured log forwarding
            destinations.
    """

    name: str
    cors: AppFunctionsSpecCors | Unset = UNSET
    routes: list[ACriterionForRoutingHTTPTrafficToAComponent] | Unset = UNSET
    source_dir: str | Unset = UNSET
    alerts: list[AppAlertSpec] | Unset = UNSET
    envs: list[AppVariableDefinition] | Unset = UNSET
    git: AppsGitSourceSpec | Unset = UNSET
    github: AppsGithubSourceSpec | Unset = UNSET
    gitlab: AppsGitlabSourceSpec | Unset = UNSET
    bitbucket: AppsBitbucketSourceSpec | Unset = UNSET
    log_destinations: list[ConfigurationsForExternalLogging] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cors, Unset):
            cors = self.cors.to_dict()

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        source_dir = self.source_dir

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        envs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = []
            for envs_item_data in self.envs:
                envs_item = envs_item_data.to_dict()
                envs.append(envs_item)

        git: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git, Unset):
            git = self.git.to_dict()

        github: dict[str, Any] | Unset = UNSET
        if not isinstance(self.github, Unset):
            github = self.github.to_dict()

        gitlab: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gitlab, Unset):
            gitlab = self.gitlab.to_dict()

        bitbucket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bitbucket, Unset):
            bitbucket = self.bitbucket.to_dict()

        log_destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_destinations, Unset):
            log_destinations = []
            for log_destinations_item_data in self.log_destinations:
                log_destinations_item = log_destinations_item_data.to_dict()
                log_destinations.append(log_destinations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if cors is not UNSET:
            field_dict["cors"] = cors
        if routes is not UNSET:
            field_dict["routes"] = routes
        if source_dir is not UNSET:
            field_dict["source_dir"] = source_dir
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if envs is not UNSET:
            field_dict["envs"] = envs
        if git is not UNSET:
            field_dict["git"] = git
        if github is not UNSET:
            field_dict["github"] = github
        if gitlab is not UNSET:
            field_dict["gitlab"] = gitlab
        if bitbucket is not UNSET:
            field_dict["bitbucket"] = bitbucket
        if log_destinations is not UNSET:
            field_dict["log_destinations"] = log_destinations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.a_criterion_for_routing_http_traffic_to_a_component import (
            ACriterionForRoutingHTTPTrafficToAComponent,
        )
        from ..models.app_alert_spec import AppAlertSpec
        from ..models.app_functions_spec_cors import AppFunctionsSpecCors
        from ..models.app_variable_definition import AppVariableDefinition
        from ..models.apps_bitbucket_source_spec import AppsBitbucketSourceSpec
        from ..models.apps_git_source_spec import AppsGitSourceSpec
        from ..models.apps_github_source_spec import AppsGithubSourceSpec
        from ..models.apps_gitlab_source_spec import AppsGitlabSourceSpec
        from ..models.configurations_for_external_logging import (
            ConfigurationsForExternalLogging,
        )

        d = dict(src_dict)
        name = d.pop("name")

        _cors = d.pop("cors", UNSET)
        cors: AppFunctionsSpecCors | Unset
        if isinstance(_cors, Unset):
            cors = UNSET
        else:
            cors = AppFunctionsSpecCors.from_dict(_cors)

        _routes = d.pop("routes", UNSET)
        routes: list[ACriterionForRoutingHTTPTrafficToAComponent] | Unset = UNSET
        if _routes is not UNSET:
            routes = []
            for routes_item_data in _routes:
                routes_item = ACriterionForRoutingHTTPTrafficToAComponent.from_dict(
                    routes_item_data
                )

                routes.append(routes_item)

        source_dir = d.pop("source_dir", UNSET)

        _alerts = d.pop("alerts", UNSET)
        alerts: list[AppAlertSpec] | Unset = UNSET
        if _alerts is not UNSET:
            alerts = []
            for alerts_item_data in _alerts:
                alerts_item = AppAlertSpec.from_dict(alerts_item_data)

                alerts.append(alerts_item)

        _envs = d.pop("envs", UNSET)
        envs: list[AppVariableDefinition] | Unset = UNSET
        if _envs is not UNSET:
            envs = []
            for envs_item_data in _envs:
                envs_item = AppVariableDefinition.from_dict(envs_item_data)

                envs.append(envs_item)

        _git = d.pop("git", UNSET)
        git: AppsGitSourceSpec | Unset
        if isinstance(_git, Unset):
            git = UNSET
        else:
            git = AppsGitSourceSpec.from_dict(_git)

        _github = d.pop("github", UNSET)
        github: AppsGithubSourceSpec | Unset
        if isinstance(_github, Unset):
            github = UNSET
        else:
            github = AppsGithubSourceSpec.from_dict(_github)

        _gitlab = d.pop("gitlab", UNSET)
        gitlab: AppsGitlabSourceSpec | Unset
        if isinstance(_gitlab, Unset):
            gitlab = UNSET
        else:
            gitlab = AppsGitlabSourceSpec.from_dict(_gitlab)

        _bitbucket = d.pop("bitbucket", UNSET)
        bitbucket: AppsBitbucketSourceSpec | Unset
        if isinstance(_bitbucket, Unset):
            bitbucket = UNSET
        else:
            bitbucket = AppsBitbucketSourceSpec.from_dict(_bitbucket)

        _log_destinations = d.pop("log_destinations", UNSET)
        log_destinations: list[ConfigurationsForExternalLogging] | Unset = UNSET
        if _log_destinations is not UNSET:
            log_destinations = []
            for log_destinations_item_data in _log_destinations:
                log_destinations_item = ConfigurationsForExternalLogging.from_dict(
                    log_destinations_item_data
                )

                log_destinations.append(log_destinations_item)

        app_functions_spec = cls(
            name=name,
            cors=cors,
            routes=routes,
            source_dir=source_dir,
            alerts=alerts,
            envs=envs,
            git=git,
            github=github,
            gitlab=gitlab,
            bitbucket=bitbucket,
            log_destinations=log_destinations,
        )

        app_functions_spec.additional_properties = d
        return app_functions_spec

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
