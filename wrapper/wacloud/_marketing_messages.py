"""``client.marketing_messages``: the Marketing Messages API namespace plus ``send_template``."""

from __future__ import annotations

from collections.abc import Sequence

from wacloud_api.api.marketing_messages import MarketingMessages as _GeneratedMarketingMessages
from wacloud_api.models import MarketingTemplateMessageProductPolicy, SendMessageResponse, TemplateComponentParameters
from wacloud_api.types import RequestOptions

from ._messages import build_marketing_template

__all__ = ["MarketingMessages"]


class MarketingMessages(_GeneratedMarketingMessages):
    """``client.marketing_messages``: marketing templates through ``POST /{phone_number_id}/marketing_messages``."""

    def send_template(
        self,
        to: str,
        name: str,
        *,
        language: str = "en_US",
        components: Sequence[TemplateComponentParameters] | None = None,
        message_activity_sharing: bool | None = None,
        product_policy: MarketingTemplateMessageProductPolicy | None = None,
        reply_to: str | None = None,
        biz_opaque_callback_data: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SendMessageResponse:
        """Send a marketing template (same as ``messages.send_template(..., marketing=True)``).

        ``product_policy``: ``"CLOUD_API_FALLBACK"`` delivers a message this API cannot take through the Cloud API,
        ``"STRICT"`` refuses it; left out, Meta's default applies.

        Example: ``client.marketing_messages.send_template("15551234567", "summer_sale", message_activity_sharing=True)``
        """
        message = build_marketing_template(
            to,
            name,
            language,
            components,
            message_activity_sharing=message_activity_sharing,
            product_policy=product_policy,
            reply_to=reply_to,
            biz_opaque_callback_data=biz_opaque_callback_data,
        )
        return self.send(body=message, phone_number_id=phone_number_id, request_options=request_options)
