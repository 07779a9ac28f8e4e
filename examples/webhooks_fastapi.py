"""Receive WhatsApp webhooks in FastAPI.

    pip install wacloud fastapi uvicorn
    export WEBHOOK_VERIFICATION_TOKEN=... WA_APP_SECRET=...
    uvicorn examples.webhooks_fastapi:app --port 3000

Callback URL in the App Dashboard: ``https://<your host>/webhook`` (HTTPS with a valid certificate).
"""

from __future__ import annotations

import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import PlainTextResponse

from wacloud import webhooks

VERIFY_TOKEN = os.environ["WEBHOOK_VERIFICATION_TOKEN"]
APP_SECRET = os.environ["WA_APP_SECRET"]

app = FastAPI()


@app.get("/webhook", response_class=PlainTextResponse)
def handshake(request: Request) -> str:
    """Meta's subscription check: echo hub.challenge when hub.verify_token matches."""
    try:
        return webhooks.verify_subscription(request.query_params, VERIFY_TOKEN)
    except webhooks.WebhookVerificationError:
        raise HTTPException(status_code=403) from None


@app.post("/webhook")
async def receive(request: Request) -> PlainTextResponse:
    body = await request.body()  # the raw bytes: the signature covers exactly these
    try:
        webhooks.verify_signature(body, request.headers.get(webhooks.SIGNATURE_HEADER), APP_SECRET)
        notification = webhooks.parse_webhook(body)
    except webhooks.InvalidSignatureError:
        raise HTTPException(status_code=403) from None
    except webhooks.WebhookPayloadError:
        raise HTTPException(status_code=400) from None
    for message in notification.messages:  # every entry and change of the batch
        if message.text is not None:
            print(f"{message.profile_name} ({message.from_}): {message.text.body}")
    for status in notification.statuses:
        print(f"{status.id} is {status.status}")
    return PlainTextResponse("OK")


# Or mount the ready-made listener, which adds de-duplication and the 500-on-handler-failure policy
# (callback URL then ends with /whatsapp/):
#
#     listener = webhooks.WebhookListener(endpoint="/")  # reads the same environment variables
#     listener.on_message(lambda message: print(webhooks.format_event_line(message)))
#     app.mount("/whatsapp", listener.asgi)
