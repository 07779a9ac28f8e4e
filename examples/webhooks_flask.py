"""Receive WhatsApp webhooks in Flask.

    pip install wacloud flask
    export WEBHOOK_VERIFICATION_TOKEN=... WA_APP_SECRET=...
    flask --app examples.webhooks_flask run --port 3000

Callback URL in the App Dashboard: ``https://<your host>/webhook`` (HTTPS with a valid certificate).
"""

from __future__ import annotations

import os

from flask import Flask, abort, request

from wacloud import webhooks

VERIFY_TOKEN = os.environ["WEBHOOK_VERIFICATION_TOKEN"]
APP_SECRET = os.environ["WA_APP_SECRET"]

app = Flask(__name__)


@app.get("/webhook")
def handshake() -> tuple[str, int, dict[str, str]]:
    """Meta's subscription check: echo hub.challenge when hub.verify_token matches."""
    try:
        challenge = webhooks.verify_subscription(request.args, VERIFY_TOKEN)
    except webhooks.WebhookVerificationError:
        abort(403)
    return challenge, 200, {"Content-Type": "text/plain"}


@app.post("/webhook")
def receive() -> str:
    body = request.get_data()  # the raw bytes: the signature covers exactly these
    try:
        webhooks.verify_signature(body, request.headers.get(webhooks.SIGNATURE_HEADER), APP_SECRET)
        notification = webhooks.parse_webhook(body)
    except webhooks.InvalidSignatureError:
        abort(403)
    except webhooks.WebhookPayloadError:
        abort(400)
    for message in notification.messages:
        if message.interactive is not None and message.interactive.button_reply is not None:
            print(f"{message.from_} tapped {message.interactive.button_reply.id}")
        elif message.text is not None:
            print(f"{message.from_}: {message.text.body}")
    for event in notification.events:
        print(webhooks.format_event_line(event))
    return "OK"


# Or mount the ready-made WSGI listener (de-duplication, 500 when a handler fails) under /whatsapp/:
#
#     from werkzeug.middleware.dispatcher import DispatcherMiddleware
#     listener = webhooks.WebhookListener(endpoint="/")
#     listener.on_message(lambda message: print(webhooks.format_event_line(message)))
#     app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {"/whatsapp": listener.wsgi})
