"""A tech provider onboards a customer who finished Embedded Signup, on this machine only (the local emulator).

`onboard()` is what your backend runs when the Embedded Signup popup hands your page a code: exchange it for the
customer's business token, find the WhatsApp Business Account they shared (`debug_token`), subscribe your app to its
webhooks and register its phone number. Against Meta, call it with the real code; app id and secret come from
WA_APP_ID / WA_APP_SECRET.

Run: python examples/partner_onboarding.py
"""

from __future__ import annotations

import wacloud.auth
from wacloud import WhatsApp
from wacloud.emulator import Emulator, Tenant
from wacloud_api.models import RegistrationRequest

APP_ID = "670843887433847"
APP_SECRET = "demo-app-secret"
CUSTOMER = Tenant("106540352242922", "102290129340398", {"EAAG-partner-system-user"})


def onboard(
    code: str, *, pin: str, app_id: str | None = None, app_secret: str | None = None, base_url: str | None = None
) -> list[str]:
    """Onboard the customer behind ``code``; returns the ids of the phone numbers registered for Cloud API."""
    business = wacloud.auth.exchange_code(code, app_id=app_id, app_secret=app_secret, base_url=base_url)
    # The business token is valid for this customer's assets only; debug_token (app token) names them.
    info = wacloud.auth.debug_token(business.access_token, app_id=app_id, app_secret=app_secret, base_url=base_url)
    registered: list[str] = []
    for waba_id in info.waba_ids:  # the WABAs the customer shared with you
        with WhatsApp(access_token=business.access_token, business_account_id=waba_id, base_url=base_url) as client:
            client.subscribed_apps.subscribe()  # this WABA's webhooks now reach your app
            for number in client.phone_numbers.iter_list():
                client.phone_numbers.register(phone_number_id=number.id, body=RegistrationRequest(pin=pin))
                registered.append(number.id)
    return registered


def main() -> list[str]:
    with Emulator([CUSTOMER], app_secret=APP_SECRET) as emulator:
        code = emulator.signup_code(CUSTOMER.phone_number_id)  # what the popup would give your page
        registered = onboard(code, pin="123456", app_id=APP_ID, app_secret=APP_SECRET, base_url=emulator.base_url)
    print(f"registered for Cloud API: {', '.join(registered)}")
    return registered


if __name__ == "__main__":
    main()
