"""Defaults, kept in one place."""

from __future__ import annotations

from ._version import __version__

#: The Graph API version the spec in spec/ was written for. CLOUD_API_VERSION overrides it.
DEFAULT_API_VERSION = "v26.0"
DEFAULT_GRAPH_URL = "https://graph.facebook.com"
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_WAIT_SECONDS = 60.0
INITIAL_RETRY_DELAY_SECONDS = 0.5
MAX_RETRY_DELAY_SECONDS = 8.0
DEFAULT_LISTENER_PORT = 3000
DEFAULT_WEBHOOK_ENDPOINT = "/webhook"
DEFAULT_EMULATOR_PORT = 3099
#: The bearer token goes only to the configured origin and to this media host (Graph's media URLs, which need it).
MEDIA_TOKEN_HOSTS = frozenset({"lookaside.fbsbx.com"})
#: Meta's media CDNs (signed URLs): a download, or a redirect it follows, may fetch from them, without the token.
MEDIA_CDN_HOST_SUFFIXES = (".fbsbx.com", ".fbcdn.net", ".whatsapp.net")
#: Redirects a media download follows at most (only to the hosts above).
MAX_MEDIA_REDIRECTS = 3
#: Sent by the pools wacloud creates (an injected ``http_client`` keeps its own User-Agent).
USER_AGENT = f"wacloud-python/{__version__}"
