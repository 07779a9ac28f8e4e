"""The Flow JSON builder: Meta's JSON shape, and every refusal naming the rule and the place."""

from __future__ import annotations

import json
from typing import Any

import pytest

from wacloud import InvalidArgumentError
from wacloud import flows as f


def booking_flow(**changes: Any) -> f.FlowJSON:
    """Two screens with an endpoint, in the shape of Meta's "book an appointment" template."""
    appointment = f.Screen(
        "APPOINTMENT",
        title="Book an appointment",
        data={
            "departments": f.DataField.data_source([f.DataSourceItem("shopping", "Shopping & Groceries")]),
            "min_date": f.DataField.string("2026-12-01"),
        },
        layout=[
            f.TextHeading("When suits you?"),
            f.Dropdown("department", "Department", f.data_ref("departments"), required=True),
            f.DatePicker("date", "Date", min_date=f.data_ref("min_date"), required=True),
            f.Footer(
                "Continue",
                on_click_action=f.DataExchangeAction(
                    {"department": f.form_ref("department"), "date": f.form_ref("date")}
                ),
            ),
        ],
    )
    summary = f.Screen(
        "SUMMARY",
        title="Summary",
        terminal=True,
        success=True,
        data={"details": f.DataField.string("Shopping, 2 Dec")},
        layout=[
            f.TextBody(f.data_ref("details"), markdown=True),
            f.OptIn("privacy", "I agree to the privacy policy", required=True),
            f.Footer("Confirm", on_click_action=f.CompleteAction({"privacy": f.form_ref("privacy")})),
        ],
    )
    options: dict[str, Any] = {
        "screens": [appointment, summary],
        "data_api_version": "3.0",
        "routing_model": {"APPOINTMENT": ["SUMMARY"], "SUMMARY": []},
    }
    options.update(changes)
    return f.FlowJSON(**options)


def test_serialises_as_meta_spells_it() -> None:
    flow = booking_flow().to_dict()
    assert flow["version"] == f.FLOW_JSON_VERSION == "7.3"
    assert flow["data_api_version"] == "3.0"
    assert flow["routing_model"] == {"APPOINTMENT": ["SUMMARY"], "SUMMARY": []}
    first, second = flow["screens"]
    assert first["data"]["departments"] == {
        "type": "array",
        "items": {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"}}},
        "__example__": [{"id": "shopping", "title": "Shopping & Groceries"}],
    }
    assert first["layout"]["type"] == "SingleColumnLayout"
    assert first["layout"]["children"] == [
        {"type": "TextHeading", "text": "When suits you?"},
        {
            "type": "Dropdown",
            "name": "department",
            "label": "Department",
            "data-source": "${data.departments}",
            "required": True,
        },
        {"type": "DatePicker", "name": "date", "label": "Date", "min-date": "${data.min_date}", "required": True},
        {
            "type": "Footer",
            "label": "Continue",
            "on-click-action": {
                "name": "data_exchange",
                "payload": {"department": "${form.department}", "date": "${form.date}"},
            },
        },
    ]
    assert second["terminal"] is True and second["success"] is True
    assert second["layout"]["children"][-1]["on-click-action"] == {
        "name": "complete",
        "payload": {"privacy": "${form.privacy}"},
    }
    assert json.loads(booking_flow().to_json()) == flow


def test_static_flow_with_navigation_and_conditionals() -> None:
    welcome = f.Screen(
        "WELCOME",
        title="Welcome",
        layout=[
            f.RadioButtonsGroup(
                "topic", [f.DataSourceItem("a", "Billing"), f.DataSourceItem("b", "Other")], label="Topic"
            ),
            f.OptIn("more", "Tell me more"),
            f.If(
                "${form.more}",
                then=[f.TextArea("details", "Details", max_length=600)],
                else_=[f.TextCaption("No details needed")],
            ),
            f.EmbeddedLink("Terms", on_click_action=f.OpenUrlAction("https://example.com/terms")),
            f.Footer("Next", on_click_action=f.NavigateAction("DONE", {"topic": f.form_ref("topic")})),
        ],
    )
    done = f.Screen(
        "DONE",
        title="Thanks",
        terminal=True,
        data={"topic": f.DataField.string("a")},
        layout=[
            f.Switch("${data.topic}", {"a": [f.TextBody("Billing")], "b": [f.TextBody("Other")]}),
            f.Footer("Send", on_click_action=f.CompleteAction()),
        ],
    )
    flow = f.FlowJSON([welcome, done]).to_dict()
    assert "routing_model" not in flow and "data_api_version" not in flow
    children = flow["screens"][0]["layout"]["children"]
    assert children[0]["data-source"] == [{"id": "a", "title": "Billing"}, {"id": "b", "title": "Other"}]
    assert children[2] == {
        "type": "If",
        "condition": "${form.more}",
        "then": [{"type": "TextArea", "name": "details", "label": "Details", "max-length": 600}],
        "else": [{"type": "TextCaption", "text": "No details needed"}],
    }
    assert children[3]["on-click-action"] == {"name": "open_url", "url": "https://example.com/terms"}
    assert children[4]["on-click-action"] == {
        "name": "navigate",
        "next": {"type": "screen", "name": "DONE"},
        "payload": {"topic": "${form.topic}"},
    }
    assert flow["screens"][1]["layout"]["children"][0]["cases"]["b"] == [{"type": "TextBody", "text": "Other"}]


def _screen(screen_id: str, *children: f.Component, terminal: bool = False, **options: Any) -> f.Screen:
    return f.Screen(screen_id, list(children), title=screen_id.title(), terminal=terminal or None, **options)


DONE = _screen("DONE", f.Footer("Finish", on_click_action=f.CompleteAction()), terminal=True)


@pytest.mark.parametrize(
    ("flow", "problem"),
    [
        (f.FlowJSON([DONE, DONE]), "two screens have the id 'DONE'"),
        (
            f.FlowJSON([_screen("A", f.Footer("Go", on_click_action=f.NavigateAction("NOWHERE"))), DONE]),
            "navigate to 'NOWHERE', which is not a screen",
        ),
        (f.FlowJSON([_screen("A", f.TextBody("hi"))]), "no screen is terminal"),
        (f.FlowJSON([_screen("A", f.TextBody("hi"), terminal=True)]), "a terminal screen needs a Footer"),
        (
            f.FlowJSON(
                [
                    _screen(
                        "A",
                        f.TextInput("x", "X"),
                        f.TextArea("x", "Y"),
                        f.Footer("Ok", on_click_action=f.CompleteAction()),
                        terminal=True,
                    )
                ]
            ),
            "two components are named 'x'",
        ),
        (
            f.FlowJSON(
                [
                    _screen(
                        "A",
                        f.Footer("One", on_click_action=f.CompleteAction()),
                        f.Footer("Two", on_click_action=f.CompleteAction()),
                        terminal=True,
                    )
                ]
            ),
            "2 Footers can show at once",
        ),
        (
            f.FlowJSON([_screen("A", f.Footer("Done", on_click_action=f.CompleteAction())), DONE]),
            "a complete action is only allowed on a terminal screen",
        ),
        (
            f.FlowJSON([_screen("A", f.Footer("Go", on_click_action=f.DataExchangeAction())), DONE]),
            "a data_exchange action needs data_api_version",
        ),
        (booking_flow(routing_model=None), "needs a routing_model"),
        (booking_flow(routing_model={"APPOINTMENT": ["SUMMARY", "GHOST"]}), "routes to 'GHOST', which is not a screen"),
        (booking_flow(routing_model={"APPOINTMENT": ["SUMMARY"], "PHANTOM": []}), "'PHANTOM' is not a screen"),
        (
            booking_flow(routing_model={"APPOINTMENT": ["SUMMARY"], "SUMMARY": ["APPOINTMENT"]}),
            "loop (APPOINTMENT → SUMMARY → APPOINTMENT)",
        ),
        (booking_flow(routing_model={"APPOINTMENT": ["APPOINTMENT", "SUMMARY"]}), "loop (APPOINTMENT → APPOINTMENT)"),
        (
            f.FlowJSON(
                [
                    _screen("A", f.Footer("Go", on_click_action=f.NavigateAction("B"))),
                    _screen("B", f.Footer("Finish", on_click_action=f.CompleteAction()), terminal=True),
                ],
                data_api_version="3.0",
                routing_model={"A": [], "B": []},
            ),
            "which the routing_model does not allow from 'A'",
        ),
        (
            f.FlowJSON(
                [
                    _screen(
                        "A",
                        f.TextBody("${data.missing}"),
                        f.Footer("Ok", on_click_action=f.CompleteAction()),
                        terminal=True,
                    )
                ]
            ),
            "${data.missing} is used but 'missing' is not declared",
        ),
        (
            f.FlowJSON(
                [
                    _screen(
                        "A",
                        f.Footer("Ok", on_click_action=f.CompleteAction()),
                        terminal=True,
                        data={"name": f.DataField.string()},
                    )
                ]
            ),
            "data 'name' needs an example",
        ),
        (
            f.FlowJSON(
                [
                    _screen(
                        "A",
                        f.RadioButtonsGroup(
                            "pick", [f.DataSourceItem(str(n), str(n)) for n in range(21)], label="Pick"
                        ),
                        f.Footer("Ok", on_click_action=f.CompleteAction()),
                        terminal=True,
                    )
                ]
            ),
            "RadioButtonsGroup has 21 options, Meta allows 1 to 20",
        ),
        (
            f.FlowJSON([_screen("A", f.Footer("x" * 36, on_click_action=f.CompleteAction()), terminal=True)]),
            "Footer label is 36 characters",
        ),
        (f.FlowJSON([DONE], version="latest"), "version must be 'major.minor'"),
        (f.FlowJSON([DONE], data_api_version="2.0", routing_model={}), "data_api_version must be one of"),
        (
            f.FlowJSON([_screen("SUCCESS", f.Footer("Ok", on_click_action=f.CompleteAction()), terminal=True)]),
            "reserved",
        ),
        (f.FlowJSON([]), "at least one screen"),
        (
            f.FlowJSON(
                [_screen("A", f.TextBody(" "), f.Footer("Ok", on_click_action=f.CompleteAction()), terminal=True)]
            ),
            "empty string (refused from Flow JSON 6.0)",
        ),
    ],
)
def test_refuses_what_meta_refuses(flow: f.FlowJSON, problem: str) -> None:
    with pytest.raises(f.FlowJSONError) as caught:
        flow.to_dict()
    assert isinstance(caught.value, InvalidArgumentError)
    assert any(problem in line for line in caught.value.problems), caught.value.problems
    assert problem in str(caught.value)


def test_every_problem_is_listed_at_once() -> None:
    flow = f.FlowJSON(
        [_screen("A", f.Footer("Go", on_click_action=f.NavigateAction("X"))), _screen("A", f.TextBody("b"))]
    )
    problems = flow.problems()
    assert any("two screens have the id 'A'" in p for p in problems)
    assert any("navigate to 'X'" in p for p in problems)
    assert any("no screen is terminal" in p for p in problems)
    with pytest.raises(f.FlowJSONError) as caught:
        flow.validate()
    assert caught.value.problems == problems
    assert str(caught.value).startswith(f"The Flow JSON is invalid ({len(problems)} problems):")


@pytest.mark.parametrize(
    ("component", "version", "problem"),
    [
        (f.If("${form.x}", then=[f.TextBody("a")]), "3.1", "If needs Flow JSON 4.0 or later"),
        (f.RichText("**hi**"), "5.0", "RichText needs Flow JSON 5.1 or later"),
        (
            f.EmbeddedLink("Site", on_click_action=f.OpenUrlAction("https://example.com")),
            "5.1",
            "the open_url action needs Flow JSON 6.0",
        ),
        (f.TextInput("name", "Name"), "3.1", "inputs must be inside a Form"),
    ],
)
def test_components_newer_than_the_version_are_refused(component: f.Component, version: str, problem: str) -> None:
    screen = _screen("A", component, f.Footer("Ok", on_click_action=f.CompleteAction()), terminal=True)
    assert any(problem in line for line in f.FlowJSON([screen], version=version).problems())
    assert f.FlowJSON([screen]).problems() == []


def test_empty_strings_were_fine_before_6_0() -> None:
    screen = _screen("A", f.TextBody(""), f.Footer("Ok", on_click_action=f.CompleteAction()), terminal=True)
    assert f.FlowJSON([screen], version="5.1").problems() == []


def test_branches_may_reuse_a_name_and_hold_one_footer_each() -> None:
    screen = _screen(
        "A",
        f.OptIn("more", "More"),
        f.If(
            "${form.more}",
            then=[f.TextInput("note", "Note"), f.Footer("Send", on_click_action=f.CompleteAction())],
            else_=[f.TextArea("note", "Note"), f.Footer("Skip", on_click_action=f.CompleteAction())],
        ),
        terminal=True,
    )
    assert f.FlowJSON([screen]).problems() == []
