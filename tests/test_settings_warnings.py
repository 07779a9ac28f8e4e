"""Settings that don't surprise: DEBUG is read leniently, WACLOUD_LOG=debug works, other Graph versions warn once."""

from __future__ import annotations

import warnings

import pytest

from tests.conftest import TOKEN
from wacloud import DEFAULT_API_VERSION, ConfigurationWarning, Settings, WhatsApp


@pytest.mark.parametrize(
    ("value", "debug"),
    [("1", True), ("yes", True), ("TRUE", True), ("on", True), ("0", False), ("no", False), ("false", False)],
)
def test_debug_accepts_the_usual_booleans(monkeypatch: pytest.MonkeyPatch, value: str, debug: bool) -> None:
    monkeypatch.setenv("DEBUG", value)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Settings.resolve().debug is debug


def test_a_non_boolean_debug_is_ignored_with_one_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "django.db")  # another tool's meaning of DEBUG
    with pytest.warns(ConfigurationWarning, match="'django.db' is not one of") as caught:
        first = WhatsApp(access_token=TOKEN)
        second = WhatsApp(access_token=TOKEN)
        first.with_options(phone_number_id="1")
    assert len(caught) == 1
    assert first.settings.debug is False and second.settings.debug is False


def test_wacloud_log_debug_turns_debug_logging_on_and_wins_over_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WACLOUD_LOG", "debug")
    assert Settings.resolve().debug is True
    monkeypatch.setenv("WACLOUD_LOG", "info")
    monkeypatch.setenv("DEBUG", "true")
    assert Settings.resolve().debug is False


def test_a_version_the_models_do_not_describe_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUD_API_VERSION", "v19.0")
    with pytest.warns(
        ConfigurationWarning, match=rf"v19.0 is not the version .* describe \({DEFAULT_API_VERSION}\)"
    ) as caught:
        client = WhatsApp(access_token=TOKEN)
        WhatsApp(access_token=TOKEN)
        client.with_options(api_version="v19.0")
    assert len(caught) == 1
    assert client.api_version == "v19.0"  # honoured, only flagged


def test_the_described_version_does_not_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOUD_API_VERSION", DEFAULT_API_VERSION)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        WhatsApp(access_token=TOKEN)
