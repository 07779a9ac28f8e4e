"""``wacloud send bulk`` and its CSV format."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN
from wacloud import InvalidArgumentError
from wacloud._bulk_csv import template_recipients
from wacloud.cli import main


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "recipients.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_columns_fill_header_body_and_named_parameters(tmp_path: Path) -> None:
    path = _csv(tmp_path, "to,body_10,body_2,body_1,header_1\n15550001,ten,two,one,Hi\n")
    recipients, build = template_recipients(path, "order_update", "en_GB")
    assert recipients == ["15550001"]
    template = build("15550001").to_dict()["template"]
    assert template["name"] == "order_update" and template["language"] == {"code": "en_GB"}
    header, body = template["components"]
    assert header == {"type": "header", "parameters": [{"type": "text", "text": "Hi"}]}
    assert [p["text"] for p in body["parameters"]] == ["one", "two", "ten"]  # placeholder order, not column order
    named = _csv(tmp_path, "to,body:first_name\n15550001,Jessica\n")
    parameter = template_recipients(named, "t", "en")[1]("15550001").to_dict()["template"]["components"][0]
    assert parameter["parameters"] == [{"type": "text", "text": "Jessica", "parameter_name": "first_name"}]
    plain = template_recipients(_csv(tmp_path, "to\n15550001\n"), "hello_world", "en_US")[1]("15550001")
    assert "components" not in plain.to_dict()["template"]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("phone\n15550001\n", "`to` column"),
        ("to,colour\n15550001,red\n", "Unknown column"),
        ("to\n\n15550001\n,x\n", "no recipient"),
    ],
)
def test_bad_csv_files_are_refused_with_the_fix(tmp_path: Path, text: str, match: str) -> None:
    with pytest.raises(InvalidArgumentError, match=match):
        template_recipients(_csv(tmp_path, text), "t", "en")


def test_an_empty_placeholder_fails_that_recipient_only(tmp_path: Path) -> None:
    _, build = template_recipients(_csv(tmp_path, "to,body_1\n15550001,Ann\n15550002,\n"), "t", "en")
    assert build("15550001").to == "15550001"
    with pytest.raises(InvalidArgumentError, match="line 3: column 'body_1' is empty"):
        build("15550002")


def test_send_bulk_command_sends_resumes_and_reports(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    received: list[dict[str, object]] = []

    def graph(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        received.append(body)
        if body["to"] == "15550003":
            return httpx.Response(400, json={"error": {"message": "(#131026) Message undeliverable", "code": 131026}})
        return httpx.Response(
            200,
            json={
                "messaging_product": "whatsapp",
                "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                "messages": [{"id": f"wamid.{body['to']}"}],
            },
        )

    httpx_mock.add_callback(graph, url=f"{GRAPH}/{PHONE_ID}/messages", is_reusable=True)
    path = _csv(tmp_path, "to,body_1\n15550001,Ann\n15550002,Bob\n15550003,Cy\n")
    command = ["send", "bulk", "--template", "order_update", "--recipients", str(path), "--phone-number-id", PHONE_ID]
    assert main(command) == 1  # one recipient failed
    out, err = capsys.readouterr()
    assert "run order_update:en_US: 2 sent, 1 failed, 0 skipped, 0 unknown" in out
    assert "recipients.journal.sqlite" in out and "failed  15550003" in err and "131026" in err
    assert (tmp_path / "recipients.journal.sqlite").exists()
    assert main(command) == 1  # resumed: the two sent are skipped, the failed one is tried again
    assert "0 sent, 1 failed, 2 skipped" in capsys.readouterr().out
    assert [b["to"] for b in received].count("15550001") == 1
    texts = {b["to"]: b["template"]["components"][0]["parameters"][0]["text"] for b in received}  # type: ignore[index]
    assert texts == {"15550001": "Ann", "15550002": "Bob", "15550003": "Cy"}


def test_send_bulk_without_a_recipients_file_exits_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    missing = str(tmp_path / "nope.csv")
    assert main(["send", "bulk", "--template", "t", "--recipients", missing, "--phone-number-id", PHONE_ID]) == 2
