"""Where the bearer token may go, and which hosts a media download may fetch from (and follow redirects to).

* The token goes only to the exact configured origin (scheme, host and port of ``base_url``: Graph, or a local
  emulator) and to ``https://lookaside.fbsbx.com``, the host of the media URLs Graph returns, which requires it.
  Never to another port or scheme of the same host.
* A media download may also fetch from Meta's media CDNs (``https`` on ``*.fbsbx.com``, ``*.fbcdn.net``,
  ``*.whatsapp.net``), where URLs are signed: without the token. Every other host is refused.
"""

from __future__ import annotations

from typing import Literal

import httpx

from ._constants import MEDIA_CDN_HOST_SUFFIXES, MEDIA_TOKEN_HOSTS

__all__ = ["MediaAccess", "media_access", "origin", "token_allowed"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` with the scheme's default port filled in, as browsers compare origins."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    scheme = parsed.scheme.lower()
    return scheme, parsed.host.lower(), parsed.port or _DEFAULT_PORTS.get(scheme)


def token_allowed(url: str | httpx.URL, base_url: str) -> bool:
    """Whether the bearer token may be sent to ``url``: the configured origin or Meta's token media host."""
    target = origin(url)
    if target == origin(base_url):
        return True
    scheme, host, port = target
    return scheme == "https" and port == 443 and host in MEDIA_TOKEN_HOSTS


#: How a media URL is fetched: ``"with-token"``, ``"without-token"``; ``None`` means refused.
MediaAccess = Literal["with-token", "without-token"]


def media_access(url: str | httpx.URL, base_url: str) -> MediaAccess | None:
    """How to fetch media from ``url``, or ``None`` when it is not the configured origin nor a Meta media host."""
    try:
        if token_allowed(url, base_url):
            return "with-token"
        scheme, host, port = origin(url)
    except httpx.InvalidURL:
        return None
    if scheme == "https" and port == 443 and host.endswith(MEDIA_CDN_HOST_SUFFIXES):
        return "without-token"
    return None
