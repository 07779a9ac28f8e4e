"""Receive WhatsApp webhooks in Django, through a WebhookListener (de-duplication and retry policy included).

Add to your urls.py::

    from django.urls import path
    from examples.webhooks_django import whatsapp_webhook
    urlpatterns = [path("webhook", whatsapp_webhook)]

Settings come from WEBHOOK_VERIFICATION_TOKEN and WA_APP_SECRET (environment or .env).
Callback URL in the App Dashboard: ``https://<your host>/webhook``.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wacloud import webhooks

listener = webhooks.WebhookListener()


@listener.on_message
def on_message(message: webhooks.Message) -> None:
    # Keep handlers short (Meta wants a fast 200): hand slow work to a task queue.
    print(webhooks.format_event_line(message))


@listener.on_status
def on_status(status: webhooks.Status) -> None:
    if status.status == "failed":
        for error in status.errors:
            print(f"{status.id} failed: {error.code} {error.message}")


@csrf_exempt  # Meta cannot send a CSRF token; the X-Hub-Signature-256 check authenticates the request instead
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        reply = listener.handle_get(request.GET)
    else:
        reply = listener.handle_post_sync(request.body, request.headers.get(webhooks.SIGNATURE_HEADER))
    return HttpResponse(reply.text, status=reply.status_code, content_type="text/plain")
