from typing import Literal

MarketingTemplateMessageProductPolicy = Literal["CLOUD_API_FALLBACK", "STRICT"]

MARKETING_TEMPLATE_MESSAGE_PRODUCT_POLICY_VALUES: set[MarketingTemplateMessageProductPolicy] = {
    "CLOUD_API_FALLBACK",
    "STRICT",
}


def check_marketing_template_message_product_policy(value: str) -> MarketingTemplateMessageProductPolicy:
    if value in MARKETING_TEMPLATE_MESSAGE_PRODUCT_POLICY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MARKETING_TEMPLATE_MESSAGE_PRODUCT_POLICY_VALUES!r}")
