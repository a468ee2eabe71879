from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Credentials")


@_attrs_define
class Credentials:
    """
    Attributes:
        server (str | Unset): The URL used to access the cluster API server. Example:
            https://bd5f5959-5e1e-4205-a714-a914373942af.k8s.ondigitalocean.com.
        certificate_authority_data (str | Unset): A base64 encoding of bytes representing the certificate authority data
            for accessing the cluster. Example: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURKekNDQWcrZ0F3SUJBZ0lDQm5Vd0RRWUpL
            b1pJaHZjTkFRRUxCUUF3TXpFVk1CTUdBMVVFQ2hNTVJHbG4KYVhSaGJFOWpaV0Z1TVJvd0dBWURWUVFERXhGck9ITmhZWE1nUTJ4MWMzUmxjaUJE
            UVRBZUZ3MHlNREE0TURNeApOVEkxTWpoYUZ3MDBNREE0TURNeE5USTFNamhhTURNeEZUQVRCZ05WQkFvVERFUnBaMmwwWVd4UFkyVmhiakVhCk1C
            Z0dBMVVFQXhNUmF6aHpZV0Z6SUVOc2RYTjBaWElnUTBFd2dnRWlNQTBHQ1NxR1NJYjNEUUVCQVFVQUE0SUIKRHdBd2dnRUtBb0lCQVFDc21oa2Jr
            SEpUcGhZQlN0R05VVE1ORVZTd2N3bmRtajArelQvcUZaNGsrOVNxUnYrSgpBd0lCaGpBU0JnTlZIUk1CQWY4RUNEQUdBUUgvQWdFQU1CMEdBMVVk
            RGdRV0JCUlRzazhhZ1hCUnFyZXdlTXJxClhwa3E1NXg5dVRBTkJna3Foa2lHOXcwQkFRc0ZBQU9DQVFFQXB6V2F6bXNqYWxXTEx3ZjVpbWdDblNI
            NDlKcGkKYWkvbzFMdEJvVEpleGdqZzE1ZVppaG5BMUJMc0lWNE9BZGM3UEFsL040L0hlbENrTDVxandjamRnNVdaYnMzYwozcFVUQ0g5bVVwMFg1
            SVdhT1VKV292Q1hGUlM1R2VKYXlkSDVPUXhqTURzR2N2UlNvZGQrVnQ2MXE3aWdFZ2I1CjBOZ1l5RnRnc2p0MHpJN3hURzZFNnlsOVYvUmFoS3lI
            Qks2eExlM1RnUGU4SXhWa2RwT3QzR0FhSDRaK0pLR3gKYisyMVZia1NnRE1QQTlyR0VKNVZwVXlBV0FEVXZDRVFHV0hmNGpQN2ZGZlc3T050S0JW
            Y3h3YWFjcVBVdUhzWApwRG5DZVR3V1NuUVp6L05xNmQxWUtsMFdtbkwzTEowemJzRVFGbEQ4MkkwL09MY2dZSDVxMklOZHhBPT0KLS0tLS1FTkQg
            Q0VSVElGSUNBVEUtLS0tLQo=.
        client_certificate_data (None | str | Unset): A base64 encoding of bytes representing the x509 client
            certificate data for access the cluster. This is only returned for clusters
            without support for token-based authentication.

            Newly created Kubernetes clusters do not return credentials using
            certificate-based authentication. For additional information,
            [see here](https://docs.digitalocean.com/products/kubernetes/how-to/connect-to-cluster/#authenticate).
        client_key_data (None | str | Unset): A base64 encoding of bytes representing the x509 client key
            data for access the cluster. This is only returned for clusters without
            support for token-based authentication.

            Newly created Kubernetes clusters do not return credentials using
            certificate-based authentication. For additional information,
            [see here](https://docs.digitalocean.com/products/kubernetes/how-to/connect-to-cluster/#authenticate).
        token (str | Unset): An access token used to authenticate with the cluster. This is only returned for clusters
            with support for token-based authentication. Example: $DIGITALOCEAN_TOKEN.
        expires_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the access token expires. Example: 2019-11-09T11:50:28.889080521Z.
    """

    server: str | Unset = UNSET
    certificate_authority_data: str | Unset = UNSET
    client_certificate_data: None | str | Unset = UNSET
    client_key_data: None | str | Unset = UNSET
    token: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server

        certificate_authority_data = self.certificate_authority_data

        client_certificate_data: None | str | Unset
        if isinstance(self.client_certificate_data, Unset):
            client_certificate_data = UNSET
        else:
            client_certificate_data = self.client_certificate_data

        client_key_data: None | str | Unset
        if isinstance(self.client_key_data, Unset):
            client_key_data = UNSET
        else:
            client_key_data = self.client_key_data

        token = self.token

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server is not UNSET:
            field_dict["server"] = server
        if certificate_authority_data is not UNSET:
            field_dict["certificate_authority_data"] = certificate_authority_data
        if client_certificate_data is not UNSET:
            field_dict["client_certificate_data"] = client_certificate_data
        if client_key_data is not UNSET:
            field_dict["client_key_data"] = client_key_data
        if token is not UNSET:
            field_dict["token"] = token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        server = d.pop("server", UNSET)

        certificate_authority_data = d.pop("certificate_authority_data", UNSET)

        def _parse_client_certificate_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_certificate_data = _parse_client_certificate_data(
            d.pop("client_certificate_data", UNSET)
        )

        def _parse_client_key_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_key_data = _parse_client_key_data(d.pop("client_key_data", UNSET))

        token = d.pop("token", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        credentials = cls(
            server=server,
            certificate_authority_data=certificate_authority_data,
            client_certificate_data=client_certificate_data,
            client_key_data=client_key_data,
            token=token,
            expires_at=expires_at,
        )

        credentials.additional_properties = d
        return credentials

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
