"""The emulator's ASGI app: Graph-shaped routing, bearer auth, spec validation, stateful handlers.

Every answer to bad input is the Graph error envelope Meta sends (code 100 for invalid parameters, 190 for bad
tokens, throttling codes on demand); a 500 only ever means a bug in the emulator itself.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import re
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, parse_qsl

from ._flows import public_key_answer, register_public_key
from ._groups import GroupError, GroupStore, is_bsuid, user_entry
from ._spec import Operation, SpecIndex, validate
from ._state import EmulatorState, Tenant, UploadSession, template_key
from ._webhooks import WebhookSender, call_event, call_status, group_statuses, status_update

__all__ = ["EmulatorApp", "GraphError"]

logger = logging.getLogger("wacloud.emulator")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_VERSION = re.compile(r"^/v\d{1,3}\.\d{1,2}(?=/)")
MAX_BODY = 110 * 1024 * 1024  # Meta's document limit is 100 MB
_TENANT_PARAMS = frozenset({"phone_number_id", "waba_id", "media_id", "template_id"})


@dataclass
class GraphError(Exception):
    """An error answered in Graph's envelope."""

    status: int
    code: int
    message: str
    details: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {
            "message": self.message,
            "type": "OAuthException",
            "code": self.code,
            "fbtrace_id": "Emu" + secrets.token_hex(8),
        }
        if self.details:
            error["error_data"] = {"messaging_product": "whatsapp", "details": self.details}
        return {"error": error}


def _invalid(details: str) -> GraphError:
    return GraphError(400, 100, "(#100) Invalid parameter", details)


def _bad_token() -> GraphError:
    return GraphError(401, 190, "Invalid OAuth access token - Cannot parse access token")


@dataclass(slots=True)
class Call:
    """What a stateful handler gets: the request, its path parameters, the validated body, the owning tenant."""

    request: Request
    params: dict[str, str]
    body: Any
    tenant: Tenant | None


@dataclass(slots=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    host: str

    @property
    def auth_scheme(self) -> str:
        """``bearer`` or ``oauth`` (the resumable upload API's scheme), lowercased; ``""`` without a token."""
        return self.headers.get("authorization", "").partition(" ")[0].lower()

    @property
    def token(self) -> str | None:
        value = self.headers.get("authorization", "")
        scheme, _, token = value.partition(" ")
        return token.strip() or None if scheme.lower() in ("bearer", "oauth") else None


class EmulatorApp:
    """ASGI callable serving the WhatsApp Cloud API from ``spec`` over ``state``."""

    def __init__(
        self, state: EmulatorState, spec: SpecIndex, *, app_secret: str, webhooks: WebhookSender | None
    ) -> None:
        self.state = state
        self.spec = spec
        self.app_secret = app_secret
        self.webhooks = webhooks
        self.groups: GroupStore = GroupStore(state)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= MAX_BODY:
                chunks.append(chunk)
            more = message.get("more_body", False)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request = Request(
            method=scope["method"],
            path=scope["path"],
            query={
                k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode(), keep_blank_values=True).items()
            },
            headers=headers,
            body=b"".join(chunks),
            host=headers.get("host", "127.0.0.1"),
        )
        extra: dict[str, str] = {}
        try:
            if size > MAX_BODY:
                raise GraphError(413, 100, "(#100) Request body too large")
            status, payload, content_type = self.handle(request)
        except GroupError as error:
            graph = GraphError(400, error.code, error.message, error.details)
            status, payload, content_type = graph.status, json.dumps(graph.body()).encode(), "application/json"
        except GraphError as error:
            status, payload, content_type = error.status, json.dumps(error.body()).encode(), "application/json"
            extra = error.headers
        except Exception:  # an emulator bug: answer like Graph's transient error, and say so in the log
            logger.exception("emulator error on %s %s", request.method, request.path)
            internal = GraphError(500, 2, "An unexpected error has occurred. Please retry your request later.")
            status, payload, content_type = 500, json.dumps(internal.body()).encode(), "application/json"
        response_headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(payload)).encode())]
        response_headers += [(k.encode(), v.encode()) for k, v in extra.items()]
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": payload})

    # ------------------------------------------------------------------ dispatch
    def handle(self, request: Request) -> tuple[int, bytes, str]:
        if request.path.startswith("/media-download/"):
            return self._download(request)
        path = _VERSION.sub("", request.path)
        candidates = self.spec.candidates(request.method, path)
        if not candidates:
            raise GraphError(400, 100, f"Unknown path components: {path}")
        operation, params = self._pick(candidates)
        # The token exchange authenticates with the app secret instead of a bearer token.
        token_exchange = operation.operation_id == "exchange_access_token"
        tenant = None if token_exchange else self._authorize(request, params)
        body = self._validated_body(request, operation)
        for name, spec in operation.query_params.items():
            if spec.get("required") and name not in request.query:
                raise _invalid(f"The parameter {name} is required")
        handler = getattr(self, f"_op_{operation.operation_id}", None)
        result = handler(Call(request, params, body, tenant)) if handler else operation.response_example
        return 200, json.dumps(result if result is not None else {"success": True}).encode(), "application/json"

    def _pick(self, candidates: list[tuple[Operation, dict[str, str]]]) -> tuple[Operation, dict[str, str]]:
        if len(candidates) == 1:
            return candidates[0]
        # The /{id} family (spec/README.md, "Graph nodes"): Graph decides by the type of node the id names.
        value = next(iter(candidates[0][1].values()))
        node = self.state.node_type(value) or self.spec.example_nodes.get(value)
        for operation, params in candidates:
            if operation.node is not None and operation.node == node:
                return operation, params
        raise GraphError(
            400,
            100,
            f"Unsupported request. Object with ID '{value}' does not exist, cannot be loaded due to missing "
            "permissions, or does not support this operation.",
        )

    def _authorize(self, request: Request, params: dict[str, str]) -> Tenant | None:
        token = request.token
        if token and self._is_app_token(token) and not set(params) & _TENANT_PARAMS:
            return None  # an app token acts for the app (debug_token, app subscriptions), never for a tenant
        if not token or not self.state.token_is_valid(token):
            raise _bad_token()
        tenant = self._owner(params)
        if tenant is not None and token not in tenant.tokens:
            raise _bad_token()  # a token of another tenant is as invalid here as an unknown one
        return tenant

    def _is_app_token(self, token: str) -> bool:
        """One issued by the client_credentials grant, or Graph's `app_id|app_secret` form."""
        with self.state.lock:
            if token in self.state.app_tokens:
                return True
        _, separator, secret = token.partition("|")
        return bool(separator) and secrets.compare_digest(secret.encode(), self.app_secret.encode())

    def _owner(self, params: dict[str, str]) -> Tenant | None:
        with self.state.lock:
            if "phone_number_id" in params:
                tenant = self.state.tenant_by_phone(params["phone_number_id"])
            elif "waba_id" in params:
                tenant = self.state.tenant_by_waba(params["waba_id"])
            elif "media_id" in params and params["media_id"] in self.state.media:
                tenant = self.state.tenant_by_phone(self.state.media[params["media_id"]].owner)
            elif "group_id" in params and params["group_id"] in self.state.groups:
                tenant = self.state.tenant_by_phone(self.state.groups[params["group_id"]].owner)
            elif "template_id" in params:
                template = next((t for t in self.state.templates.values() if t["id"] == params["template_id"]), None)
                tenant = self.state.tenant_by_waba(template["waba_id"]) if template else None
            else:
                return None
        if tenant is None:
            value = next(iter(params.values()))
            raise GraphError(400, 100, f"Unsupported request. Object with ID '{value}' does not exist.")
        return tenant

    def _validated_body(self, request: Request, operation: Operation) -> Any:
        if not operation.body_content:
            return None
        content_type = request.headers.get("content-type", "")
        if not request.body:
            if operation.body_required:
                raise _invalid("A request body is required")
            return None
        if content_type.startswith("multipart/form-data"):
            return _parse_multipart(request.body, content_type)
        if content_type.startswith("application/octet-stream") and "application/octet-stream" in operation.body_content:
            return request.body
        if content_type.startswith("application/x-www-form-urlencoded"):
            return dict(parse_qsl(request.body.decode("utf-8", "replace")))
        try:
            body = json.loads(request.body)
        except ValueError:  # also UnicodeDecodeError: bytes that are not UTF-8
            raise _invalid("The request body is not valid JSON") from None
        except RecursionError:  # not a ValueError: a body nested deeper than the parser's recursion limit
            raise _invalid("The request body is nested too deeply") from None
        schema = next(iter(operation.body_content.values())).get("schema", {})
        problem = validate(schema, body, self.spec)
        if problem:
            raise _invalid(problem)
        return body

    # ------------------------------------------------------------------ stateful operations
    def _op_send_message(self, call: Call) -> Any:
        assert call.tenant is not None
        if call.body.get("status") == "read":
            return {"success": True}
        throttle = self.state.take_throttle(call.tenant.phone_number_id)
        if throttle is not None:
            raise GraphError(
                400,
                throttle.code,
                f"(#{throttle.code}) Rate limit hit",
                "Message throughput has been reached (emulated).",
                {"Retry-After": f"{throttle.retry_after:g}"},
            )
        wait = self.state.take_throughput(call.tenant.phone_number_id)
        if wait is not None:  # Meta's answer past a number's throughput; Retry-After in whole seconds (RFC 9110)
            raise GraphError(
                400,
                130429,
                "(#130429) Rate limit hit",
                "Cloud API message throughput has been reached.",
                {"Retry-After": str(max(1, math.ceil(wait)))},
            )
        # Meta delivers to `to` when both are given (the phone number takes precedence).
        to, recipient = call.body.get("to"), call.body.get("recipient")
        group = call.body.get("recipient_type") == "group"
        if call.body.get("type") == "template":
            name = call.body["template"]["name"]
            language = call.body["template"]["language"]["code"]
            with self.state.lock:
                template = self.state.templates.get(template_key(call.tenant.waba_id, name, language))
            if template is None or template.get("status") != "APPROVED":
                raise GraphError(404, 132001, "(#132001) Template name does not exist in the translation", name)
            problem = template_send_problem(template, call.body["template"].get("components", []))
            if problem:
                raise GraphError(
                    400, 132000, "(#132000) Number of parameters does not match the expected number of params", problem
                )
            if to is None and template.get("category") == "AUTHENTICATION":
                raise GraphError(
                    400,
                    131062,
                    "(#131062) Business-scoped User ID (BSUID) recipients are not supported for this message.",
                    "Authentication templates cannot be sent to a BSUID: send them to the phone number.",
                )
        if group and to not in self.state.groups:
            raise GraphError(400, 100, "(#100) Invalid parameter", f"Group {to} does not exist")
        if call.body.get("type") == "pin" and not group:
            raise GraphError(400, 100, "(#100) Invalid parameter", "Only group messages can be pinned")
        wamid = self.state.new_wamid()
        with self.state.lock:
            self.state.sent.append(
                {
                    "id": wamid,
                    "phone_number_id": call.tenant.phone_number_id,
                    "token": call.request.token,
                    "body": call.body,
                    "at": time.monotonic(),
                }
            )
        target = to if to is not None else recipient
        if self.webhooks is not None:
            participants = self.groups.participants(to) if group else []
            for status in ("sent", "delivered", "read"):
                if group:
                    # Meta aggregates a group message's receipts: one delivery, one status per participant.
                    self.webhooks.post(group_statuses(call.tenant, wamid, to, status, participants))
                else:
                    opaque = call.body.get("biz_opaque_callback_data")
                    self.webhooks.post(status_update(call.tenant, wamid, target, status, opaque))
        if group or (to is not None and not is_bsuid(to)):
            contact = {"input": to} if group else {"input": to, "wa_id": re.sub(r"\D", "", to) or to}
        else:
            contact = {"input": target, "user_id": user_entry(target)["user_id"]}
        return {
            "messaging_product": "whatsapp",
            "contacts": [contact],
            "messages": [{"id": wamid, "message_status": "accepted"}],
        }

    def _op_upload_media(self, call: Call) -> Any:
        assert call.tenant is not None
        if not isinstance(call.body, dict) or "file" not in call.body:
            raise _invalid("The parameter file is required")
        if call.body.get("messaging_product") != "whatsapp":
            raise _invalid("The parameter messaging_product must be whatsapp")
        content, part_type = call.body["file"]
        mime = call.body.get("type") or part_type
        if not isinstance(mime, str) or "/" not in mime:
            raise _invalid("The parameter type is required (a MIME type)")
        return {"id": self.state.store_media(call.tenant.phone_number_id, content, mime).media_id}

    def _op_get_media(self, call: Call) -> Any:
        media = self.state.media.get(call.params["media_id"])
        if media is None:  # an id of the spec's examples: routed as media, but nothing was uploaded here
            raise GraphError(
                400, 100, f"Unsupported get request. Object with ID '{call.params['media_id']}' does not exist."
            )
        return {
            "messaging_product": "whatsapp",
            "url": f"http://{call.request.host}/media-download/{media.media_id}?hash={media.sha256[:16]}",
            "mime_type": media.mime_type,
            "sha256": media.sha256,
            "file_size": len(media.content),
            "id": media.media_id,
        }

    def _op_delete_media(self, call: Call) -> Any:
        with self.state.lock:
            self.state.media.pop(call.params["media_id"], None)
        return {"success": True}

    def _download(self, request: Request) -> tuple[int, bytes, str]:
        if not request.token or not self.state.token_is_valid(request.token):
            raise _bad_token()
        media = self.state.media.get(request.path.rsplit("/", 1)[-1])
        if media is None:
            raise GraphError(404, 100, "Media not found")
        return 200, media.content, media.mime_type

    def _op_exchange_access_token(self, call: Call) -> Any:
        query = call.request.query
        if not secrets.compare_digest(query.get("client_secret", ""), self.app_secret):
            raise GraphError(400, 1, "Error validating client secret.")
        if query.get("grant_type") == "client_credentials":
            app_token = f"{query.get('client_id', '')}|emulated-{secrets.token_urlsafe(16)}"
            with self.state.lock:
                self.state.app_tokens.add(app_token)
            return {"access_token": app_token, "token_type": "bearer"}
        if "code" in query and "grant_type" not in query:
            return self._exchange_signup_code(query["code"])
        old = query.get("fb_exchange_token", "")
        with self.state.lock:
            owner = next(
                (t for t in self.state.tenants.values() if old in t.tokens and old not in self.state.revoked), None
            )
            if owner is None:
                raise _bad_token()
            new = "EAAG-emulated-" + secrets.token_urlsafe(16)
            owner.tokens.add(new)
        return {"access_token": new, "token_type": "bearer", "expires_in": 5183944}

    def _exchange_signup_code(self, code: str) -> Any:
        with self.state.lock:
            phone_number_id = self.state.signup_codes.pop(code, None)  # single use, like Meta's
            if phone_number_id is None:
                raise GraphError(400, 100, "Error validating verification code. Please make sure your code is valid.")
            token = "EAAG-emulated-business-" + secrets.token_urlsafe(16)
            self.state.tenants[phone_number_id].tokens.add(token)
        return {"access_token": token, "token_type": "bearer"}

    def _op_debug_app_token(self, call: Call) -> Any:
        inspected = call.request.query.get("input_token", "")
        tenant = self.state.tenant_by_token(inspected)
        if tenant is None:
            return {"data": {"is_valid": False, "error": {"code": 190, "message": "Invalid OAuth access token."}}}
        scopes = ["whatsapp_business_management", "whatsapp_business_messaging"]
        return {
            "data": {
                "type": "SYSTEM_USER",
                "application": "wacloud emulator",
                "expires_at": 0,
                "is_valid": True,
                "scopes": scopes,
                "granular_scopes": [{"scope": scope, "target_ids": [tenant.waba_id]} for scope in scopes],
            }
        }

    def _op_send_marketing_message(self, call: Call) -> Any:
        return self._op_send_message(call)

    def _op_list_templates(self, call: Call) -> Any:
        assert call.tenant is not None
        with self.state.lock:
            items = [
                {k: v for k, v in t.items() if k != "waba_id"}
                for t in self.state.templates.values()
                if t["waba_id"] == call.tenant.waba_id and call.request.query.get("name") in (None, t["name"])
            ]
        return {"data": items, "paging": {"cursors": {"before": "MAZDZD", "after": "MjQZD"}}}

    def _op_create_template(self, call: Call) -> Any:
        assert call.tenant is not None
        template = {
            "id": self.state.new_id(),
            "name": call.body["name"],
            "language": call.body["language"],
            "status": "APPROVED",
            "category": call.body["category"],
            "components": call.body.get("components", []),
            "waba_id": call.tenant.waba_id,
        }
        if "library_template_name" in call.body:
            template["library_template_name"] = call.body["library_template_name"]
        with self.state.lock:
            self.state.templates[template_key(call.tenant.waba_id, call.body["name"], call.body["language"])] = template
        return {"id": template["id"], "status": "APPROVED", "category": call.body["category"]}

    def _op_upsert_templates(self, call: Call) -> Any:
        assert call.tenant is not None
        results = []
        with self.state.lock:
            for language in call.body["languages"]:
                key = template_key(call.tenant.waba_id, call.body["name"], language)
                template = self.state.templates.get(key) or {"id": self.state.new_id(), "waba_id": call.tenant.waba_id}
                template.update(
                    name=call.body["name"],
                    language=language,
                    status="APPROVED",
                    category="AUTHENTICATION",
                    components=call.body["components"],
                )
                self.state.templates[key] = template
                results.append({"id": template["id"], "status": "APPROVED", "language": language})
        return {"data": results}

    def _template_by_id(self, template_id: str) -> dict[str, Any] | None:
        return next((t for t in self.state.templates.values() if t["id"] == template_id), None)

    def _op_unpause_template(self, call: Call) -> Any:
        with self.state.lock:
            template = self._template_by_id(call.params["template_id"])
            if template is None or template["status"] != "PAUSED":
                return {"success": False, "reason": "Only paused templates can be unpaused."}
            template["status"] = "APPROVED"
        return {"success": True}

    def _change_archival(self, call: Call, archive: bool) -> tuple[list[str], dict[str, str]]:
        assert call.tenant is not None
        done: list[str] = []
        failed: dict[str, str] = {}
        with self.state.lock:
            for template_id in call.body["hsm_ids"]:
                template = self._template_by_id(template_id)
                if template is None or template["waba_id"] != call.tenant.waba_id:
                    failed[template_id] = "Template not found"
                elif archive and template["status"] not in ("APPROVED", "REJECTED"):
                    failed[template_id] = "Only approved or rejected templates can be archived"
                elif not archive and template["status"] != "ARCHIVED":
                    failed[template_id] = "Only archived templates can be unarchived"
                else:
                    if archive:
                        template["status_before_archival"] = template["status"]
                    template["status"] = "ARCHIVED" if archive else template.pop("status_before_archival")
                    done.append(template_id)
        return done, failed

    def _op_archive_templates(self, call: Call) -> Any:
        archived, failed = self._change_archival(call, archive=True)
        return {"archived_templates": archived, "failed_templates": failed}

    def _op_unarchive_templates(self, call: Call) -> Any:
        unarchived, failed = self._change_archival(call, archive=False)
        return {"unarchived_templates": unarchived, "failed_templates": failed}

    def _op_compare_templates(self, call: Call) -> Any:
        try:
            others = [str(i) for i in json.loads(call.request.query["template_ids"])]
        except (ValueError, TypeError):
            raise _invalid("template_ids must be a JSON array of template ids") from None
        ids = [call.params["template_id"], *others]
        with self.state.lock:
            names = {i: (t["name"] if (t := self._template_by_id(i)) else None) for i in ids}
            sends = {
                i: sum(1 for m in self.state.sent if m["body"].get("template", {}).get("name") == names[i]) for i in ids
            }
        return {
            "data": [
                {"metric": "BLOCK_RATE", "type": "RELATIVE", "order_by_relative_metric": ids},
                {
                    "metric": "MESSAGE_SENDS",
                    "type": "NUMBER_VALUES",
                    "number_values": [{"key": i, "value": sends[i]} for i in ids],
                },
                {
                    "metric": "TOP_BLOCK_REASON",
                    "type": "STRING_VALUES",
                    "string_values": [{"key": i, "value": "UNKNOWN_BLOCK_REASON"} for i in ids],
                },
            ]
        }

    def _op_get_template(self, call: Call) -> Any:
        with self.state.lock:
            template = next(t for t in self.state.templates.values() if t["id"] == call.params["template_id"])
        return {k: v for k, v in template.items() if k != "waba_id"}

    def _op_delete_template(self, call: Call) -> Any:
        assert call.tenant is not None
        query = call.request.query
        if "hsm_ids" in query:
            try:
                wanted = {str(i) for i in json.loads(query["hsm_ids"])}
            except (ValueError, TypeError):
                raise _invalid("hsm_ids must be a JSON array of template ids") from None
            if len(wanted) > 100:
                raise _invalid("hsm_ids takes at most 100 template ids")
        elif "name" in query:
            wanted = None
        else:
            raise _invalid("The parameter name or hsm_ids is required")
        with self.state.lock:
            keys = [
                key
                for key, t in self.state.templates.items()
                if t["waba_id"] == call.tenant.waba_id
                and (t["id"] in wanted if wanted is not None else t["name"] == query["name"])
                and query.get("hsm_id") in (None, t["id"])
            ]
            for key in keys:
                del self.state.templates[key]
        if not keys:
            raise GraphError(400, 100, "(#100) Template not found", query.get("name") or query.get("hsm_ids"))
        return {"success": True}

    def _op_list_phone_numbers(self, call: Call) -> Any:
        assert call.tenant is not None
        with self.state.lock:
            numbers = [t for t in self.state.tenants.values() if t.waba_id == call.tenant.waba_id]
        data = [
            {
                "id": t.phone_number_id,
                "display_phone_number": t.display_phone_number,
                "verified_name": t.verified_name,
                "quality_rating": "GREEN",
            }
            for t in numbers
        ]
        return {"data": data, "paging": {"cursors": {"before": "MAZDZD", "after": "MjQZD"}}}

    # ------------------------------------------------------------------ resumable upload
    def _op_create_upload_session(self, call: Call) -> Any:
        query = call.request.query
        try:
            length = int(query["file_length"])
        except ValueError:
            raise _invalid("file_length must be a whole number of bytes") from None
        session = UploadSession("upload:" + secrets.token_urlsafe(18), query["file_name"], length, query["file_type"])
        with self.state.lock:
            self.state.uploads[session.session_id] = session
        self.state.add_node(session.session_id, "upload_session")
        return {"id": f"{session.session_id}?sig=Emu{secrets.token_hex(6)}"}

    def _upload_session(self, call: Call) -> UploadSession:
        if call.request.auth_scheme != "oauth":
            raise GraphError(401, 190, "The resumable upload API expects `Authorization: OAuth <access token>`.")
        session = self.state.uploads.get(call.params["upload_session_id"])
        if session is None:
            raise GraphError(400, 100, "(#100) Upload session not found", call.params["upload_session_id"])
        return session

    def _op_get_upload_session(self, call: Call) -> Any:
        with self.state.lock:
            session = self._upload_session(call)
            return {"id": session.session_id, "file_offset": len(session.received)}

    def _op_send_upload_bytes(self, call: Call) -> Any:
        data = call.request.body
        with self.state.lock:
            session = self._upload_session(call)
            try:
                offset = int(call.request.headers.get("file_offset", ""))
            except ValueError:
                raise _invalid("The file_offset header is required (a whole number)") from None
            if offset != len(session.received):
                raise _invalid(f"file_offset {offset} does not match the {len(session.received)} bytes received")
            if offset + len(data) > session.file_length:
                raise _invalid(f"The upload is longer than file_length ({session.file_length} bytes)")
            cut = self.state.interrupt_upload_after
            if cut is not None:
                self.state.interrupt_upload_after = None
                session.received += data[:cut]
                raise GraphError(503, 2, "Service temporarily unavailable (emulated interruption)")
            session.received += data
            if len(session.received) < session.file_length:
                return {"id": session.session_id, "file_offset": len(session.received)}
            digest = base64.b64encode(session.file_name.encode()).decode()
            handle = f"4::{digest}:{secrets.token_urlsafe(24)}"
            self.state.handles[handle] = (bytes(session.received), session.file_type)
        return {"h": handle}

    # ------------------------------------------------------------------ calling
    def _op_manage_calls(self, call: Call) -> Any:
        assert call.tenant is not None
        body = call.body
        with self.state.lock:
            if body["action"] == "connect":
                call_id = "wacid." + secrets.token_urlsafe(18)
                opaque = body.get("biz_opaque_callback_data")
                ringing = {"to": body["to"], "status": "RINGING", "sdp_type": "offer", "opaque": opaque}
                self.state.calls[call_id] = ringing
                self._post_call_pickup(call.tenant, call_id, ringing)
                return {"messaging_product": "whatsapp", "calls": [{"id": call_id}]}
            placed = self.state.calls.get(body["call_id"])
            if placed is None:
                raise GraphError(400, 100, "(#100) Call not found", body["call_id"])
            placed["status"] = {
                "pre_accept": "PRE_ACCEPTED",
                "accept": "ACCEPTED",
                "reject": "REJECTED",
                "terminate": "COMPLETED",
            }[body["action"]]
            if body["action"] == "terminate":
                self._post_call_end(call.tenant, body["call_id"], placed)
        return {"messaging_product": "whatsapp", "success": True}

    def _post_call_pickup(self, tenant: Tenant, call_id: str, placed: dict[str, Any]) -> None:
        """The emulated user's phone rings and picks up: RINGING, the SDP answer (``connect``), ACCEPTED."""
        if self.webhooks is None:
            return
        to, opaque = re.sub(r"\D", "", placed["to"]) or placed["to"], placed["opaque"]
        placed["picked_up_at"] = int(time.time())
        answer = {"sdp_type": "answer", "sdp": "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"}
        self.webhooks.post(call_status(tenant, call_id, to, "RINGING", opaque))
        self.webhooks.post(call_event(tenant, call_id, to, "connect", session=answer, biz_opaque_callback_data=opaque))
        self.webhooks.post(call_status(tenant, call_id, to, "ACCEPTED", opaque))

    def _post_call_end(self, tenant: Tenant, call_id: str, placed: dict[str, Any]) -> None:
        if self.webhooks is None:
            return
        to, started = re.sub(r"\D", "", placed["to"]) or placed["to"], placed.get("picked_up_at")
        ended = int(time.time())
        times = {} if started is None else {"start_time": str(started), "end_time": str(ended)}
        self.webhooks.post(
            call_event(
                tenant,
                call_id,
                to,
                "terminate",
                status="COMPLETED",
                duration=None if started is None else ended - started,
                biz_opaque_callback_data=placed.get("opaque"),
                **times,
            )
        )

    def _op_get_phone_number(self, call: Call) -> Any:
        assert call.tenant is not None
        return {
            "id": call.tenant.phone_number_id,
            "display_phone_number": call.tenant.display_phone_number,
            "verified_name": call.tenant.verified_name,
            "quality_rating": "GREEN",
            "code_verification_status": "VERIFIED",
            "platform_type": "CLOUD_API",
            "throughput": {"level": "STANDARD"},
        }

    def _op_create_or_update_qr_code(self, call: Call) -> Any:
        assert call.tenant is not None
        body = call.body
        with self.state.lock:
            code = body.get("code") or secrets.token_hex(7).upper()
            key = f"{call.tenant.phone_number_id}:{code}"
            if "code" in body and key not in self.state.qr_codes:
                raise GraphError(400, 100, "(#100) QR code not found", code)
            qr: dict[str, Any] = {
                "code": code,
                "prefilled_message": body["prefilled_message"],
                "deep_link_url": f"https://wa.me/message/{code}",
            }
            if body.get("generate_qr_image"):
                fmt = body["generate_qr_image"].lower()
                qr["qr_image_url"] = f"http://{call.request.host}/qr/{code}.{fmt}"
            self.state.qr_codes[key] = qr
        return qr

    def _qr_codes_of(self, tenant: Tenant | None) -> list[dict[str, Any]]:
        assert tenant is not None
        prefix = f"{tenant.phone_number_id}:"
        with self.state.lock:
            return [qr for key, qr in self.state.qr_codes.items() if key.startswith(prefix)]

    def _op_list_qr_codes(self, call: Call) -> Any:
        wanted = call.request.query.get("code")
        return {"data": [qr for qr in self._qr_codes_of(call.tenant) if wanted in (None, qr["code"])]}

    def _op_get_qr_code(self, call: Call) -> Any:
        found = [qr for qr in self._qr_codes_of(call.tenant) if qr["code"] == call.params["code"]]
        if not found:
            raise GraphError(400, 100, "(#100) QR code not found", call.params["code"])
        return {"data": found}

    def _op_delete_qr_code(self, call: Call) -> Any:
        assert call.tenant is not None
        with self.state.lock:
            removed = self.state.qr_codes.pop(f"{call.tenant.phone_number_id}:{call.params['code']}", None)
        if removed is None:
            raise GraphError(400, 100, "(#100) QR code not found", call.params["code"])
        return {"success": True}

    def _blocked_change(self, call: Call, block: bool) -> list[dict[str, str]]:
        assert call.tenant is not None
        changed = []
        with self.state.lock:
            blocked = self.state.blocked.setdefault(call.tenant.phone_number_id, set())
            for entry in call.body["block_users"]:
                if "user" in entry:  # Meta uses the phone number when both are given
                    wa_id = re.sub(r"\D", "", entry["user"])
                    (blocked.add if block else blocked.discard)(wa_id)
                    changed.append({"input": entry["user"], "wa_id": wa_id})
                else:
                    (blocked.add if block else blocked.discard)(entry["user_id"])
                    changed.append({"input": entry["user_id"], "user_id": entry["user_id"]})
        return changed

    def _op_block_block_users(self, call: Call) -> Any:
        added = self._blocked_change(call, block=True)
        return {"messaging_product": "whatsapp", "block_users": {"added_users": added}}

    def _op_unblock_block_users(self, call: Call) -> Any:
        removed = self._blocked_change(call, block=False)
        return {"messaging_product": "whatsapp", "block_users": {"removed_users": removed}}

    def _op_list_block_users(self, call: Call) -> Any:
        assert call.tenant is not None
        with self.state.lock:
            users = sorted(self.state.blocked.get(call.tenant.phone_number_id, set()))
        return {"data": [{"messaging_product": "whatsapp", **user_entry(user)} for user in users]}

    def _op_get_business_profile(self, call: Call) -> Any:
        assert call.tenant is not None
        with self.state.lock:
            profile = dict(self.state.profiles.get(call.tenant.phone_number_id, {"about": "Hello from the emulator"}))
        return {"data": [{**profile, "messaging_product": "whatsapp"}]}

    def _op_update_business_profile(self, call: Call) -> Any:
        assert call.tenant is not None
        with self.state.lock:
            profile = self.state.profiles.setdefault(call.tenant.phone_number_id, {})
            profile.update({k: v for k, v in call.body.items() if k != "messaging_product"})
        return {"success": True}

    # ---- WhatsApp Flows: the business public key that emulator/_flows.py encrypts data-exchange requests to
    def _op_set_encryption_public_key(self, call: Call) -> Any:
        return register_public_key(self.state, call.tenant, call.body)

    def _op_get_encryption_public_key(self, call: Call) -> Any:
        return public_key_answer(self.state, call.tenant)

    # ---- Groups API (emulator/_groups.py): every change also sends the webhook Meta sends for it
    def _post(self, notifications: list[dict[str, Any]]) -> None:
        if self.webhooks is not None:
            for notification in notifications:
                self.webhooks.post(notification)

    def _group_tenant(self, call: Call) -> Tenant:
        if call.tenant is None:
            value = call.params.get("group_id", "")
            raise GraphError(400, 100, f"Unsupported request. Object with ID '{value}' does not exist.")
        return call.tenant

    def _op_create_group(self, call: Call) -> Any:
        answer, hooks = self.groups.create(self._group_tenant(call), call.body)
        self._post(hooks)
        return answer

    def _op_list_groups(self, call: Call) -> Any:
        return self.groups.list_groups(self._group_tenant(call))

    def _op_get_group(self, call: Call) -> Any:
        self._group_tenant(call)
        return self.groups.info(call.params["group_id"])

    def _op_update_group(self, call: Call) -> Any:
        self._post(self.groups.update(self._group_tenant(call), call.params["group_id"], call.body))
        return {"success": True}

    def _op_delete_group(self, call: Call) -> Any:
        self._post(self.groups.delete(self._group_tenant(call), call.params["group_id"]))
        return {"success": True}

    def _op_get_group_invite_link(self, call: Call) -> Any:
        self._group_tenant(call)
        return {"messaging_product": "whatsapp", "invite_link": self.groups.invite_link(call.params["group_id"])}

    def _op_create_group_invite_link(self, call: Call) -> Any:
        self._group_tenant(call)
        link = self.groups.invite_link(call.params["group_id"], reset=True)
        return {"messaging_product": "whatsapp", "invite_link": link}

    def _op_delete_group_invite_link(self, call: Call) -> Any:
        self._group_tenant(call)
        self.groups.invite_link(call.params["group_id"], delete=True)
        return {"messaging_product": "whatsapp", "success": True}

    def _op_list_group_join_requests(self, call: Call) -> Any:
        self._group_tenant(call)
        return self.groups.join_requests(call.params["group_id"])

    def _op_approve_group_join_requests(self, call: Call) -> Any:
        tenant = self._group_tenant(call)
        answer, hooks = self.groups.decide(tenant, call.params["group_id"], call.body["join_requests"], approve=True)
        self._post(hooks)
        return answer

    def _op_reject_group_join_requests(self, call: Call) -> Any:
        tenant = self._group_tenant(call)
        answer, hooks = self.groups.decide(tenant, call.params["group_id"], call.body["join_requests"], approve=False)
        self._post(hooks)
        return answer

    def _op_remove_group_participants(self, call: Call) -> Any:
        tenant = self._group_tenant(call)
        self._post(self.groups.remove(tenant, call.params["group_id"], call.body["participants"]))
        return {"success": True}


def _parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    """Parse a multipart/form-data body into ``{field: text}`` and ``{file_field: (bytes, content_type)}``."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise _invalid("multipart/form-data without a boundary")
    delimiter = b"--" + match.group(1).encode()
    fields: dict[str, Any] = {}
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        part = part.removeprefix(b"\r\n").removesuffix(b"\r\n")  # exactly the delimiters' CRLFs: file bytes stay intact
        head, _, content = part.partition(b"\r\n\r\n")
        headers = head.decode("utf-8", "replace")
        name = re.search(r'name="([^"]*)"', headers)
        if name is None:
            continue
        if re.search(r'filename="', headers):
            part_type = re.search(r"(?im)^content-type:\s*(\S+)", headers)
            fields[name.group(1)] = (content, part_type.group(1) if part_type else None)
        else:
            fields[name.group(1)] = content.decode("utf-8", "replace")
    return fields


_VARIABLE = re.compile(r"{{\s*([a-z0-9_]+)\s*}}")


def _variables(text: str | None) -> int:
    return len(set(_VARIABLE.findall(text or "")))


def _param_count(components: list[dict[str, Any]], kind: str) -> int:
    return sum(len(c.get("parameters", [])) for c in components if c.get("type") == kind)


def _components_problem(
    template_components: list[dict[str, Any]], sent: list[dict[str, Any]], where: str
) -> str | None:
    by_type = {str(c.get("type", "")).upper(): c for c in template_components}
    body_vars = _variables(by_type.get("BODY", {}).get("text"))
    if body_vars and _param_count(sent, "body") != body_vars:
        return f"{where}body has {body_vars} variable(s), {_param_count(sent, 'body')} parameter(s) were sent"
    header = by_type.get("HEADER")
    if header is not None:
        fmt = str(header.get("format", "TEXT")).lower()
        needed = _variables(header.get("text")) if fmt == "text" else (0 if fmt == "location" else 1)
        sent_header = [p for c in sent if c.get("type") == "header" for p in c.get("parameters", [])]
        if len(sent_header) != needed and not (fmt == "location" and len(sent_header) <= 1):
            return f"{where}the {fmt.upper()} header needs {needed} parameter(s), {len(sent_header)} were sent"
        if fmt not in ("text", "location") and sent_header and sent_header[0].get("type") != fmt:
            return f"{where}the header is {fmt.upper()}, a {sent_header[0].get('type')} parameter was sent"
    return None


def template_send_problem(template: dict[str, Any], sent: list[dict[str, Any]]) -> str | None:
    """Why the parameters of a template send do not fit the stored template (what Meta answers 132000 for)."""
    problem = _components_problem(template.get("components", []), sent, "")
    if problem:
        return problem
    carousel = next((c for c in template.get("components", []) if str(c.get("type")).upper() == "CAROUSEL"), None)
    if carousel is None:
        return None
    sent_cards: list[dict[str, Any]] = next((c.get("cards", []) for c in sent if c.get("type") == "carousel"), [])
    if len(sent_cards) != len(carousel["cards"]):
        return f"the carousel has {len(carousel['cards'])} card(s), {len(sent_cards)} were sent"
    for card in sent_cards:
        index = card["card_index"]
        if not 0 <= index < len(carousel["cards"]):
            return f"card_index {index} is not a card of the template"
        problem = _components_problem(carousel["cards"][index]["components"], card["components"], f"card {index}: ")
        if problem:
            return problem
    return None
