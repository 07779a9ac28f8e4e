"""The template builders: exactly Meta's JSON for creation and sends, limits refused with the field and the limit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wacloud import InvalidArgumentError
from wacloud import templates as t


def test_a_marketing_template_with_every_common_part() -> None:
    created = t.template(
        "summer_sale",
        "en_US",
        "MARKETING",
        t.text_header("Our {{1}} is on!", "Summer Sale"),
        t.body("Hi {{1}}, use code {{2}}!", "Jessica", "SUMMER25"),
        t.footer("Tap Stop to opt out"),
        t.buttons(
            t.quick_reply("Stop promotions"),
            t.url_button("Shop", "https://e.x/shop?c={{1}}", "summer"),
            t.phone_button("Call", "16467043595"),
            t.copy_code_button("SUMMER25"),
        ),
    )
    assert created.to_dict() == {
        "name": "summer_sale",
        "language": "en_US",
        "category": "MARKETING",
        "components": [
            {
                "type": "HEADER",
                "format": "TEXT",
                "text": "Our {{1}} is on!",
                "example": {"header_text": ["Summer Sale"]},
            },
            {"type": "BODY", "text": "Hi {{1}}, use code {{2}}!", "example": {"body_text": [["Jessica", "SUMMER25"]]}},
            {"type": "FOOTER", "text": "Tap Stop to opt out"},
            {
                "type": "BUTTONS",
                "buttons": [
                    {"type": "QUICK_REPLY", "text": "Stop promotions"},
                    {"type": "URL", "text": "Shop", "url": "https://e.x/shop?c={{1}}", "example": ["summer"]},
                    {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "16467043595"},
                    {"type": "COPY_CODE", "example": "SUMMER25"},
                ],
            },
        ],
    }


def test_named_variables_set_the_parameter_format() -> None:
    created = t.template(
        "order_update", "en_US", "UTILITY", t.body("Hi {{name}}, order {{order}}", name="Jo", order="A-1")
    )
    data = created.to_dict()
    assert data["parameter_format"] == "named"
    assert data["components"][0]["example"] == {
        "body_text_named_params": [{"param_name": "name", "example": "Jo"}, {"param_name": "order", "example": "A-1"}]
    }


def test_every_header_format_and_button_kind() -> None:
    assert t.media_header("GIF", "4::aGFuZGxl").to_dict() == {
        "type": "HEADER",
        "format": "GIF",
        "example": {"header_handle": ["4::aGFuZGxl"]},
    }
    assert t.location_header().to_dict() == {"type": "HEADER", "format": "LOCATION"}
    assert t.product_header().to_dict() == {"type": "HEADER", "format": "PRODUCT"}
    kinds = [b.to_dict()["type"] for b in (t.catalog_button(), t.mpm_button(), t.spm_button(), t.voice_call_button())]
    assert kinds == ["CATALOG", "MPM", "SPM", "VOICE_CALL"]
    assert t.flow_button("Book", flow_id="1", navigate_screen="WELCOME").to_dict() == {
        "type": "FLOW",
        "text": "Book",
        "flow_id": "1",
        "flow_action": "navigate",
        "navigate_screen": "WELCOME",
    }
    assert t.call_permission_request().to_dict() == {"type": "call_permission_request"}
    assert t.limited_time_offer("Expiring!").to_dict() == {
        "type": "LIMITED_TIME_OFFER",
        "limited_time_offer": {"text": "Expiring!", "has_expiration": True},
    }


def test_authentication_template_with_one_tap() -> None:
    created = t.template(
        "login_code",
        "en_US",
        "AUTHENTICATION",
        t.auth_body(),
        t.auth_footer(10),
        t.buttons(t.otp_button("ONE_TAP", autofill_text="Autofill", supported_apps={"com.example.app": "K8a/AINcGX7"})),
        message_send_ttl_seconds=600,
    )
    assert created.to_dict()["components"] == [
        {"type": "BODY", "add_security_recommendation": True},
        {"type": "FOOTER", "code_expiration_minutes": 10},
        {
            "type": "BUTTONS",
            "buttons": [
                {
                    "type": "OTP",
                    "otp_type": "ONE_TAP",
                    "autofill_text": "Autofill",
                    "supported_apps": [{"package_name": "com.example.app", "signature_hash": "K8a/AINcGX7"}],
                }
            ],
        },
    ]
    assert [c.to_dict() for c in t.otp_params("123456")] == [
        {"type": "body", "parameters": [{"type": "text", "text": "123456"}]},
        {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "123456"}]},
    ]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: t.body("Hi {{1}} {{2}}", "one"), "body text has 2 variable"),
        (lambda: t.body("Hi {{name}}", "Jo"), "named variables"),
        (lambda: t.text_header("x" * 61), "header text is limited to 60 characters, got 61"),
        (lambda: t.buttons(*[t.quick_reply(str(i)) for i in range(11)]), "1 to 10 buttons, got 11"),
        (lambda: t.buttons(t.quick_reply("a"), t.phone_button("c", "1"), t.quick_reply("b")), "grouped together"),
        (lambda: t.url_button("Shop", "https://e.x/{{1}}"), "example="),
        (lambda: t.otp_button("ZERO_TAP", supported_apps={"a": "b"}), "zero_tap_terms_accepted"),
        (lambda: t.auth_footer(91), "1 to 90, got 91"),
        (lambda: t.template("Bad-Name", "en_US", "UTILITY", t.body("x")), "lowercase"),
        (lambda: t.template("auth", "en_US", "AUTHENTICATION", t.auth_body()), "otp_button"),
        (lambda: t.media_header("IMAGE", ""), "header handle"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_the_limit(build: object, message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        build()  # type: ignore[operator]


def _card(n: int) -> dict[str, object]:
    return t.card(
        t.media_header("IMAGE", f"4::h{n}"),
        t.quick_reply("More"),
        t.url_button("Buy", "https://e.x/{{1}}", "p"),
        body_text=t.body("Plant {{1}}", "Calathea"),
    )


def test_carousel_limits_and_uniform_cards() -> None:
    assert len(t.carousel(_card(0), _card(1)).to_dict()["cards"]) == 2
    with pytest.raises(InvalidArgumentError, match="2 to 10 cards, got 11"):
        t.carousel(*[_card(n) for n in range(11)])
    video = t.card(
        t.media_header("VIDEO", "4::v"), t.quick_reply("More"), t.url_button("Buy", "https://e.x/{{1}}", "p")
    )
    with pytest.raises(InvalidArgumentError, match="same header format"):
        t.carousel(_card(0), video)
    with pytest.raises(InvalidArgumentError, match="IMAGE or VIDEO, got DOCUMENT"):
        t.card(t.media_header("DOCUMENT", "4::d"), t.quick_reply("More"))


def test_send_params_for_every_component() -> None:
    expires = datetime(2026, 12, 24, tzinfo=UTC)
    sent = [
        t.header_params(t.product("367025965434465", "SKU-1")),
        t.body_params("Jessica", t.currency(12.5, "USD", "$12.50"), t.date_time("Dec 24")),
        t.limited_time_offer_params(expires),
        t.copy_code_params(0, "SAVE25"),
        t.tap_target_params("Shop now", "https://e.x/shop"),
        t.flow_button_params(1, flow_token="tok", data={"screen": "WELCOME"}),
    ]
    assert [c.to_dict() for c in sent] == [
        {
            "type": "header",
            "parameters": [
                {"type": "product", "product": {"product_retailer_id": "SKU-1", "catalog_id": "367025965434465"}}
            ],
        },
        {
            "type": "body",
            "parameters": [
                {"type": "text", "text": "Jessica"},
                {"type": "currency", "currency": {"fallback_value": "$12.50", "code": "USD", "amount_1000": 12500}},
                {"type": "date_time", "date_time": {"fallback_value": "Dec 24"}},
            ],
        },
        {
            "type": "limited_time_offer",
            "parameters": [
                {
                    "type": "limited_time_offer",
                    "limited_time_offer": {"expiration_time_ms": int(expires.timestamp() * 1000)},
                }
            ],
        },
        {
            "type": "button",
            "sub_type": "copy_code",
            "index": "0",
            "parameters": [{"type": "coupon_code", "coupon_code": "SAVE25"}],
        },
        {
            "type": "tap_target_configuration",
            "parameters": [
                {
                    "type": "tap_target_configuration",
                    "tap_target_configuration": [{"url": "https://e.x/shop", "title": "Shop now"}],
                }
            ],
        },
        {
            "type": "button",
            "sub_type": "flow",
            "index": "1",
            "parameters": [
                {"type": "action", "action": {"flow_token": "tok", "flow_action_data": {"screen": "WELCOME"}}}
            ],
        },
    ]
    assert t.header_params(t.gif(link="https://e.x/a.mp4")).to_dict()["parameters"] == [
        {"type": "gif", "gif": {"link": "https://e.x/a.mp4"}}
    ]
    with pytest.raises(InvalidArgumentError, match="timezone-aware"):
        t.limited_time_offer_params(datetime(2026, 12, 24))


def test_check_send_refuses_a_card_without_its_declared_header() -> None:
    created = t.template(
        "plants", "en_US", "MARKETING", t.body("New plants, {{1}}!", "Jo"), t.carousel(_card(0), _card(1))
    )
    good = t.carousel_params(
        t.card_params(
            t.image(link="https://e.x/0.png"),
            body=["Calathea"],
            buttons=[t.quick_reply_params(0, "more-0"), t.url_button_params(1, "p0")],
        ),
        t.card_params(
            t.image(link="https://e.x/1.png"),
            body=["Fern"],
            buttons=[t.quick_reply_params(0, "more-1"), t.url_button_params(1, "p1")],
        ),
    )
    assert t.check_send(created, [t.body_params("Jo"), good])
    wrong = t.carousel_params(
        t.card_params(t.image(link="https://e.x/0.png"), body=["Calathea"]),
        t.card_params(t.video(link="https://e.x/1.mp4"), body=["Fern"]),
    )
    with pytest.raises(InvalidArgumentError, match="card 1: the template declares a IMAGE header; got video"):
        t.check_send(created, [t.body_params("Jo"), wrong])
    with pytest.raises(InvalidArgumentError, match="carousel has 2 card"):
        t.check_send(created, [t.body_params("Jo")])
    with pytest.raises(InvalidArgumentError, match="2 to 10 cards, got 11"):
        t.carousel_params(*[t.card_params(t.image(link="https://e.x")) for _ in range(11)])


def test_a_template_from_the_library() -> None:
    from wacloud_api.models import LibraryTemplateBodyInputs, LibraryTemplateButtonInput

    url = {"type": "URL", "url": {"base_url": "https://e.x/{{1}}", "url_suffix_example": "https://e.x/pay/1"}}
    created = t.from_library(
        "payment_due",
        "en_US",
        "UTILITY",
        "payment_reminder_1",
        body_inputs=LibraryTemplateBodyInputs(add_contact_number=True),
        button_inputs=[LibraryTemplateButtonInput.from_dict(url)],
    )
    assert created.to_dict() == {
        "name": "payment_due",
        "language": "en_US",
        "category": "UTILITY",
        "library_template_name": "payment_reminder_1",
        "library_template_body_inputs": {"add_contact_number": True},
        "library_template_button_inputs": [url],
    }
