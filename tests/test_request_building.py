"""The runtime's direct request building produces exactly what httpx.Client.build_request would."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from wacloud._runtime import build_request

URL = "https://graph.facebook.com/v26.0/106540352242922/messages"
TIMEOUT = httpx.Timeout(12.5)


def _shape(request: httpx.Request) -> tuple[Any, ...]:
    request.read()
    headers = sorted((k.lower(), v) for k, v in request.headers.items())
    return request.method, str(request.url), headers, request.content, request.extensions


@pytest.mark.parametrize(
    "kwargs",
    [
        {
            "json": {"messaging_product": "whatsapp", "to": "1", "text": {"body": "héllo ✓ \N{THUMBS UP SIGN}"}},
            "headers": {"Content-Type": "application/json"},
        },
        {"json": {"a": [1, 2.5, None, True]}},
        {"headers": {}},
        {"params": {}},
        {"params": {"fields": "id,name", "limit": 2}},
        {"data": {"business_public_key": "-----BEGIN PUBLIC KEY-----"}},
        {"files": [("file", ("a.png", b"\x89PNG", "image/png"))], "data": {"type": "image/png"}},
    ],
    ids=["json+header", "json", "no body", "empty params", "query", "form", "multipart"],
)
@pytest.mark.parametrize(
    "client_options", [{}, {"headers": {"User-Agent": "custom"}}, {"params": {"p": "1"}}, {"cookies": {"c": "1"}}]
)
def test_same_request_as_httpx(kwargs: dict[str, Any], client_options: dict[str, Any]) -> None:
    with httpx.Client(**client_options) as http:
        headers = {**kwargs.get("headers", {}), "Authorization": "Bearer EAAG-x"}
        ours = build_request(http, "POST", URL, kwargs, TIMEOUT, headers)
        theirs = http.build_request("POST", URL, timeout=TIMEOUT, **{**kwargs, "headers": headers})
        if "files" in kwargs:  # random multipart boundaries differ: compare everything else
            assert ours.headers["content-type"].startswith("multipart/form-data; boundary=")
            assert (ours.method, ours.url) == (theirs.method, theirs.url)
        else:
            assert _shape(ours) == _shape(theirs)
