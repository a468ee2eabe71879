from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsGitlabSourceSpec")


@_attrs_define
class AppsGitlabSourceSpec:
    """
    Attributes:
        branch (str | Unset): The name of the branch to use Example: main.
        deploy_on_push (bool | Unset): Whether to automatically deploy new commits made to the repo Example: True.
        repo (str | Unset): The name of the repo in the format owner/repo. Example: `digitalocean/sample-golang`
            Example: digitalocean/sample-golang.
    """

    branch: str | Unset = UNSET
    deploy_on_push: bool | Unset = UNSET
    repo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        deploy_on_push = self.deploy_on_push

        repo = self.repo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if deploy_on_push is not UNSET:
            field_dict["deploy_on_push"] = deploy_on_push
        if repo is not UNSET:
            field_dict["repo"] = repo

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        deploy_on_push = d.pop("deploy_on_push", UNSET)

        repo = d.pop("repo", UNSET)

        apps_gitlab_source_spec = cls(
            branch=branch,
            deploy_on_push=deploy_on_push,
            repo=repo,
        )

        apps_gitlab_source_spec.additional_properties = d
        return apps_gitlab_source_spec

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
