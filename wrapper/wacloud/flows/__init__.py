"""WhatsApp Flows: typed Flow JSON, and the encrypted data-exchange endpoint Meta calls while a Flow is open.

Build a Flow (nothing beyond wacloud's own dependencies)::

    from wacloud import flows

    flow = flows.FlowJSON(screens=[flows.Screen("SIGN_UP", title="Sign up", terminal=True, layout=[...])])
    client.flows.upload_flow_json(flow_id, flow)

Serve its endpoint (``pip install 'wacloud[flows]'``)::

    endpoint = flows.FlowEndpoint(handler, private_key=pem)   # .asgi / .wsgi
    request = flows.decrypt_request(body, pem)                 # or by hand, in any framework

Keys: ``flows.generate_key_pair()`` or ``wacloud flows keygen --upload``.
"""

from __future__ import annotations

from ._components import (
    Action,
    CheckboxGroup,
    CompleteAction,
    Component,
    DataExchangeAction,
    DataField,
    DataSourceItem,
    DatePicker,
    Dropdown,
    EmbeddedLink,
    Footer,
    If,
    Image,
    NavigateAction,
    OpenUrlAction,
    OptIn,
    RadioButtonsGroup,
    RichText,
    Switch,
    TextArea,
    TextBody,
    TextCaption,
    TextHeading,
    TextInput,
    TextSubheading,
    UpdateDataAction,
    data_ref,
    form_ref,
)
from ._crypto import DecryptedRequest, decrypt_request, load_private_key
from ._endpoint import DEFAULT_MAX_BODY_BYTES, EndpointResponse, FlowEndpoint, FlowHandler
from ._errors import (
    HTTP_CANNOT_DECRYPT,
    HTTP_INVALID_FLOW_TOKEN,
    HTTP_INVALID_SIGNATURE,
    FlowDecryptionError,
    FlowEndpointError,
    FlowJSONError,
    FlowSignatureError,
    FlowTokenNoLongerValid,
)
from ._exchange import ACTIONS, FlowRequest, FlowResponse
from ._flow_json import DATA_API_VERSION, FLOW_JSON_VERSION, FlowJSON, Screen
from ._keys import KeyPair, generate_key_pair, public_key_pem, write_private_key
from ._signature import verify_flow_token_signature, verify_request_signature

__all__ = [
    "ACTIONS",
    "DATA_API_VERSION",
    "FLOW_JSON_VERSION",
    "Action",
    "CheckboxGroup",
    "Component",
    "CompleteAction",
    "DataExchangeAction",
    "DataField",
    "DataSourceItem",
    "DatePicker",
    "Dropdown",
    "EmbeddedLink",
    "FlowJSON",
    "Footer",
    "If",
    "Image",
    "NavigateAction",
    "OpenUrlAction",
    "OptIn",
    "RadioButtonsGroup",
    "RichText",
    "Screen",
    "Switch",
    "TextArea",
    "TextBody",
    "TextCaption",
    "TextHeading",
    "TextInput",
    "TextSubheading",
    "UpdateDataAction",
    "data_ref",
    "form_ref",
    "DEFAULT_MAX_BODY_BYTES",
    "HTTP_CANNOT_DECRYPT",
    "HTTP_INVALID_FLOW_TOKEN",
    "HTTP_INVALID_SIGNATURE",
    "DecryptedRequest",
    "EndpointResponse",
    "FlowDecryptionError",
    "FlowEndpoint",
    "FlowEndpointError",
    "FlowHandler",
    "FlowJSONError",
    "FlowRequest",
    "FlowResponse",
    "FlowSignatureError",
    "FlowTokenNoLongerValid",
    "KeyPair",
    "decrypt_request",
    "generate_key_pair",
    "load_private_key",
    "public_key_pem",
    "verify_flow_token_signature",
    "verify_request_signature",
    "write_private_key",
]
