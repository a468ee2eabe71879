from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.repository_v2 import RepositoryV2


T = TypeVar("T", bound="RegistriesListRepositoriesV2Response200")


@_attrs_define
class RegistriesListRepositoriesV2Response200:
    """
    Example:
        {'repositories': [{'registry_name': 'example', 'name': 'repo-1', 'tag_count': 57, 'manifest_count': 82,
            'latest_manifest': {'digest': 'sha256:cb8a924afdf0229ef7515d9e5b3024e23b3eb03ddbba287f4a19c6ac90b8d221',
            'registry_name': 'example', 'repository': 'repo-1', 'compressed_size_bytes': 1972332, 'size_bytes': 2816445,
            'updated_at': '2021-04-09T23:54:25Z', 'tags': ['v1', 'v2'], 'blobs': [{'digest':
            'sha256:14119a10abf4669e8cdbdff324a9f9605d99697215a0d21c360fe8dfa8471bab', 'compressed_size_bytes': 1471},
            {'digest': 'sha256:a0d0a0d46f8b52473982a3c466318f479767577551a53ffc9074c9fa7035982e', 'compressed_size_byte':
            2814446}, {'digest': 'sha256:69704ef328d05a9f806b6b8502915e6a0a4faa4d72018dc42343f511490daf8a',
            'compressed_size_bytes': 528}]}}], 'meta': {'total': 5}, 'links': {'pages': {'next':
            'https://api.digitalocean.com/v2/registry/example/repositoriesV2?page=2&page_token=JPZmZzZXQiOjB9&per_page=1',
            'last': 'https://api.digitalocean.com/v2/registry/example/repositoriesV2?page=5&per_page=1'}}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        repositories (list[RepositoryV2] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    repositories: list[RepositoryV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        repositories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.repositories, Unset):
            repositories = []
            for repositories_item_data in self.repositories:
                repositories_item = repositories_item_data.to_dict()
                repositories.append(repositories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if repositories is not UNSET:
            field_dict["repositories"] = repositories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.repository_v2 import RepositoryV2

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _repositories = d.pop("repositories", UNSET)
        repositories: list[RepositoryV2] | Unset = UNSET
        if _repositories is not UNSET:
            repositories = []
            for repositories_item_data in _repositories:
                repositories_item = RepositoryV2.from_dict(repositories_item_data)

                repositories.append(repositories_item)

        registries_list_repositories_v2_response_200 = cls(
            meta=meta,
            links=links,
            repositories=repositories,
        )

        registries_list_repositories_v2_response_200.additional_properties = d
        return registries_list_repositories_v2_response_200

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
