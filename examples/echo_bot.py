"""A webhook bot that replies: marks each incoming text as read and answers it, quoting the message.

Configuration from the environment (or .env): CLOUD_API_ACCESS_TOKEN, WA_PHONE_NUMBER_ID, WA_APP_SECRET (checks
Meta's signature), WEBHOOK_VERIFICATION_TOKEN (the subscription handshake), WA_LISTENER_PORT / WEBHOOK_ENDPOINT,
and WA_BASE_URL for the local emulator (start it with --webhook-url pointing here, then inject messages).

Run: python examples/echo_bot.py     (needs the server extra: pip install 'wacloud[server]')
"""

from __future__ import annotations

from wacloud import WhatsApp, webhooks


def build(client: WhatsApp) -> webhooks.WebhookListener:
    listener = webhooks.WebhookListener(client=client)  # verify token, app secret, path and port from settings

    @listener.on_message
    def reply(message: webhooks.Message) -> None:
        if message.id is None or message.from_ is None or message.text is None or message.text.body is None:
            return  # only texts are echoed; other kinds are acknowledged and left alone
        client.messages.mark_as_read(message.id, typing_indicator=True)
        client.messages.send_text(to=message.from_, body=f"You said: {message.text.body}", reply_to=message.id)

    return listener


def main() -> int:
    with WhatsApp() as client:
        listener = build(client)
        print(f"echo bot on http://127.0.0.1:{listener.port}{listener.endpoint}", flush=True)
        webhooks.serve(listener, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
