"""Resumable upload, calling and the template lifecycle against the bundled emulator over real loopback HTTP."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator

import pytest

from wacloud import AsyncWhatsApp, InvalidArgumentError, InvalidRequestError, WhatsApp
from wacloud.emulator import Emulator, Tenant
from wacloud_api.models import MessageTemplateCreateRequest, MessageTemplateIdsRequest

pytestmark = pytest.mark.integration

TENANT = Tenant("1001", "2001", {"EAAG-lifecycle"})
APP_ID = "123456789012345"
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 700  # ~180 KB: several 64 KB chunks
SDP = "v=0\r\no=- 3626166318745852955 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator([TENANT]) as running:
        yield running


@pytest.fixture
def client(emulator: Emulator) -> Iterator[WhatsApp]:
    with WhatsApp(
        access_token="EAAG-lifecycle",
        phone_number_id="1001",
        business_account_id="2001",
        app_id=APP_ID,
        base_url=emulator.base_url,
        max_retries=0,
    ) as whatsapp:
        yield whatsapp


def test_upload_file_returns_a_handle_for_the_exact_bytes_with_progress(emulator: Emulator, client: WhatsApp) -> None:
    seen: list[tuple[int, int | None]] = []
    handle = client.uploads.upload_file(
        JPEG, file_type="image/jpeg", progress=lambda done, total: seen.append((done, total))
    )
    assert emulator.uploaded_file(handle) == (JPEG, "image/jpeg")
    assert seen[-1] == (len(JPEG), len(JPEG)) and len(seen) >= 3
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_an_interrupted_upload_resumes_from_the_offset_graph_reports(
    emulator: Emulator, client: WhatsApp, tmp_path: object
) -> None:
    emulator.interrupt_next_upload(after_bytes=70_000)
    seen: list[int] = []
    handle = client.uploads.upload_file(io.BytesIO(JPEG), file_name="banner.jpg", progress=lambda d, _: seen.append(d))
    assert emulator.uploaded_file(handle)[0] == JPEG  # nothing lost, nothing doubled
    # the second attempt starts from byte 70 000, as GET /{upload_session_id} reported
    restarted = next(i for i in range(1, len(seen)) if seen[i] < seen[i - 1])
    assert seen[restarted] == 70_000 + min(64 * 1024, len(JPEG) - 70_000)


def test_an_upload_that_keeps_failing_stops_after_max_resumes(emulator: Emulator, client: WhatsApp) -> None:
    emulator.interrupt_next_upload(after_bytes=10)
    with pytest.raises(Exception) as raised:
        client.uploads.upload_file(JPEG, file_type="image/jpeg", max_resumes=0)
    assert getattr(raised.value, "status_code", None) == 503


def test_bad_upload_input_is_refused_before_any_request(emulator: Emulator, client: WhatsApp) -> None:
    with pytest.raises(InvalidArgumentError, match=r"file_type 'image/gif'.*application/pdf"):
        client.uploads.upload_file(b"GIF89a", file_type="image/gif")
    with pytest.raises(InvalidArgumentError, match="empty"):
        client.uploads.upload_file(b"", file_type="image/png")
    with pytest.raises(InvalidArgumentError, match="no such file"):
        client.uploads.upload_file("missing.png")
    assert emulator.state.uploads == {}


def test_business_profile_picture_from_a_path(emulator: Emulator, client: WhatsApp, tmp_path: object) -> None:
    from pathlib import Path

    picture = Path(str(tmp_path)) / "logo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 2048)
    assert client.business_profile.set_picture(picture).success
    handle = emulator.state.profiles["1001"]["profile_picture_handle"]
    assert emulator.uploaded_file(handle) == (picture.read_bytes(), "image/png")
    with pytest.raises(InvalidArgumentError, match="exactly one of picture"):
        client.business_profile.set_picture()


def test_async_upload_resumes_too(emulator: Emulator) -> None:
    async def run() -> str:
        async with AsyncWhatsApp(
            access_token="EAAG-lifecycle", app_id=APP_ID, base_url=emulator.base_url, max_retries=0
        ) as client:
            emulator.interrupt_next_upload(after_bytes=1000)
            return await client.uploads.upload_file(JPEG, file_type="image/jpeg")

    assert emulator.uploaded_file(asyncio.run(run()))[0] == JPEG


def test_calls_connect_then_terminate(emulator: Emulator, client: WhatsApp) -> None:
    placed = client.calls.connect("14085551234", SDP, biz_opaque_callback_data="ticket-1")
    call_id = placed.to_dict()["calls"][0]["id"]
    assert emulator.state.calls[call_id]["status"] == "RINGING"
    assert client.calls.terminate(call_id).success
    assert emulator.state.calls[call_id]["status"] == "COMPLETED"
    with pytest.raises(InvalidRequestError, match="Call not found"):
        client.calls.accept("wacid.unknown", SDP)
    with pytest.raises(InvalidArgumentError, match="RFC 8866"):
        client.calls.connect("14085551234", "not an sdp")
    permissions = client.calls.get_permissions(user_wa_id="14085551234")
    assert permissions.actions and permissions.actions[0].action_name


def _template(name: str) -> MessageTemplateCreateRequest:
    return MessageTemplateCreateRequest.from_dict(
        {"name": name, "language": "en_US", "category": "MARKETING", "components": [{"type": "BODY", "text": "Hi"}]}
    )


def test_pause_unpause_archive_unarchive_compare_and_delete_by_ids(emulator: Emulator, client: WhatsApp) -> None:
    first = client.templates.create(body=_template("spring_sale")).id
    second = client.templates.create(body=_template("autumn_sale")).id

    emulator.pause_template("2001", "spring_sale")
    assert client.templates.get(first).status == "PAUSED"
    assert client.templates.unpause(first).success
    assert client.templates.get(first).status == "APPROVED"
    assert client.templates.unpause(first).success is False  # only paused templates

    # archive/unarchive: Meta serves them on api.facebook.com; with base_url set they go to the emulator
    archived = client.templates.archive(body=MessageTemplateIdsRequest(hsm_ids=[first, "999"]))
    assert archived.archived_templates == [first]
    assert archived.failed_templates is not None and archived.failed_templates.to_dict() == {
        "999": "Template not found"
    }
    assert client.templates.get(first).status == "ARCHIVED"
    with pytest.raises(Exception, match="132001"):
        client.messages.send_template("15551234567", "spring_sale")  # archived templates cannot be sent
    unarchived = client.templates.unarchive(body=MessageTemplateIdsRequest(hsm_ids=[first]))
    assert unarchived.unarchived_templates == [first] and client.templates.get(first).status == "APPROVED"

    client.messages.send_template("15551234567", "spring_sale")
    comparison = client.templates.compare(first, template_ids=json.dumps([second]), start=1674604800, end=1682380800)
    assert client.templates.compare_with(first, second, start=1674604800, end=1682380800) == comparison
    with pytest.raises(InvalidArgumentError, match="90 days"):
        client.templates.compare_with(first, second, start=0, end=91 * 86400)
    sends = next(m for m in comparison.data if m.metric == "MESSAGE_SENDS").to_dict()["number_values"]
    assert sends == [{"key": first, "value": 1}, {"key": second, "value": 0}]

    assert client.templates.delete_by_ids([first, second]).success
    assert client.templates.list().data == [t for t in client.templates.list().data if t.name == "hello_world"]
    with pytest.raises(InvalidArgumentError, match="1 to 100"):
        client.templates.delete_by_ids([str(n) for n in range(101)])


def test_upsert_creates_every_language(emulator: Emulator, client: WhatsApp) -> None:
    from wacloud_api.models import MessageTemplateUpsertRequest

    body = MessageTemplateUpsertRequest.from_dict(
        {
            "name": "login_code",
            "languages": ["en_US", "es_ES"],
            "category": "AUTHENTICATION",
            "components": [{"type": "BODY", "add_security_recommendation": True}],
        }
    )
    result = client.templates.upsert(body=body)
    assert [r.language for r in result.data] == ["en_US", "es_ES"]
    again = client.templates.upsert(body=body)
    assert [r.id for r in again.data] == [r.id for r in result.data]  # updated, not duplicated


def test_a_builder_template_round_trips_through_the_emulator(emulator: Emulator, client: WhatsApp) -> None:
    from wacloud import templates as t

    def card(n: int) -> dict[str, object]:
        return t.card(
            t.media_header("IMAGE", "pending"),
            t.quick_reply("More like this"),
            t.url_button("Buy", "https://e.x/p/{{1}}", f"p{n}"),
            body_text=t.body("Plant {{1}}", "Calathea"),
        )

    created = t.template(
        "new_plants",
        "en_US",
        "MARKETING",
        t.media_header("IMAGE", "pending"),
        t.body("Hi {{1}}, new plants are in!", "Jessica"),
        t.carousel(card(0), card(1)),
    )
    answer = client.templates.create_with_media(created, header=JPEG, card_headers=[JPEG, JPEG])
    stored = client.templates.get(answer.id)
    handles = [c.example.header_handle[0] for c in stored.components or [] if c.type_ == "HEADER"]  # type: ignore[union-attr]
    assert handles and emulator.uploaded_file(handles[0])[0] == JPEG  # the handle of a real upload replaced "pending"

    def card_values(n: int) -> list[object]:
        buttons = [t.quick_reply_params(0, f"more-{n}"), t.url_button_params(1, f"p{n}")]
        return t.card_params(t.image(link=f"https://e.x/{n}.png"), body=[f"Plant {n}"], buttons=buttons)  # type: ignore[return-value]

    components = t.check_send(
        stored,
        [
            t.header_params(t.image(link="https://e.x/banner.png")),
            t.body_params("Jessica"),
            t.carousel_params(card_values(0), card_values(1)),
        ],  # type: ignore[arg-type]
    )
    sent = client.messages.send_template("15551234567", "new_plants", components=components)
    assert emulator.sent[-1]["id"] == sent.messages[0].id
    assert emulator.sent[-1]["body"]["template"]["components"][2]["cards"][1]["card_index"] == 1

    # the emulator refuses what Meta refuses (code 132000) when the send does not fit the template
    with pytest.raises(InvalidRequestError, match="132000"):
        client.messages.send_template("15551234567", "new_plants", components=[t.body_params("Jessica")])


def test_the_async_twins(emulator: Emulator) -> None:
    from wacloud import templates as t
    from wacloud.interactive import product_card

    async def run() -> None:
        async with AsyncWhatsApp(
            access_token="EAAG-lifecycle",
            phone_number_id="1001",
            business_account_id="2001",
            app_id=APP_ID,
            base_url=emulator.base_url,
        ) as client:
            call_id = (await client.calls.connect("14085551234", SDP)).to_dict()["calls"][0]["id"]
            assert (await client.calls.terminate(call_id)).success
            promo = t.template("async_promo", "en_US", "MARKETING", t.media_header("IMAGE", "x"), t.body("Hi"))
            created = await client.templates.create_with_media(promo, header=JPEG)
            stored = await client.templates.get(created.id)
            handle = stored.to_dict()["components"][0]["example"]["header_handle"][0]
            assert emulator.uploaded_file(handle)[0] == JPEG
            components = [t.header_params(t.image(link="https://e.x/a.png"))]
            await client.messages.send_template("15551234567", "async_promo", components=components, marketing=True)
            await client.marketing_messages.send_template("15551234567", "async_promo", components=components)
            await client.messages.send_carousel("15551234567", "New", [product_card("1", "A"), product_card("1", "B")])
            assert (await client.templates.delete_by_ids([created.id])).success
            assert await client.business_profile.set_picture(b"\x89PNG\r\n\x1a\n" + bytes(64))

    asyncio.run(run())
    assert len(emulator.sent) == 3


def test_a_template_from_the_library_is_created(emulator: Emulator, client: WhatsApp) -> None:
    from wacloud import templates as t

    assert client.templates.list_library(search="payment").data[0].name == "payment_reminder_1"
    created = client.templates.create(body=t.from_library("payment_due", "en_US", "UTILITY", "payment_reminder_1"))
    assert client.templates.get(created.id).library_template_name == "payment_reminder_1"
