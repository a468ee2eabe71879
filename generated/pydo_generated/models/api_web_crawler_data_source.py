from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_crawling_option import ApiCrawlingOption
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiWebCrawlerDataSource")


@_attrs_define
class ApiWebCrawlerDataSource:
    """WebCrawlerDataSource

    Attributes:
        base_url (str | Unset): The base url to crawl. Example: example string.
        crawling_option (ApiCrawlingOption | Unset): Options for specifying how URLs found on pages should be handled.

             - UNKNOWN: Default unknown value
             - SCOPED: Only include the base URL.
             - PATH: Crawl the base URL and linked pages within the URL path.
             - DOMAIN: Crawl the base URL and linked pages within the same domain.
             - SUBDOMAINS: Crawl the base URL and linked pages for any subdomain.
             - SITEMAP: Crawl URLs discovered in the sitemap. Example: UNKNOWN.
        embed_media (bool | Unset): Whether to ingest and index media (images, etc.) on web pages. Example: True.
        exclude_tags (list[str] | Unset): Declaring which tags to exclude in web pages while webcrawling Example:
            ['example string'].
    """

    base_url: str | Unset = UNSET
    crawling_option: ApiCrawlingOption | Unset = UNSET
    embed_media: bool | Unset = UNSET
    exclude_tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        crawling_option: str | Unset = UNSET
        if not isinstance(self.crawling_option, Unset):
            crawling_option = self.crawling_option.value

        embed_media = self.embed_media

        exclude_tags: list[str] | Unset = UNSET
        if not isinstance(self.exclude_tags, Unset):
            exclude_tags = self.exclude_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if crawling_option is not UNSET:
            field_dict["crawling_option"] = crawling_option
        if embed_media is not UNSET:
            field_dict["embed_media"] = embed_media
        if exclude_tags is not UNSET:
            field_dict["exclude_tags"] = exclude_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_url = d.pop("base_url", UNSET)

        _crawling_option = d.pop("crawling_option", UNSET)
        crawling_option: ApiCrawlingOption | Unset
        if isinstance(_crawling_option, Unset):
            crawling_option = UNSET
        else:
            crawling_option = ApiCrawlingOption(_crawling_option)

        embed_media = d.pop("embed_media", UNSET)

        exclude_tags = cast(list[str], d.pop("exclude_tags", UNSET))

        api_web_crawler_data_source = cls(
            base_url=base_url,
            crawling_option=crawling_option,
            embed_media=embed_media,
            exclude_tags=exclude_tags,
        )

        api_web_crawler_data_source.additional_properties = d
        return api_web_crawler_data_source

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
