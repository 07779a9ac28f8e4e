"""`wacloud.types`: every generated model from one import root, resolved lazily; secrets stay out of reprs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import wacloud.types
import wacloud_api.models
import wacloud_api.types
from wacloud.auth import ExchangedToken

TOKEN = "EAAG-secret-in-a-repr-0123456789"


def test_every_generated_model_is_exported_as_the_same_class() -> None:
    assert set(wacloud_api.models.__all__) <= set(wacloud.types.__all__)
    for name in wacloud_api.models.__all__:
        assert getattr(wacloud.types, name) is getattr(wacloud_api.models, name)
    assert wacloud.types.RequestOptions is wacloud_api.types.RequestOptions
    assert sorted(dir(wacloud.types)) == sorted(wacloud.types.__all__)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="SendTxtMessage"):
        _ = wacloud.types.SendTxtMessage  # type: ignore[attr-defined]
    with pytest.raises(ImportError):
        exec("from wacloud.types import SendTxtMessage", {})


def test_importing_wacloud_types_imports_no_model_module() -> None:
    code = (
        "import sys, wacloud, wacloud.types; "
        "loaded = [m for m in sys.modules if m.startswith('wacloud_api.models.')]; "
        "print(len(loaded)); "
        "from wacloud.types import MessageTemplate; "
        "print('wacloud_api.models.message_template' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "True"]


def test_generated_package_is_marked_typed() -> None:
    assert (Path(wacloud_api.models.__file__).parent.parent / "py.typed").is_file()
    assert (Path(wacloud.types.__file__).parent / "py.typed").is_file()


def test_secret_fields_are_redacted_in_reprs() -> None:
    response = wacloud.types.AccessTokenResponse(access_token=TOKEN, token_type="bearer", expires_in=60)
    exchanged = ExchangedToken(response, None)
    for text in (repr(response), str(response), repr(exchanged), repr(exchanged.response)):
        assert TOKEN not in text
    assert "access_token='[redacted]'" in repr(response) and "token_type='bearer'" in repr(response)
    assert response.to_dict()["access_token"] == TOKEN  # the wire still carries it
    pin = wacloud.types.PhoneNumberUpdate(pin="654321")
    assert "654321" not in repr(pin)
    registration = wacloud.types.RegistrationRequest(pin="654321")
    assert "654321" not in repr(registration)
    assert "'[redacted]'" not in repr(wacloud.types.PhoneNumberSipServer(hostname="sip.example.com"))
    assert "hunter2" not in repr(wacloud.types.PhoneNumberSipServer(sip_user_password="hunter2"))
    assert "123830" not in repr(wacloud.types.VerificationCodeSubmission(code="123830"))
