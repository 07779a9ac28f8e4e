"""Partner-led business verification: the documents go as repeated ``business_documents[]`` parts, as Meta's page
sends them with ``curl -F``, next to ``end_business_id``; the submissions list reads its outcome."""

from __future__ import annotations

import io

from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN
from wacloud import WhatsApp
from wacloud.types import BusinessSelfCertifyRequest, File

PARTNER = "506914307656634"
CLIENT = "2729063490586005"


def _parts(content_type: str, body: bytes) -> list[tuple[str, bytes, bytes]]:
    """(name, part headers, part body) of a multipart body, in order."""
    boundary = content_type.split("boundary=")[1].encode()
    parts = []
    for part in body.split(b"--" + boundary)[1:-1]:
        head, _, content = part.partition(b"\r\n\r\n")
        name = head.split(b'name="')[1].split(b'"')[0].decode()
        parts.append((name, head, content[:-2]))
    return parts


def test_self_certify_sends_each_document_as_its_own_part(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{GRAPH}/{PARTNER}/self_certify_whatsapp_business",
        json={"success": True, "message": "Your request has been received.", "verification_attempts": 2},
    )
    documents = [
        File(payload=io.BytesIO(b"%PDF-1.7 registration"), file_name="registration.pdf", mime_type="application/pdf"),
        File(payload=io.BytesIO(b"\x89PNG utility bill"), file_name="bill.png", mime_type="image/png"),
    ]
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        answer = client.business.self_certify(
            PARTNER, body=BusinessSelfCertifyRequest(end_business_id=CLIENT, business_documents=documents)
        )
    assert answer.success is True and answer.verification_attempts == 2
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = _parts(request.headers["content-type"], request.content)
    assert [name for name, _, _ in parts] == ["end_business_id", "business_documents[]", "business_documents[]"]
    assert parts[0][2] == CLIENT.encode()
    assert parts[1][2] == b"%PDF-1.7 registration" and b'filename="registration.pdf"' in parts[1][1]
    assert b"Content-Type: application/pdf" in parts[1][1]
    assert parts[2][2] == b"\x89PNG utility bill" and b"Content-Type: image/png" in parts[2][1]


def test_the_submissions_list_reads_status_and_reasons(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET",
        url=f"{GRAPH}/{PARTNER}/self_certified_whatsapp_business_submissions?end_business_id={CLIENT}",
        json={
            "data": [
                {
                    "id": "1093482765923411",
                    "client_business_id": CLIENT,
                    "verification_status": "FAILED",
                    "rejection_reasons": ["LEGAL_NAME_NOT_MATCHING", "ADDRESS_NOT_MATCHING"],
                    "submitted_time": "2026-05-04T10:12:40+0000",
                }
            ]
        },
    )
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        page = client.business.list_self_certifications(PARTNER, end_business_id=CLIENT)
    [submission] = page.data
    assert (submission.client_business_id, submission.verification_status) == (CLIENT, "FAILED")
    assert submission.rejection_reasons == ["LEGAL_NAME_NOT_MATCHING", "ADDRESS_NOT_MATCHING"]
