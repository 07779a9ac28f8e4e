"""The errors of ``wacloud.flows``: a refused data-exchange request carries the HTTP status Meta expects.

Meta documents three endpoint codes besides 200: 421 (the request cannot be decrypted: the client fetches the
public key again and retries), 427 (the flow token is no longer valid: the Flow closes and its button is disabled,
showing ``error_msg``) and 432 (the request signature is wrong: a generic error is shown).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._errors import InvalidArgumentError, WhatsAppError

__all__ = [
    "HTTP_CANNOT_DECRYPT",
    "HTTP_INVALID_FLOW_TOKEN",
    "HTTP_INVALID_SIGNATURE",
    "FlowDecryptionError",
    "FlowEndpointError",
    "FlowJSONError",
    "FlowSignatureError",
    "FlowTokenNoLongerValid",
]

#: The request cannot be decrypted (wrong or rotated private key, tampered or malformed payload).
HTTP_CANNOT_DECRYPT = 421
#: The flow token is no longer valid; the answer carries ``{"error_msg": ...}`` shown to the user.
HTTP_INVALID_FLOW_TOKEN = 427
#: The request signature (``X-Hub-Signature-256`` or ``flow_token_signature``) does not verify.
HTTP_INVALID_SIGNATURE = 432


class FlowEndpointError(WhatsAppError):
    """A data-exchange request the endpoint refuses; ``status_code`` is the HTTP status to answer with.

    Messages describe what was wrong and never contain key material, the payload or a secret.
    """

    status_code: int = 500

    def response_body(self) -> Mapping[str, Any] | None:
        """The JSON body to encrypt into the answer, when Meta documents one for this code."""
        return None


class FlowDecryptionError(FlowEndpointError, ValueError):
    """The request cannot be decrypted with the private key, or is not a Flows data-exchange request (421)."""

    status_code = HTTP_CANNOT_DECRYPT


class FlowSignatureError(FlowEndpointError):
    """``X-Hub-Signature-256`` or the ``flow_token_signature`` is missing, malformed or wrong (432)."""

    status_code = HTTP_INVALID_SIGNATURE


class FlowTokenNoLongerValid(FlowEndpointError):
    """Raise from a Flow handler to close the Flow: the user sees ``error_message`` and the button is disabled (427).

    Example: ``raise flows.FlowTokenNoLongerValid("This order has already been placed.")``
    """

    status_code = HTTP_INVALID_FLOW_TOKEN

    def __init__(self, error_message: str) -> None:
        if not isinstance(error_message, str) or not error_message.strip():
            raise InvalidArgumentError("FlowTokenNoLongerValid needs the error_message to show to the user.")
        super().__init__(error_message)
        self.error_message = error_message

    def response_body(self) -> Mapping[str, Any]:
        return {"error_msg": self.error_message}


class FlowJSONError(InvalidArgumentError):
    """A Flow JSON that Meta would refuse; ``problems`` lists every rule broken, each naming where."""

    def __init__(self, problems: list[str]) -> None:
        self.problems: list[str] = list(problems)
        count = len(self.problems)
        listing = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"The Flow JSON is invalid ({count} problem{'s' if count != 1 else ''}):\n{listing}")
