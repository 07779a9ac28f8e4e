"""Graph answers some booleans as strings ("true" / "false"): every generated model reads them as booleans."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN
from wacloud import WhatsApp
from wacloud.types import GroupProductRequest, GroupRequestResponse, SuccessResponse
from wacloud_api.types import graph_bool


@pytest.mark.parametrize(("raw", "read"), [("true", True), ("false", False), (True, True), (False, False)])
def test_string_and_json_booleans_read_the_same(raw: object, read: bool) -> None:
    assert SuccessResponse.from_dict({"success": raw}).success is read
    assert GroupRequestResponse.from_dict({"success": raw}).success is read


def test_other_values_are_left_as_they_came() -> None:
    assert graph_bool(None) is None
    assert graph_bool("yes") == "yes"
    assert graph_bool(1) == 1
    assert GroupRequestResponse.from_dict({}).success is None


def test_deleting_an_invite_link_reads_metas_string_success(httpx_mock: HTTPXMock) -> None:
    # Meta's reference (v23.0) documents `"success": "true"` for DELETE /{group_id}/invite_link.
    httpx_mock.add_response(
        method="DELETE", url=f"{GRAPH}/GROUP_ID/invite_link", json={"messaging_product": "whatsapp", "success": "false"}
    )
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        answer = client.groups.delete_invite_link("GROUP_ID", body=GroupProductRequest(messaging_product="whatsapp"))
    assert answer.success is False  # not the truthy string "false"
