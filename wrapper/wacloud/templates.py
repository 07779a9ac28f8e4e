"""Typed builders for message templates: what you create (``template(...)``) and what you send (``*_params``).

Every function returns a generated request model, so mypy checks what you pass and nothing is hand-written JSON.
Creation and sending mirror each other::

    from wacloud import templates as t

    promo = t.template(
        "summer_sale", "en_US", "MARKETING",
        t.media_header("IMAGE", handle),                  # handle from client.uploads.upload_file("banner.jpg")
        t.body("Hi {{1}}, use code {{2}}!", "Jessica", "SUMMER25"),
        t.footer("Tap Stop to opt out"),
        t.buttons(t.quick_reply("Stop promotions"), t.url_button("Shop", "https://e.x/shop?c={{1}}", "summer")),
    )
    client.templates.create(body=promo)
    client.messages.send_template(to, "summer_sale", components=[
        t.header_params(t.image(link="https://e.x/banner.png")),
        t.body_params("Jessica", "SUMMER25"),
        t.url_button_params(1, "summer"),
    ])

Limits Meta enforces at review or send time (10 carousel cards, 10 buttons, a card's header format, the number of
variables) are checked here first and raise ``InvalidArgumentError`` naming the field and the limit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, TypeVar

from wacloud_api.models import (
    DocumentMedia,
    GifMedia,
    ImageMedia,
    LibraryTemplateBodyInputs,
    LibraryTemplateButtonInput,
    LocationContent,
    MessageTemplate,
    MessageTemplateBodyComponent,
    MessageTemplateButtonsComponent,
    MessageTemplateCallPermissionRequestComponent,
    MessageTemplateCarouselComponent,
    MessageTemplateCatalogButton,
    MessageTemplateCopyCodeButton,
    MessageTemplateCreateRequest,
    MessageTemplateFlowButton,
    MessageTemplateFooterComponent,
    MessageTemplateHeaderComponent,
    MessageTemplateLimitedTimeOfferComponent,
    MessageTemplateMpmButton,
    MessageTemplateOtpButton,
    MessageTemplatePhoneNumberButton,
    MessageTemplateQuickReplyButton,
    MessageTemplateSpmButton,
    MessageTemplateUpsertRequest,
    MessageTemplateUrlButton,
    MessageTemplateVoiceCallButton,
    OrderDetailsParameters,
    TapTargetConfiguration,
    TemplateActionParameter,
    TemplateButtonAction,
    TemplateCardComponentParameters,
    TemplateCarouselCardParameters,
    TemplateComponentParameters,
    TemplateCouponCodeParameter,
    TemplateCurrency,
    TemplateCurrencyParameter,
    TemplateDateTime,
    TemplateDateTimeParameter,
    TemplateDocumentParameter,
    TemplateGifParameter,
    TemplateImageParameter,
    TemplateLimitedTimeOfferParameter,
    TemplateLimitedTimeOfferValue,
    TemplateLocationParameter,
    TemplatePayloadParameter,
    TemplateProduct,
    TemplateProductParameter,
    TemplateTapTargetParameter,
    TemplateTextParameter,
    TemplateVideoParameter,
    VideoMedia,
)

from ._errors import InvalidArgumentError

__all__ = [
    "Component",
    "auth_body",
    "auth_footer",
    "body",
    "body_params",
    "buttons",
    "call_permission_request",
    "card",
    "card_params",
    "carousel",
    "carousel_params",
    "catalog_button",
    "catalog_button_params",
    "check_send",
    "copy_code_button",
    "copy_code_params",
    "currency",
    "date_time",
    "document",
    "flow_button",
    "flow_button_params",
    "footer",
    "from_library",
    "gif",
    "header_params",
    "image",
    "limited_time_offer",
    "limited_time_offer_params",
    "location",
    "location_header",
    "media_header",
    "mpm_button",
    "order_details_button_params",
    "otp_button",
    "otp_params",
    "phone_button",
    "product",
    "product_header",
    "quick_reply",
    "quick_reply_params",
    "spm_button",
    "tap_target_params",
    "template",
    "text_header",
    "url_button",
    "upsert_authentication",
    "url_button_params",
    "video",
    "voice_call_button",
]

Component = (
    MessageTemplateHeaderComponent
    | MessageTemplateBodyComponent
    | MessageTemplateFooterComponent
    | MessageTemplateButtonsComponent
    | MessageTemplateCarouselComponent
    | MessageTemplateLimitedTimeOfferComponent
    | MessageTemplateCallPermissionRequestComponent
)
Button = (
    MessageTemplateQuickReplyButton
    | MessageTemplateUrlButton
    | MessageTemplatePhoneNumberButton
    | MessageTemplateCopyCodeButton
    | MessageTemplateFlowButton
    | MessageTemplateOtpButton
    | MessageTemplateCatalogButton
    | MessageTemplateMpmButton
    | MessageTemplateVoiceCallButton
    | MessageTemplateSpmButton
)
MediaFormat = Literal["IMAGE", "VIDEO", "GIF", "DOCUMENT"]
Category = Literal["MARKETING", "UTILITY", "AUTHENTICATION"]
Value = (
    str | TemplateTextParameter | TemplateCurrencyParameter | TemplateDateTimeParameter
)  # what body and header text placeholders take
HeaderValue = (
    TemplateTextParameter
    | TemplateImageParameter
    | TemplateVideoParameter
    | TemplateDocumentParameter
    | TemplateGifParameter
    | TemplateLocationParameter
    | TemplateProductParameter
)

_VARIABLE = re.compile(r"{{\s*([a-z0-9_]+)\s*}}")


def _variables(text: str) -> list[str]:
    """The distinct variables of ``text`` in order of first appearance: ``["1", "2"]`` or ``["name", ...]``."""
    seen: list[str] = []
    for name in _VARIABLE.findall(text):
        if name not in seen:
            seen.append(name)
    return seen


def _limit(text: str, field: str, limit: int) -> str:
    if not isinstance(text, str) or not text:
        raise InvalidArgumentError(f"{field} must be a non-empty string.")
    if len(text) > limit:
        raise InvalidArgumentError(f"{field} is limited to {limit} characters, got {len(text)}.")
    return text


def _examples(
    text: str, field: str, positional: Sequence[str], named: Mapping[str, str]
) -> tuple[list[str], dict[str, str]]:
    """Check that the sample values match the variables of ``text``: positional for {{1}}, named for {{name}}."""
    variables = _variables(text)
    if positional and named:
        raise InvalidArgumentError(f"{field}: give positional or named examples, not both.")
    if variables and all(v.isdigit() for v in variables):
        if variables != [str(n) for n in range(1, len(variables) + 1)]:
            raise InvalidArgumentError(f"{field}: positional variables must be {{{{1}}}}, {{{{2}}}}... in order.")
        if named or len(positional) != len(variables):
            raise InvalidArgumentError(
                f"{field} has {len(variables)} variable(s): give one positional example each, got {len(positional)}."
            )
    elif variables:
        if positional or set(named) != set(variables):
            raise InvalidArgumentError(f"{field} has named variables {variables}: give an example for each by name.")
    elif positional or named:
        raise InvalidArgumentError(f"{field} has no variables, so it takes no examples.")
    return list(positional), dict(named)


# ---------------------------------------------------------------- creation: components


def text_header(text: str, *example: str, **named_example: str) -> MessageTemplateHeaderComponent:
    """A text header (60 characters, at most one variable) with its sample value.

    Example: ``t.text_header("Our {{1}} is on!", "Summer Sale")`` or ``t.text_header("Hi {{name}}", name="Jo")``
    """
    _limit(text, "header text", 60)
    positional, named = _examples(text, "header text", example, named_example)
    if len(positional) + len(named) > 1:
        raise InvalidArgumentError("header text takes at most 1 variable.")
    data: dict[str, Any] = {"type": "HEADER", "format": "TEXT", "text": text}
    if positional:
        data["example"] = {"header_text": positional}
    elif named:
        data["example"] = {"header_text_named_params": [{"param_name": k, "example": v} for k, v in named.items()]}
    return MessageTemplateHeaderComponent.from_dict(data)


def media_header(format: MediaFormat, handle: str) -> MessageTemplateHeaderComponent:
    """An image, video, GIF or document header with a sample: a resumable-upload ``handle``.

    ``client.templates.create_with_media(template, header="banner.jpg")`` uploads a file and sets the handle for
    you. Example: ``t.media_header("IMAGE", client.uploads.upload_file("banner.jpg"))``
    """
    if format not in ("IMAGE", "VIDEO", "GIF", "DOCUMENT"):
        raise InvalidArgumentError(f"media_header format is IMAGE, VIDEO, GIF or DOCUMENT, got {format!r}.")
    _limit(handle, "header handle", 4096)
    return MessageTemplateHeaderComponent.from_dict(
        {"type": "HEADER", "format": format, "example": {"header_handle": [handle]}}
    )


def location_header() -> MessageTemplateHeaderComponent:
    """A location header (the location is given when sending, with ``header_params(location(...))``)."""
    return MessageTemplateHeaderComponent(format_="LOCATION")


def product_header() -> MessageTemplateHeaderComponent:
    """A product header (single-product templates; the product is given when sending with ``product(...)``)."""
    return MessageTemplateHeaderComponent(format_="PRODUCT")


def body(text: str, *example: str, **named_example: str) -> MessageTemplateBodyComponent:
    """The body (1024 characters) with one sample per variable: positional ``{{1}}`` or named ``{{first_name}}``.

    Example: ``t.body("Hi {{1}}, order {{2}} shipped", "Jessica", "A-1")`` or
    ``t.body("Hi {{name}}", name="Jessica")``
    """
    _limit(text, "body text", 1024)
    positional, named = _examples(text, "body text", example, named_example)
    data: dict[str, Any] = {"type": "BODY", "text": text}
    if positional:
        data["example"] = {"body_text": [positional]}
    elif named:
        data["example"] = {"body_text_named_params": [{"param_name": k, "example": v} for k, v in named.items()]}
    return MessageTemplateBodyComponent.from_dict(data)


def auth_body(*, add_security_recommendation: bool = True) -> MessageTemplateBodyComponent:
    """The body of an authentication template (Meta supplies the text: "<code> is your verification code.")."""
    return MessageTemplateBodyComponent(add_security_recommendation=add_security_recommendation)


def footer(text: str) -> MessageTemplateFooterComponent:
    """A footer (60 characters, no variables). Example: ``t.footer("Reply STOP to opt out")``"""
    _limit(text, "footer text", 60)
    if _variables(text):
        raise InvalidArgumentError("footer text cannot contain variables.")
    return MessageTemplateFooterComponent(text=text)


def auth_footer(code_expiration_minutes: int) -> MessageTemplateFooterComponent:
    """The "This code expires in N minutes." footer of an authentication template (1 to 90 minutes)."""
    if not 1 <= code_expiration_minutes <= 90:
        raise InvalidArgumentError(f"code_expiration_minutes is 1 to 90, got {code_expiration_minutes}.")
    return MessageTemplateFooterComponent(code_expiration_minutes=code_expiration_minutes)


def buttons(*items: Button) -> MessageTemplateButtonsComponent:
    """The buttons (1 to 10; quick replies grouped together). Example: ``t.buttons(t.quick_reply("Stop"))``"""
    if not 1 <= len(items) <= 10:
        raise InvalidArgumentError(f"buttons: a template takes 1 to 10 buttons, got {len(items)}.")
    kinds = ["QUICK_REPLY" if isinstance(b, MessageTemplateQuickReplyButton) else "OTHER" for b in items]
    first, last = (
        (kinds.index("QUICK_REPLY"), len(kinds) - kinds[::-1].index("QUICK_REPLY"))
        if "QUICK_REPLY" in kinds
        else (0, 0)
    )
    if "OTHER" in kinds[first:last]:
        raise InvalidArgumentError("buttons: quick-reply buttons must be grouped together (Meta's rule).")
    return MessageTemplateButtonsComponent(buttons=list(items))


def call_permission_request() -> MessageTemplateCallPermissionRequestComponent:
    """Ask for permission to call the user (MARKETING or UTILITY templates, after a body; no other buttons)."""
    return MessageTemplateCallPermissionRequestComponent()


def limited_time_offer(text: str, *, has_expiration: bool = True) -> MessageTemplateLimitedTimeOfferComponent:
    """A limited-time-offer banner (16 characters); with ``has_expiration`` the first button must be copy-code."""
    _limit(text, "limited_time_offer text", 16)
    return MessageTemplateLimitedTimeOfferComponent.from_dict(
        {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": text, "has_expiration": has_expiration}}
    )


def card(
    header: MessageTemplateHeaderComponent,
    *card_buttons: Button,
    body_text: MessageTemplateBodyComponent | None = None,
) -> dict[str, Any]:
    """One carousel card: an IMAGE or VIDEO ``media_header``, an optional ``body(...)`` and 1 or 2 buttons."""
    fmt = header.to_dict().get("format")
    if fmt not in ("IMAGE", "VIDEO"):
        raise InvalidArgumentError(f"card: a carousel card's header is IMAGE or VIDEO, got {fmt}.")
    if not 1 <= len(card_buttons) <= 2:
        raise InvalidArgumentError(f"card: a carousel card takes 1 or 2 buttons, got {len(card_buttons)}.")
    parts = [header.to_dict()]
    if body_text is not None:
        parts.append(body_text.to_dict())
    parts.append({"type": "BUTTONS", "buttons": [b.to_dict() for b in card_buttons]})
    return {"components": parts}


def carousel(*cards: dict[str, Any]) -> MessageTemplateCarouselComponent:
    """A carousel of 2 to 10 ``card(...)`` s with the same header format and button kinds."""
    if not 2 <= len(cards) <= 10:
        raise InvalidArgumentError(f"carousel: a carousel takes 2 to 10 cards, got {len(cards)}.")
    shapes = {(c["components"][0]["format"], tuple(b["type"] for b in c["components"][-1]["buttons"])) for c in cards}
    if len(shapes) > 1:
        raise InvalidArgumentError("carousel: every card must have the same header format and the same button kinds.")
    return MessageTemplateCarouselComponent.from_dict({"type": "CAROUSEL", "cards": list(cards)})


# ---------------------------------------------------------------- creation: buttons


def quick_reply(text: str) -> MessageTemplateQuickReplyButton:
    """A quick-reply button (25 characters)."""
    return MessageTemplateQuickReplyButton(text=_limit(text, "button text", 25))


def url_button(text: str, url: str, example: str | None = None) -> MessageTemplateUrlButton:
    """A URL button; a URL ending in ``{{1}}`` needs the sample suffix ``example``."""
    _limit(text, "button text", 25)
    variables = _variables(url)
    if variables and (variables != ["1"] or not url.rstrip("/").endswith("}}")):
        raise InvalidArgumentError("url_button: the URL may end with one variable, {{1}}.")
    if bool(variables) != (example is not None):
        raise InvalidArgumentError("url_button: give example= exactly when the URL ends with {{1}}.")
    button = MessageTemplateUrlButton(text=text, url=_limit(url, "button url", 2000))
    if example is not None:
        button.example = [example]
    return button


def phone_button(text: str, phone_number: str) -> MessageTemplatePhoneNumberButton:
    """A button that calls ``phone_number`` (with country code)."""
    return MessageTemplatePhoneNumberButton(
        text=_limit(text, "button text", 25), phone_number=_limit(phone_number, "phone_number", 20)
    )


def copy_code_button(example: str) -> MessageTemplateCopyCodeButton:
    """A button that copies a coupon code (15 characters); ``example`` is a sample code."""
    return MessageTemplateCopyCodeButton(example=_limit(example, "copy code example", 15))


def flow_button(
    text: str,
    *,
    flow_id: str | None = None,
    flow_name: str | None = None,
    navigate_screen: str | None = None,
    data_exchange: bool = False,
) -> MessageTemplateFlowButton:
    """A button that opens a published Flow (by id or name) at ``navigate_screen``, or through its endpoint."""
    if (flow_id is None) == (flow_name is None):
        raise InvalidArgumentError("flow_button needs exactly one of flow_id= or flow_name=.")
    button = MessageTemplateFlowButton(text=_limit(text, "button text", 25))
    if flow_id is not None:
        button.flow_id = flow_id
    if flow_name is not None:
        button.flow_name = flow_name
    button.flow_action = "data_exchange" if data_exchange else "navigate"
    if navigate_screen is not None:
        button.navigate_screen = navigate_screen
    return button


def otp_button(
    otp_type: Literal["COPY_CODE", "ONE_TAP", "ZERO_TAP"] = "COPY_CODE",
    *,
    text: str | None = None,
    autofill_text: str | None = None,
    supported_apps: Mapping[str, str] | None = None,
    zero_tap_terms_accepted: bool | None = None,
) -> MessageTemplateOtpButton:
    """The one-time-password button of an authentication template.

    ``supported_apps`` maps Android package names to their signing-key hashes (one-tap and zero-tap; up to 5).
    Example: ``t.otp_button("ONE_TAP", supported_apps={"com.example.app": "K8a/AINcGX7"})``
    """
    if otp_type in ("ONE_TAP", "ZERO_TAP") and not supported_apps:
        raise InvalidArgumentError(f"otp_button: {otp_type} needs supported_apps={{package_name: signature_hash}}.")
    if supported_apps is not None and len(supported_apps) > 5:
        raise InvalidArgumentError(f"otp_button: supported_apps takes up to 5 apps, got {len(supported_apps)}.")
    if otp_type == "ZERO_TAP" and zero_tap_terms_accepted is not True:
        raise InvalidArgumentError("otp_button: ZERO_TAP needs zero_tap_terms_accepted=True.")
    data: dict[str, Any] = {"type": "OTP", "otp_type": otp_type}
    if text is not None:
        data["text"] = _limit(text, "button text", 25)
    if autofill_text is not None:
        data["autofill_text"] = _limit(autofill_text, "autofill_text", 25)
    if supported_apps:
        data["supported_apps"] = [{"package_name": p, "signature_hash": h} for p, h in supported_apps.items()]
    if zero_tap_terms_accepted is not None:
        data["zero_tap_terms_accepted"] = zero_tap_terms_accepted
    return MessageTemplateOtpButton.from_dict(data)


def catalog_button(text: str = "View catalog") -> MessageTemplateCatalogButton:
    """A "View catalog" button (catalog templates)."""
    return MessageTemplateCatalogButton(text=_limit(text, "button text", 25))


def mpm_button(text: str = "View items") -> MessageTemplateMpmButton:
    """A "View items" button (multi-product templates)."""
    return MessageTemplateMpmButton(text=_limit(text, "button text", 25))


def spm_button(text: str = "View") -> MessageTemplateSpmButton:
    """The button of a single-product template (with a ``product_header()``)."""
    return MessageTemplateSpmButton(text=_limit(text, "button text", 25))


def voice_call_button(text: str = "Call now") -> MessageTemplateVoiceCallButton:
    """A button that starts a WhatsApp voice call to the business (Calling API)."""
    return MessageTemplateVoiceCallButton(text=_limit(text, "button text", 25))


def template(
    name: str,
    language: str,
    category: Category,
    *components: Component,
    allow_category_change: bool | None = None,
    message_send_ttl_seconds: int | None = None,
) -> MessageTemplateCreateRequest:
    """A template to create: name, language, category and its components in order.

    ``parameter_format`` is set to ``named`` when the body uses named variables. Example:
    ``client.templates.create(body=t.template("order_update", "en_US", "UTILITY", t.body("Order {{1}}", "A-1")))``
    """
    if not re.fullmatch(r"[a-z0-9_]{1,512}", name or ""):
        raise InvalidArgumentError(f"name: lowercase letters, digits and underscores (512 at most), got {name!r}.")
    if not components:
        raise InvalidArgumentError("template needs its components (at least a body).")
    kinds = [type(c) for c in components]
    if kinds.count(MessageTemplateHeaderComponent) > 1 or kinds.count(MessageTemplateBodyComponent) != 1:
        raise InvalidArgumentError("template takes at most one header and exactly one body.")
    if category == "AUTHENTICATION" and not any(
        isinstance(b, MessageTemplateOtpButton)
        for c in components
        if isinstance(c, MessageTemplateButtonsComponent)
        for b in c.buttons
    ):
        raise InvalidArgumentError("AUTHENTICATION templates need an otp_button(...) in buttons(...).")
    data: dict[str, Any] = {
        "name": name,
        "language": _limit(language, "language", 20),
        "category": category,
        "components": [c.to_dict() for c in components],
    }
    body_text = next(c for c in components if isinstance(c, MessageTemplateBodyComponent)).to_dict().get("text", "")
    if _variables(body_text) and not _variables(body_text)[0].isdigit():
        data["parameter_format"] = "named"
    if allow_category_change is not None:
        data["allow_category_change"] = allow_category_change
    if message_send_ttl_seconds is not None:
        data["message_send_ttl_seconds"] = message_send_ttl_seconds
    return MessageTemplateCreateRequest.from_dict(data)


def from_library(
    name: str,
    language: str,
    category: Literal["UTILITY", "AUTHENTICATION"],
    library_template_name: str,
    *,
    body_inputs: LibraryTemplateBodyInputs | None = None,
    button_inputs: Sequence[LibraryTemplateButtonInput] = (),
) -> MessageTemplateCreateRequest:
    """A template created from the Template Library (``client.templates.list_library``); approved at once.

    Example: ``t.from_library("payment_due", "en_US", "UTILITY", "payment_reminder_1",
    button_inputs=[LibraryTemplateButtonInput.from_dict({"type": "URL", "url": {"base_url": "https://e.x/{{1}}",
    "url_suffix_example": "https://e.x/pay/1"}})])``
    """
    if not re.fullmatch(r"[a-z0-9_]{1,512}", name or ""):
        raise InvalidArgumentError(f"name: lowercase letters, digits and underscores (512 at most), got {name!r}.")
    request = MessageTemplateCreateRequest(
        name=name,
        language=_limit(language, "language", 20),
        category=category,
        library_template_name=_limit(library_template_name, "library_template_name", 512),
    )
    if body_inputs is not None:
        request.library_template_body_inputs = body_inputs
    if button_inputs:
        request.library_template_button_inputs = list(button_inputs)
    return request


def upsert_authentication(
    name: str, languages: Sequence[str], *components: Component, message_send_ttl_seconds: int | None = None
) -> MessageTemplateUpsertRequest:
    """An authentication template for ``client.templates.upsert``: created or updated in every language at once.

    Example: ``client.templates.upsert(body=t.upsert_authentication("login_code", ["en_US", "es_ES"],
    t.auth_body(), t.auth_footer(10), t.buttons(t.otp_button())))``
    """
    if not languages:
        raise InvalidArgumentError("languages: give at least one language code.")
    single = template(
        name, languages[0], "AUTHENTICATION", *components, message_send_ttl_seconds=message_send_ttl_seconds
    )
    data = single.to_dict()
    del data["language"]
    return MessageTemplateUpsertRequest.from_dict({**data, "languages": list(languages)})


# ---------------------------------------------------------------- sending: parameter values


_Media = TypeVar("_Media", ImageMedia, VideoMedia, DocumentMedia, GifMedia)


def _media(media: _Media, media_id: str | None, link: str | None) -> _Media:
    """``media`` with exactly one of an uploaded ``media_id`` or a public ``link``."""
    if (media_id is None) == (link is None):
        raise InvalidArgumentError("A media parameter needs exactly one of media_id= or link=.")
    if media_id is not None:
        media.id = media_id
    elif link is not None:
        media.link = link
    return media


def image(*, media_id: str | None = None, link: str | None = None) -> TemplateImageParameter:
    """An image header value. Example: ``t.header_params(t.image(link="https://e.x/banner.png"))``"""
    return TemplateImageParameter(image=_media(ImageMedia(), media_id, link))


def video(*, media_id: str | None = None, link: str | None = None) -> TemplateVideoParameter:
    """A video header value."""
    return TemplateVideoParameter(video=_media(VideoMedia(), media_id, link))


def document(
    *, media_id: str | None = None, link: str | None = None, filename: str | None = None
) -> TemplateDocumentParameter:
    """A document header value, with the file name shown to the recipient."""
    media = _media(DocumentMedia(), media_id, link)
    if filename is not None:
        media.filename = filename
    return TemplateDocumentParameter(document=media)


def gif(*, media_id: str | None = None, link: str | None = None) -> TemplateGifParameter:
    """A GIF header value (an MP4; Marketing Messages API sends only)."""
    return TemplateGifParameter(gif=_media(GifMedia(), media_id, link))


def location(
    latitude: float, longitude: float, *, name: str | None = None, address: str | None = None
) -> TemplateLocationParameter:
    """A location header value."""
    place = LocationContent(latitude=latitude, longitude=longitude)
    if name is not None:
        place.name = name
    if address is not None:
        place.address = address
    return TemplateLocationParameter(location=place)


def product(catalog_id: str, product_retailer_id: str) -> TemplateProductParameter:
    """The product of a product header (single-product templates)."""
    return TemplateProductParameter(
        product=TemplateProduct(catalog_id=catalog_id, product_retailer_id=product_retailer_id)
    )


def currency(amount: float, code: str, fallback_value: str) -> TemplateCurrencyParameter:
    """A localised amount for a body variable: ``t.currency(12.5, "USD", "$12.50")``."""
    return TemplateCurrencyParameter(
        currency=TemplateCurrency(fallback_value=fallback_value, code=code, amount_1000=round(amount * 1000))
    )


def date_time(fallback_value: str) -> TemplateDateTimeParameter:
    """A date for a body variable, shown as ``fallback_value``."""
    return TemplateDateTimeParameter(date_time=TemplateDateTime(fallback_value=fallback_value))


def _text(
    value: Value, name: str | None = None
) -> TemplateTextParameter | TemplateCurrencyParameter | TemplateDateTimeParameter:
    parameter = TemplateTextParameter(text=value) if isinstance(value, str) else value
    if name is not None:
        parameter.parameter_name = name
    return parameter


def header_params(value: HeaderValue | str, *, name: str | None = None) -> TemplateComponentParameters:
    """The header's value: text (``name=`` for a named variable), ``image``, ``video``, ``document``, ``gif``,
    ``location`` or ``product``. Example: ``t.header_params(t.image(media_id="1479537139650973"))``"""
    parameter: Any = _text(value, name) if isinstance(value, str) else value
    return TemplateComponentParameters(type_="header", parameters=[parameter])


def body_params(*values: Value, **named: Value) -> TemplateComponentParameters:
    """The body's variable values: positional in order, or by name for named templates.

    Example: ``t.body_params("Jessica", t.currency(12.5, "USD", "$12.50"))`` or ``t.body_params(name="Jessica")``
    """
    if values and named:
        raise InvalidArgumentError("body_params: give positional or named values, not both.")
    parameters: list[Any] = [_text(v) for v in values] + [_text(v, k) for k, v in named.items()]
    return TemplateComponentParameters(type_="body", parameters=parameters)


def _button(index: int, sub_type: Any, parameters: list[Any]) -> TemplateComponentParameters:
    if not 0 <= index <= 9:
        raise InvalidArgumentError(f"button index is the button's position, 0 to 9, got {index}.")
    return TemplateComponentParameters(type_="button", sub_type=sub_type, index=str(index), parameters=parameters)


def quick_reply_params(index: int, payload: str) -> TemplateComponentParameters:
    """The payload returned when the quick-reply button at ``index`` is tapped."""
    return _button(index, "quick_reply", [TemplatePayloadParameter(payload=payload)])


def url_button_params(index: int, suffix: str) -> TemplateComponentParameters:
    """The value of the ``{{1}}`` at the end of the URL button at ``index``."""
    return _button(index, "url", [TemplateTextParameter(text=suffix)])


def copy_code_params(index: int, coupon_code: str) -> TemplateComponentParameters:
    """The code the copy-code button at ``index`` copies (15 characters)."""
    return _button(
        index, "copy_code", [TemplateCouponCodeParameter(coupon_code=_limit(coupon_code, "coupon_code", 15))]
    )


def flow_button_params(
    index: int, *, flow_token: str | None = None, data: Mapping[str, Any] | None = None
) -> TemplateComponentParameters:
    """The token and first-screen data of the Flow button at ``index``."""
    action: dict[str, Any] = {}
    if flow_token is not None:
        action["flow_token"] = flow_token
    if data is not None:
        action["flow_action_data"] = dict(data)
    return _button(index, "flow", [TemplateActionParameter(action=TemplateButtonAction.from_dict(action))])


def catalog_button_params(index: int, thumbnail_product_retailer_id: str) -> TemplateComponentParameters:
    """The product shown as the thumbnail of the catalog button at ``index``."""
    action = TemplateButtonAction(thumbnail_product_retailer_id=thumbnail_product_retailer_id)
    return _button(index, "catalog", [TemplateActionParameter(action=action)])


def order_details_button_params(index: int, order: OrderDetailsParameters) -> TemplateComponentParameters:
    """The order of the "Review and pay" (order details) button at ``index``."""
    action = TemplateButtonAction(order_details=order)
    return _button(index, "order_details", [TemplateActionParameter(action=action)])


def otp_params(code: str) -> list[TemplateComponentParameters]:
    """The components of an authentication send: the code in the body and in the OTP button (index 0)."""
    _limit(code, "code", 15)
    return [body_params(code), url_button_params(0, code)]


def limited_time_offer_params(expires: datetime | int) -> TemplateComponentParameters:
    """When the offer expires: a timezone-aware ``datetime``, or unix milliseconds."""
    if isinstance(expires, datetime):
        if expires.tzinfo is None:
            raise InvalidArgumentError("limited_time_offer_params: pass a timezone-aware datetime (or unix ms).")
        milliseconds = int(expires.timestamp() * 1000)
    else:
        milliseconds = expires
    offer = TemplateLimitedTimeOfferParameter(
        limited_time_offer=TemplateLimitedTimeOfferValue(expiration_time_ms=milliseconds)
    )
    return TemplateComponentParameters(type_="limited_time_offer", parameters=[offer])


def tap_target_params(title: str, url: str) -> TemplateComponentParameters:
    """Make the message a tap target titled ``title`` opening the first URL button's ``url`` (verified WABAs)."""
    target = TemplateTapTargetParameter(tap_target_configuration=[TapTargetConfiguration(url=url, title=title)])
    return TemplateComponentParameters(type_="tap_target_configuration", parameters=[target])


def card_params(
    header: TemplateImageParameter | TemplateVideoParameter | TemplateProductParameter,
    *,
    body: Sequence[Value] = (),
    buttons: Sequence[TemplateComponentParameters] = (),
) -> list[TemplateCardComponentParameters]:
    """One carousel card's values: its header media, body values and button values (``quick_reply_params`` ...)."""
    parts = [TemplateCardComponentParameters(type_="header", parameters=[header])]
    if body:
        parts.append(TemplateCardComponentParameters(type_="body", parameters=[_text(v) for v in body]))
    for button in buttons:
        parts.append(TemplateCardComponentParameters.from_dict(button.to_dict()))
    return parts


def carousel_params(*cards: list[TemplateCardComponentParameters]) -> TemplateComponentParameters:
    """Every card's values, indexed in order (2 to 10 cards, as many as the template has)."""
    if not 2 <= len(cards) <= 10:
        raise InvalidArgumentError(f"carousel_params: a carousel has 2 to 10 cards, got {len(cards)}.")
    built = [TemplateCarouselCardParameters(card_index=i, components=list(c)) for i, c in enumerate(cards)]
    return TemplateComponentParameters(type_="carousel", cards=built)


# ---------------------------------------------------------------- sending: check against the template


def _components_of(spec: MessageTemplateCreateRequest | MessageTemplate | Mapping[str, Any]) -> list[dict[str, Any]]:
    data = spec if isinstance(spec, Mapping) else spec.to_dict()
    return [{**c, "type": str(c.get("type", "")).upper()} for c in data.get("components", [])]


def _check_part(declared: list[dict[str, Any]], sent: list[dict[str, Any]], where: str) -> None:
    kinds = {c["type"]: c for c in declared}
    header = kinds.get("HEADER")
    sent_header = [p for c in sent if c.get("type") == "header" for p in c.get("parameters", [])]
    if header is not None and header.get("format", "TEXT") != "TEXT":
        expected = str(header["format"]).lower()
        if expected != "location" and (len(sent_header) != 1 or sent_header[0].get("type") != expected):
            got = sent_header[0].get("type") if sent_header else "no header"
            raise InvalidArgumentError(f"{where}the template declares a {header['format']} header; got {got}.")
    elif header is not None and _variables(header.get("text") or "") and len(sent_header) != 1:
        raise InvalidArgumentError(f"{where}the header text has a variable; {len(sent_header)} header value(s) given.")
    text = kinds.get("BODY", {}).get("text") or ""
    needed = len(_variables(text))
    given = sum(len(c.get("parameters", [])) for c in sent if c.get("type") == "body")
    if needed != given:
        raise InvalidArgumentError(f"{where}the body has {needed} variable(s); {given} body value(s) given.")


def check_send(
    spec: MessageTemplateCreateRequest | MessageTemplate | Mapping[str, Any],
    components: Sequence[TemplateComponentParameters],
) -> list[TemplateComponentParameters]:
    """Check send values against the template (as created, or as ``client.templates.get`` returns it).

    Raises ``InvalidArgumentError`` for a missing or wrong header, a wrong number of body values, or carousel
    cards that do not match the template's (count, and each card's declared header). Returns ``components``.
    """
    declared = _components_of(spec)
    sent = [c.to_dict() for c in components]
    _check_part(declared, sent, "")
    template_carousel = next((c for c in declared if c["type"] == "CAROUSEL"), None)
    sent_cards = next((c.get("cards", []) for c in sent if c.get("type") == "carousel"), None)
    if template_carousel is not None:
        cards = template_carousel["cards"]
        if sent_cards is None or len(sent_cards) != len(cards):
            got = 0 if sent_cards is None else len(sent_cards)
            raise InvalidArgumentError(f"cards: the template's carousel has {len(cards)} card(s); {got} given.")
        for sent_card in sent_cards:
            index = sent_card["card_index"]
            declared_card = [{**c, "type": str(c["type"]).upper()} for c in cards[index]["components"]]
            _check_part(declared_card, sent_card["components"], f"card {index}: ")
    return list(components)
