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
    from ..models.app_static_site_spec_cors import AppStaticSiteSpecCors
    from ..models.app_variable_definition import AppVariableDefinition
    from ..models.apps_bitbucket_source_spec import AppsBitbucketSourceSpec
    from ..models.apps_git_source_spec import AppsGitSourceSpec
    from ..models.apps_github_source_spec import AppsGithubSourceSpec
    from ..models.apps_gitlab_source_spec import AppsGitlabSourceSpec
    from ..models.apps_image_source_spec import AppsImageSourceSpec
    from ..models.configurations_for_external_logging import (
        ConfigurationsForExternalLogging,
    )


T = TypeVar("T", bound="AppStaticSiteSpec")


@_attrs_define
class AppStaticSiteSpec:
    """
    Attributes:
        name (str): The name. Must be unique across all components within the same app. Example: api.
        git (AppsGitSourceSpec | Unset):
        github (AppsGithubSourceSpec | Unset):
        gitlab (AppsGitlabSourceSpec | Unset):
        bitbucket (AppsBitbucketSourceSpec | Unset):
        image (AppsImageSourceSpec | Unset):
        dockerfile_path (str | Unset): The path to the Dockerfile relative to the root of the repo. If set, it will be
            used to build this component. Otherwise, App Platform will attempt to build it using buildpacks. Example:
            path/to/Dockerfile.
        build_command (str | Unset): An optional build command to run while building this component from source.
            Example: npm run build.
        run_command (str | Unset): An optional run command to override the component's default. Example: bin/api.
        source_dir (str | Unset): An optional path to the working directory to use for the build. For Dockerfile builds,
            this will be used as the build context. Must be relative to the root of the repo. Example: path/to/dir.
        envs (list[AppVariableDefinition] | Unset): A list of environment variables made available to the component.
        environment_slug (str | Unset): An environment slug describing the type of this app. For a full list, please
            refer to [the product documentation](https://docs.digitalocean.com/products/app-platform/). Example: node-js.
        log_destinations (list[ConfigurationsForExternalLogging] | Unset): A list of configured log forwarding
            destinations.
        index_document (str | Unset): The name of the index document to use when serving this static site. Default:
            index.html Default: 'index.html'. Example: main.html.
        error_document (str | Unset): The name of the error document to use when serving this static site. Default:
            404.html. If no such file exists within the built assets, App Platform will supply one. Default: '404.html'.
            Example: error.html.
        catchall_document (str | Unset): The name of the document to use as the fallback for any requests to documents
            that are not found when serving this static site. Only 1 of `catchall_document` or `error_document` can be set.
            Example: index.html.
        output_dir (str | Unset): An optional path to where the built assets will be located, relative to the build
            context. If not set, App Platform will automatically scan for these directory names: `_static`, `dist`,
            `public`, `build`. Example: dist/.
        cors (AppStaticSiteSpecCors | Unset):
        routes (list[ACriterionForRoutingHTTPTrafficToAComponent] | Unset): (Deprecated - Use Ingress Rules instead). A
            list of HTTP routes that should be routed to this component.
    """

    name: str
    git: AppsGitSourceSpec | Unset = UNSET
    github: AppsGithubSourceSpec | Unset = UNSET
    gitlab: AppsGitlabSourceSpec | Unset = UNSET
    bitbucket: AppsBitbucketSourceSpec | Unset = UNSET
    image: AppsImageSourceSpec | Unset = UNSET
    dockerfile_path: str | Unset = UNSET
    build_command: str | Unset = UNSET
    run_command: str | Unset = UNSET
    source_dir: str | Unset = UNSET
    envs: list[AppVariableDefinition] | Unset = UNSET
    environment_slug: str | Unset = UNSET
    log_destinations: list[ConfigurationsForExternalLogging] | Unset = UNSET
    index_document: str | Unset = "index.html"
    error_document: str | Unset = "404.html"
    catchall_document: str | Unset = UNSET
    output_dir: str | Unset = UNSET
    cors: AppStaticSiteSpecCors | Unset = UNSET
    routes: list[ACriterionForRoutingHTTPTrafficToAComponent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        dockerfile_path = self.dockerfile_path

        build_command = self.build_command

        run_command = self.run_command

        source_dir = self.source_dir

        envs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = []
            for envs_item_data in self.envs:
                envs_item = envs_item_data.to_dict()
                envs.append(envs_item)

        environment_slug = self.environment_slug

        log_destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_destinations, Unset):
            log_destinations = []
            for log_destinations_item_data in self.log_destinations:
                log_destinations_item = log_destinations_item_data.to_dict()
                log_destinations.append(log_destinations_item)

        index_document = self.index_document

        error_document = self.error_document

        catchall_document = self.catchall_document

        output_dir = self.output_dir

        cors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cors, Unset):
            cors = self.cors.to_dict()

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if git is not UNSET:
            field_dict["git"] = git
        if github is not UNSET:
            field_dict["github"] = github
        if gitlab is not UNSET:
            field_dict["gitlab"] = gitlab
        if bitbucket is not UNSET:
            field_dict["bitbucket"] = bitbucket
        if image is not UNSET:
            field_dict["image"] = image
        if dockerfile_path is not UNSET:
            field_dict["dockerfile_path"] = dockerfile_path
        if build_command is not UNSET:
            field_dict["build_command"] = build_command
        if run_command is not UNSET:
            field_dict["run_command"] = run_command
        if source_dir is not UNSET:
            field_dict["source_dir"] = source_dir
        if envs is not UNSET:
            field_dict["envs"] = envs
        if environment_slug is not UNSET:
            field_dict["environment_slug"] = environment_slug
        if log_destinations is not UNSET:
            field_dict["log_destinations"] = log_destinations
        if index_document is not UNSET:
            field_dict["index_document"] = index_document
        if error_document is not UNSET:
            field_dict["error_document"] = error_document
        if catchall_document is not UNSET:
            field_dict["catchall_document"] = catchall_document
        if output_dir is not UNSET:
            field_dict["output_dir"] = output_dir
        if cors is not UNSET:
            field_dict["cors"] = cors
        if routes is not UNSET:
            field_dict["routes"] = routes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.a_criterion_for_routing_http_traffic_to_a_component import (
            ACriterionForRoutingHTTPTrafficToAComponent,
        )
        from ..models.app_static_site_spec_cors import AppStaticSiteSpecCors
        from ..models.app_variable_definition import AppVariableDefinition
        from ..models.apps_bitbucket_source_spec import AppsBitbucketSourceSpec
        from ..models.apps_git_source_spec import AppsGitSourceSpec
        from ..models.apps_github_source_spec import AppsGithubSourceSpec
        from ..models.apps_gitlab_source_spec import AppsGitlabSourceSpec
        from ..models.apps_image_source_spec import AppsImageSourceSpec
        from ..models.configurations_for_external_logging import (
            ConfigurationsForExternalLogging,
        )

        d = dict(src_dict)
        name = d.pop("name")

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

        _image = d.pop("image", UNSET)
        image: AppsImageSourceSpec | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = AppsImageSourceSpec.from_dict(_image)

        dockerfile_path = d.pop("dockerfile_path", UNSET)

        build_command = d.pop("build_command", UNSET)

        run_command = d.pop("run_command", UNSET)

        source_dir = d.pop("source_dir", UNSET)

        _envs = d.pop("envs", UNSET)
        envs: list[AppVariableDefinition] | Unset = UNSET
        if _envs is not UNSET:
            envs = []
            for envs_item_data in _envs:
                envs_item = AppVariableDefinition.from_dict(envs_item_data)

                envs.append(envs_item)

        environment_slug = d.pop("environment_slug", UNSET)

        _log_destinations = d.pop("log_destinations", UNSET)
        log_destinations: list[ConfigurationsForExternalLogging] | Unset = UNSET
        if _log_destinations is not UNSET:
            log_destinations = []
            for log_destinations_item_data in _log_destinations:
                log_destinations_item = ConfigurationsForExternalLogging.from_dict(
                    log_destinations_item_data
                )

                log_destinations.append(log_destinations_item)

        index_document = d.pop("index_document", UNSET)

        error_document = d.pop("error_document", UNSET)

        catchall_document = d.pop("catchall_document", UNSET)

        output_dir = d.pop("output_dir", UNSET)

        _cors = d.pop("cors", UNSET)
        cors: AppStaticSiteSpecCors | Unset
        if isinstance(_cors, Unset):
            cors = UNSET
        else:
            cors = AppStaticSiteSpecCors.from_dict(_cors)

        _routes = d.pop("routes", UNSET)
        routes: list[ACriterionForRoutingHTTPTrafficToAComponent] | Unset = UNSET
        if _routes is not UNSET:
            routes = []
            for routes_item_data in _routes:
                routes_item = ACriterionForRoutingHTTPTrafficToAComponent.from_dict(
                    routes_item_data
                )

                routes.append(routes_item)

        app_static_site_spec = cls(
            name=name,
            git=git,
            github=github,
            gitlab=gitlab,
            bitbucket=bitbucket,
            image=image,
            dockerfile_path=dockerfile_path,
            build_command=build_command,
            run_command=run_command,
            source_dir=source_dir,
            envs=envs,
            environment_slug=environment_slug,
            log_destinations=log_destinations,
            index_document=index_document,
            error_document=error_document,
            catchall_document=catchall_document,
            output_dir=output_dir,
            cors=cors,
            routes=routes,
        )

        app_static_site_spec.additional_properties = d
        return app_static_site_spec

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
