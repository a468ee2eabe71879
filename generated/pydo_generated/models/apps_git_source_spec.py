from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsGitSourceSpec")


@_attrs_define
class AppsGitSourceSpec:
    """
    Attributes:
        branch (str | Unset): The name of the branch to use Example: main.
        repo_clone_url (str | Unset): The clone URL of the repo. Example: `https://github.com/digitalocean/sample-
            golang.git` Example: https://github.com/digitalocean/sample-golang.git.
    """

    branch: str | Unset = UNSET
    repo_clone_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        repo_clone_url = self.repo_clone_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if repo_clone_url is not UNSET:
            field_dict["repo_clone_url"] = repo_clone_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        repo_clone_url = d.pop("repo_clone_url", UNSET)

        apps_git_source_spec = cls(
            branch=branch,
            repo_clone_url=repo_clone_url,
        )

        apps_git_source_spec.additional_properties = d
        return apps_git_source_spec

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
