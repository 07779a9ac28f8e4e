"""The tech-provider onboarding flow end to end against the emulator (the README's partner example).

Embedded Signup code -> business token -> debug_token -> shared WABA id -> subscribe the app -> list and
register the number; plus the app token, the phone-level webhook override and the partner namespaces' routing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

import wacloud.auth
from wacloud import ApiError, WhatsApp
from wacloud.emulator import Emulator, Tenant
from wacloud_api.models import AssignUserRequest, RegistrationRequest

pytestmark = pytest.mark.integration

APP_ID = "670843887433847"
APP_SECRET = "app-secret-value-partner"  # matches the whole-run secret scan of tests/conftest.py
PARTNER_TOKEN = "EAAG-partner-system-user"


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    tenants = [Tenant("1001", "2001", {PARTNER_TOKEN}), Tenant("1002", "2002", {"EAAG-other-business"})]
    with Emulator(tenants, app_secret=APP_SECRET) as emu:
        yield emu


def test_embedded_signup_onboarding(emulator: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    credentials = {"app_id": APP_ID, "app_secret": APP_SECRET, "base_url": emulator.base_url}
    code = emulator.signup_code("1001")  # what the Embedded Signup popup hands to the browser

    business = wacloud.auth.exchange_code(code, **credentials)
    info = wacloud.auth.debug_token(business.access_token, **credentials)
    assert info.is_valid and info.waba_ids == ["2001"]

    (waba_id,) = info.waba_ids
    with WhatsApp(
        access_token=business.access_token, business_account_id=waba_id, base_url=emulator.base_url
    ) as client:
        assert client.subscribed_apps.subscribe().success
        numbers = client.phone_numbers.list().data
        assert [number.id for number in numbers] == ["1001"]
        registered = client.phone_numbers.register(
            phone_number_id=numbers[0].id, body=RegistrationRequest(pin="123456")
        )
        assert registered.success

    with pytest.raises(ApiError) as reused:  # the code is single-use, like Meta's
        wacloud.auth.exchange_code(code, **credentials)
    assert reused.value.code == 100
    assert business.access_token not in caplog.text and APP_SECRET not in caplog.text and code not in caplog.text


def test_debug_token_of_an_unknown_token_is_invalid(emulator: Emulator) -> None:
    info = wacloud.auth.debug_token(
        "EAAG-never-issued", access_token=PARTNER_TOKEN, base_url=emulator.base_url, app_id=APP_ID
    )
    assert not info.is_valid and info.waba_ids == []


def test_the_app_token_reaches_app_operations_only(emulator: Emulator) -> None:
    app = wacloud.auth.app_access_token(app_id=APP_ID, app_secret=APP_SECRET, base_url=emulator.base_url)
    with WhatsApp(access_token=app.access_token, app_id=APP_ID, base_url=emulator.base_url) as client:
        subscribed = client.app.subscribe_webhooks(
            callback_url="https://example.com/webhooks/whatsapp", verify_token="my-verify-token", fields="messages"
        )
        assert subscribed.success
        with pytest.raises(ApiError) as refused:  # an app token does not act for a business's number
            client.phone_numbers.get(phone_number_id="1001")
        assert refused.value.code == 190


def test_partner_namespaces_are_routed_by_node_type(emulator: Emulator) -> None:
    with WhatsApp(
        access_token=PARTNER_TOKEN, phone_number_id="1001", business_account_id="2001", base_url=emulator.base_url
    ) as client:
        assert client.business.get("506914307656634").name == "Lucky Shrub"
        assert client.preverified_numbers.get("1284738293846238").code_verification_status == "VERIFIED"
        assert client.solutions.get("1578492037561280").status == "ACTIVE"
        assert client.solutions.get_migration_intent("1690283746512034").status == "INITIATED"
        assert client.business_profile.get_node("1938475610293847").vertical == "RETAIL"
        assert client.phone_numbers.set_webhook_override("https://example.com/wa/1001", "my-verify-token").success
        assert client.waba.add_assigned_user(
            body=AssignUserRequest(user="1972555232742222", tasks="['MANAGE']")
        ).success
        with pytest.raises(ApiError) as unknown:
            client.solutions.get("999999999999999")
        assert unknown.value.code == 100


def test_the_partner_onboarding_example_runs() -> None:
    from examples import partner_onboarding

    assert partner_onboarding.main() == [partner_onboarding.CUSTOMER.phone_number_id]
