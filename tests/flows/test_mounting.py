"""The endpoint mounted as one object in FastAPI (ASGI) and Flask (WSGI), as the README shows."""

from __future__ import annotations

import httpx
import pytest

from wacloud import flows
from wacloud.emulator import ThreadedServer

from .conftest import APP_SECRET, Keys, meta_encrypt

EXCHANGE = {"version": "3.0", "action": "data_exchange", "screen": "A", "data": {"x": 1}, "flow_token": "t"}


def _endpoint(keys: Keys) -> flows.FlowEndpoint:
    return flows.FlowEndpoint(
        lambda request: request.respond("B", {"got": request.data["x"]}),
        private_key=keys.private_pem,
        app_secret=APP_SECRET,
    )


def test_mounted_in_fastapi(keys: Keys) -> None:
    fastapi = pytest.importorskip("fastapi")
    app = fastapi.FastAPI()
    app.mount("/flows", _endpoint(keys).asgi)
    meta = meta_encrypt(EXCHANGE, keys.public)
    with ThreadedServer(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        reply = http.post("/flows/", content=meta.body, headers=meta.headers())  # Mount redirects "/flows"
        assert reply.status_code == 200
        assert meta.decrypt_answer(reply.text) == {"screen": "B", "data": {"got": 1}, "version": "3.0"}
        assert http.post("/flows/", content=meta.body, headers=meta.headers("wrong")).status_code == 432


def test_mounted_in_flask(keys: Keys) -> None:
    flask = pytest.importorskip("flask")
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    app = flask.Flask(__name__)
    app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {"/flows": _endpoint(keys).wsgi})
    meta = meta_encrypt(EXCHANGE, keys.public)
    reply = app.test_client().post("/flows", data=meta.body, headers=meta.headers())
    assert reply.status_code == 200
    assert meta.decrypt_answer(reply.get_data(as_text=True))["data"] == {"got": 1}
