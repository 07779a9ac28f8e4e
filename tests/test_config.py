"""Configuration: argument > environment > .env > default, and clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PHONE_ID, TOKEN, WABA_ID
from wacloud import ConfigurationError, ConfigurationWarning, Settings, WhatsApp


def test_defaults() -> None:
    settings = Settings.resolve()
    assert settings.api_version == "v26.0"
    assert settings.base_url == "https://graph.facebook.com"
    assert settings.listener_port == 3000
    assert settings.webhook_endpoint == "/webhook"
    assert settings.debug is False
    assert settings.access_token is None


def test_every_seed_variable_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        "CLOUD_API_ACCESS_TOKEN": TOKEN,
        "WA_PHONE_NUMBER_ID": PHONE_ID,
        "WA_BUSINESS_ACCOUNT_ID": WABA_ID,
        "CLOUD_API_VERSION": "v21.0",
        "WA_LISTENER_PORT": "8080",
        "WEBHOOK_ENDPOINT": "/hooks/wa",
        "WEBHOOK_VERIFICATION_TOKEN": "verify-me",
        "REQUEST_TIMEOUT": "2500",
        "DEBUG": "true",
        "WA_APP_SECRET": "app-secret",
        "WA_APP_ID": "1234",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.warns(ConfigurationWarning, match="v21.0 is not the version"):
        settings = Settings.resolve()
    assert settings.access_token == TOKEN
    assert settings.phone_number_id == PHONE_ID
    assert settings.business_account_id == WABA_ID
    assert settings.api_version == "v21.0"
    assert settings.listener_port == 8080
    assert settings.webhook_endpoint == "/hooks/wa"
    assert settings.webhook_verification_token == "verify-me"
    assert settings.timeout == 2.5  # REQUEST_TIMEOUT is milliseconds
    assert settings.debug is True
    assert settings.app_secret == "app-secret"
    assert settings.app_id == "1234"
    assert settings.sources["access_token"] == "environment"


def test_argument_beats_environment_beats_dotenv(monkeypatch: pytest.MonkeyPatch, isolated_env: Path) -> None:
    (isolated_env / ".env").write_text(
        "# comment\nexport WA_PHONE_NUMBER_ID=111\nWA_BUSINESS_ACCOUNT_ID='222'\nCLOUD_API_VERSION=v25.0 # inline\n"
    )
    monkeypatch.setenv("WA_PHONE_NUMBER_ID", "333")
    with pytest.warns(ConfigurationWarning, match="v24.0"):
        settings = Settings.resolve(api_version="v24.0")
    assert settings.phone_number_id == "333"  # the real environment wins over .env
    assert settings.business_account_id == "222"  # .env fills what the environment lacks
    assert settings.api_version == "v24.0"  # an argument wins over everything
    assert settings.sources == {
        "phone_number_id": "environment",
        "business_account_id": ".env",
        "api_version": "argument",
    }


def test_dotenv_never_overrides_real_environment(monkeypatch: pytest.MonkeyPatch, isolated_env: Path) -> None:
    (isolated_env / ".env").write_text(f"CLOUD_API_ACCESS_TOKEN=from-dotenv-token\nWA_PHONE_NUMBER_ID={PHONE_ID}\n")
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    assert Settings.resolve().access_token == TOKEN


def test_explicit_dotenv_path(tmp_path: Path) -> None:
    path = tmp_path / "custom.env"
    path.write_text('WA_PHONE_NUMBER_ID="444"\n')
    assert Settings.resolve(dotenv_path=path).phone_number_id == "444"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"REQUEST_TIMEOUT": "ten"}, "REQUEST_TIMEOUT must be a number of milliseconds"),
        ({"REQUEST_TIMEOUT": "-5"}, "REQUEST_TIMEOUT must be positive"),
        ({"CLOUD_API_VERSION": "26"}, "'26' is not a Graph API version"),
        ({"WA_PHONE_NUMBER_ID": "+1 555"}, "WA_PHONE_NUMBER_ID"),
        ({"WA_LISTENER_PORT": "99999"}, "WA_LISTENER_PORT must be a TCP port"),
        ({"WEBHOOK_ENDPOINT": "webhook"}, "WEBHOOK_ENDPOINT must be a path"),
    ],
)
def test_bad_values_raise_configuration_error(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigurationError, match=expected):
        Settings.resolve()


def test_empty_token_is_rejected_without_echoing_it() -> None:
    with pytest.raises(ConfigurationError, match="CLOUD_API_ACCESS_TOKEN"):
        WhatsApp(access_token="   ")


def test_missing_token_raises_at_first_use_naming_the_variable() -> None:
    client = WhatsApp(phone_number_id=PHONE_ID)  # construction succeeds: settings may arrive later
    with pytest.raises(ConfigurationError, match="CLOUD_API_ACCESS_TOKEN"):
        client.messages.send_text(to="15551234567", body="hi")


def test_missing_phone_number_id_names_argument_and_variable() -> None:
    client = WhatsApp(access_token=TOKEN)
    with pytest.raises(ConfigurationError, match=r"phone_number_id.*WA_PHONE_NUMBER_ID"):
        client.messages.send_text(to="15551234567", body="hi")


def test_settings_repr_and_describe_mask_secrets() -> None:
    settings = Settings.resolve(access_token=TOKEN, app_secret="super-secret-app-value")
    assert TOKEN not in repr(settings)
    assert "super-secret-app-value" not in repr(settings)
    rendered = str(settings.describe())
    assert TOKEN not in rendered and "super-secret-app-value" not in rendered
    assert ("access_token", "EAAG…(32 chars)", "argument") in settings.describe()
