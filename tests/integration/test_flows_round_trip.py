"""A whole Flow over loopback: keygen --upload to the emulator, the endpoint served by uvicorn, Meta's side played
by the emulator (encrypting to the registered key), every answer decrypted."""

from __future__ import annotations

from pathlib import Path

import pytest

from wacloud import ConfigurationError, WhatsApp, flows
from wacloud.cli import main
from wacloud.emulator import Emulator, FlowExchangeError, Tenant, ThreadedServer

pytestmark = pytest.mark.integration

SHOP = Tenant("1001", "2001", {"EAAG-flows-shop"})
APP_SECRET = "the-app-secret-value"


def booking(request: flows.FlowRequest) -> flows.FlowResponse:
    if request.action == "INIT":
        return request.respond("APPOINTMENT", {"slots": [{"id": "10", "title": "10:00"}]})
    if request.action == "data_exchange" and request.screen == "APPOINTMENT":
        if request.data.get("slot") == "gone":
            raise flows.FlowTokenNoLongerValid("That booking was already made.")
        return request.respond("SUMMARY", {"details": f"Slot {request.data['slot']}"})
    return request.close({"booked": True})


def test_a_whole_flow_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Emulator([SHOP], app_secret=APP_SECRET) as emulator:
        monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", "EAAG-flows-shop")
        monkeypatch.setenv("WA_BASE_URL", emulator.base_url)
        key_path = tmp_path / "flows-private.pem"
        assert (
            main(["flows", "keygen", "--out", str(key_path), "--upload", "--phone-number-id", SHOP.phone_number_id])
            == 0
        )
        with WhatsApp(
            access_token="EAAG-flows-shop", phone_number_id=SHOP.phone_number_id, base_url=emulator.base_url
        ) as client:
            registered = client.encryption.get_public_key().data[0].business_public_key
        assert registered == flows.public_key_pem(key_path.read_bytes())

        endpoint = flows.FlowEndpoint(booking, private_key=key_path.read_bytes(), app_secret=APP_SECRET, path="/flows")
        with ThreadedServer(endpoint.asgi) as server:
            url = f"{server.url}/flows"
            for version in ("3.0", "4.0"):  # 4.0 adds the flow_token_signature JWT, checked by the endpoint
                with emulator.flow_session(
                    SHOP.phone_number_id, url, flow_token="tok-7", data_api_version=version
                ) as flow:
                    assert flow.ping() == {"data": {"status": "active"}}
                    first = flow.init()
                    assert first == {
                        "screen": "APPOINTMENT",
                        "data": {"slots": [{"id": "10", "title": "10:00"}]},
                        "version": version,
                    }
                    second = flow.data_exchange("APPOINTMENT", {"slot": "10"})
                    assert second["screen"] == "SUMMARY" and second["data"] == {"details": "Slot 10"}
                    done = flow.data_exchange("SUMMARY", {})
                    assert done["screen"] == "SUCCESS"
                    assert done["data"]["extension_message_response"]["params"] == {
                        "booked": True,
                        "flow_token": "tok-7",
                    }
                    assert flow.report_error("SUMMARY", "invalid_screen", "bad answer") == {
                        "data": {"acknowledged": True}
                    }
                    with pytest.raises(FlowExchangeError) as refused:
                        flow.data_exchange("APPOINTMENT", {"slot": "gone"})
                    assert refused.value.status_code == 427
                    assert refused.value.response == {"error_msg": "That booking was already made."}

            # The business rotates its key without telling the endpoint: Meta's client gets 421 and re-fetches.
            rotated = flows.generate_key_pair()
            emulator.state.public_keys[SHOP.phone_number_id] = rotated.public_key_pem
            with (
                emulator.flow_session(SHOP.phone_number_id, url, flow_token="tok-7") as flow,
                pytest.raises(FlowExchangeError) as stale,
            ):
                flow.init()
            assert stale.value.status_code == 421


def test_an_endpoint_with_another_app_secret_is_refused_432(tmp_path: Path) -> None:
    pair = flows.generate_key_pair()
    with Emulator([SHOP], app_secret="emulator-app-secret") as emulator:
        emulator.state.public_keys[SHOP.phone_number_id] = pair.public_key_pem
        endpoint = flows.FlowEndpoint(booking, private_key=pair.private_key_pem, app_secret=APP_SECRET)
        with (
            ThreadedServer(endpoint.asgi) as server,
            emulator.flow_session(SHOP.phone_number_id, server.url, flow_token="t") as flow,
        ):
            with pytest.raises(FlowExchangeError) as refused:
                flow.ping()
            assert refused.value.status_code == 432


def test_a_flow_session_needs_a_registered_key() -> None:
    with Emulator([SHOP]) as emulator, pytest.raises(ConfigurationError, match="no Flows public key"):
        emulator.flow_session(SHOP.phone_number_id, "http://127.0.0.1:9/flows", flow_token="t")
