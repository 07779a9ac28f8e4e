"""generator/webhook_views.py: adding a webhook field is a spec edit plus ``make generate``.

The generator runs here on the real bundled spec with a few schemas edited (a new property, a new message type, a
new webhook field) and on small fragments; the module it writes is executed as ``wacloud.webhooks`` code and
used through ``parse_webhook``.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from wacloud import webhooks
from wacloud.webhooks import _parse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_views_generator", ROOT / "generator/webhook_views.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "generated/openapi.yaml").read_text(encoding="utf-8"))
    return document


def load_views(source: str) -> ModuleType:
    """Execute generated source as a module of ``wacloud.webhooks`` (its relative imports resolve there)."""
    module = ModuleType("wacloud.webhooks._views_under_test")
    module.__package__ = "wacloud.webhooks"
    exec(compile(source, "<generated views>", "exec"), module.__dict__)
    return module


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]
    return found


def notification(*changes: dict[str, Any]) -> dict[str, Any]:
    return {"object": "whatsapp_business_account", "entry": [{"id": "1", "time": 1739321024, "changes": list(changes)}]}


def test_the_committed_module_is_what_the_generator_writes(generator: ModuleType, bundled: dict[str, Any]) -> None:
    committed = (ROOT / "wrapper/wacloud/webhooks/_generated_views.py").read_text(encoding="utf-8")
    assert generator.render(bundled) == committed


def test_a_new_message_property_is_a_spec_edit(generator: ModuleType, bundled: dict[str, Any]) -> None:
    edited = copy.deepcopy(bundled)
    schemas(edited)["WebhookText"]["properties"]["preview_id"] = {
        "type": "string",
        "description": "A made-up id, only for this test.",
        "x-view-read": "id",
    }
    views = load_views(generator.render(edited))
    text = views.Text({"body": "hi", "preview_id": 42})
    assert (text.body, text.preview_id) == ("hi", "42")
    assert views.Text({"preview_id": ["not", "an", "id"]}).preview_id is None
    assert views.Text.preview_id.__doc__ == "A made-up id, only for this test."
    assert not hasattr(webhooks.Text, "preview_id")  # the shipped views are untouched


def test_a_new_message_type_is_a_spec_edit(generator: ModuleType, bundled: dict[str, Any]) -> None:
    edited = copy.deepcopy(bundled)
    edited_schemas = schemas(edited)
    edited_schemas["WebhookHologram"] = {
        "type": "object",
        "x-view-name": "Hologram",
        "description": "A made-up message content.",
        "properties": {"id": {"type": "string"}, "dimensions": {"type": "integer"}},
    }
    edited_schemas["WebhookHologramMessage"] = {
        "allOf": [
            {"$ref": "#/components/schemas/WebhookMessageBase"},
            {
                "type": "object",
                "properties": {
                    "type": {"const": "hologram"},
                    "hologram": {"$ref": "#/components/schemas/WebhookHologram", "description": "The hologram."},
                },
            },
        ]
    }
    # Before the open-ended last variant, as the spec orders its union.
    edited_schemas["WebhookIncomingMessage"]["oneOf"].insert(
        -1, {"$ref": "#/components/schemas/WebhookHologramMessage"}
    )
    views = load_views(generator.render(edited))
    assert "hologram" in views.KNOWN_MESSAGE_TYPES and "hologram" not in webhooks.KNOWN_MESSAGE_TYPES
    message = views.Message({"from": "16505551234", "type": "hologram", "hologram": {"id": "7", "dimensions": "3"}})
    assert message.hologram is not None
    assert (message.hologram.id, message.hologram.dimensions, message.from_) == ("7", 3, "16505551234")
    assert message.text is None and message.type == "hologram"


def test_a_new_webhook_field_is_a_spec_edit_and_parses_typed(
    generator: ModuleType, bundled: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = copy.deepcopy(bundled)
    edited_schemas = schemas(edited)
    edited_schemas["WebhookDemoValue"] = {
        "type": "object",
        "x-view-name": "DemoUpdate",
        "description": "A made-up field's value.",
        "properties": {
            "event": {"type": "string", "description": "What happened (open-ended)."},
            "demo_id": {"type": "integer", "x-view-read": "id"},
            "changed_at": {"type": "integer", "x-view-read": "timestamp"},
            "limits": {
                "$ref": "#/components/schemas/WebhookAccountBanInfo",
                "x-view-flatten": {"waba_ban_state": "limit_state"},
            },
            "restriction_info": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/WebhookAccountRestriction"},
                "x-view-name": "restrictions",
            },
        },
    }
    edited_schemas["WebhookDemoChange"] = {
        "type": "object",
        "required": ["field", "value"],
        "properties": {"field": {"const": "demo_update"}, "value": {"$ref": "#/components/schemas/WebhookDemoValue"}},
    }
    views = load_views(generator.render(edited))
    assert views.DemoUpdate.FIELD == "demo_update"
    assert issubclass(views.DemoUpdate, webhooks.Event)
    monkeypatch.setattr(_parse, "EVENT_CLASSES", views.EVENT_CLASSES)
    value = {
        "event": "RAISED",
        "demo_id": 806312974732579,
        "changed_at": "1749416383",
        "limits": {"waba_ban_state": "SCHEDULE_FOR_DISABLE"},
        "restriction_info": [{"restriction_type": "RESTRICTED_ADD_PHONE_NUMBER_ACTION"}, "junk"],
    }
    (event,) = webhooks.parse_webhook(notification({"field": "demo_update", "value": value})).events
    assert isinstance(event, views.DemoUpdate)
    assert (event.field, event.event, event.demo_id) == ("demo_update", "RAISED", "806312974732579")
    assert event.changed_at == datetime(2025, 6, 8, 20, 59, 43, tzinfo=UTC)
    assert event.limit_state == "SCHEDULE_FOR_DISABLE"
    assert [r.restriction_type for r in event.restrictions] == ["RESTRICTED_ADD_PHONE_NUMBER_ACTION"]
    assert event.time == datetime.fromtimestamp(1739321024, UTC) and event.raw is value
    monkeypatch.undo()
    (unknown,) = webhooks.parse_webhook(notification({"field": "demo_update", "value": value})).events
    assert isinstance(unknown, webhooks.UnknownEvent) and unknown.raw is value  # today's views keep it too


def test_a_renamed_field_routes_both_names_to_one_view(generator: ModuleType, bundled: dict[str, Any]) -> None:
    edited = copy.deepcopy(bundled)
    edited_schemas = schemas(edited)
    edited_schemas["WebhookRenamedValue"] = {
        "type": "object",
        "x-view-name": "RenamedUpdate",
        "properties": {"status": {"type": "string"}},
    }
    for name, field in (("WebhookRenamedChange", "renamed_updates"), ("WebhookOldNameChange", "renamed_update")):
        edited_schemas[name] = {
            "type": "object",
            "properties": {"field": {"const": field}, "value": {"$ref": "#/components/schemas/WebhookRenamedValue"}},
        }
    views = load_views(generator.render(edited))
    assert views.RenamedUpdate.FIELD == "renamed_updates"  # the first change schema names it
    assert views.EVENT_CLASSES["renamed_updates"] is views.EVENT_CLASSES["renamed_update"] is views.RenamedUpdate
    assert "(also ``renamed_update``)" in (views.RenamedUpdate.__doc__ or "")


def test_a_field_with_one_event_per_item(generator: ModuleType, bundled: dict[str, Any]) -> None:
    edited = copy.deepcopy(bundled)
    edited_schemas = schemas(edited)
    edited_schemas["WebhookDemoItem"] = {
        "type": "object",
        "x-view-name": "DemoItem",
        "properties": {"wa_id": {"type": "string"}},
    }
    edited_schemas["WebhookDemoItemsValue"] = {
        "type": "object",
        "x-view-items": "updates",
        "properties": {"updates": {"type": "array", "items": {"$ref": "#/components/schemas/WebhookDemoItem"}}},
    }
    edited_schemas["WebhookDemoItemsChange"] = {
        "type": "object",
        "properties": {
            "field": {"const": "demo_items"},
            "value": {"$ref": "#/components/schemas/WebhookDemoItemsValue"},
        },
    }
    views = load_views(generator.render(edited))
    assert views.EVENT_ITEMS["demo_items"] == (("updates", views.DemoItem),)
    assert views.EVENT_CLASSES["demo_items"] is views.DemoItem and views.DemoItem.FIELD == "demo_items"


def test_a_field_with_several_item_arrays(
    generator: ModuleType, bundled: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = copy.deepcopy(bundled)
    edited_schemas = schemas(edited)
    for name in ("DemoStarted", "DemoEnded"):
        edited_schemas[f"Webhook{name}"] = {
            "type": "object",
            "x-view-name": name,
            "properties": {"id": {"type": "string"}},
        }
    edited_schemas["WebhookDemoArraysValue"] = {
        "type": "object",
        "x-view-items": ["started", "ended"],
        "properties": {
            "started": {"type": "array", "items": {"$ref": "#/components/schemas/WebhookDemoStarted"}},
            "ended": {"type": "array", "items": {"$ref": "#/components/schemas/WebhookDemoEnded"}},
        },
    }
    edited_schemas["WebhookDemoArraysChange"] = {
        "type": "object",
        "properties": {
            "field": {"const": "demo_arrays"},
            "value": {"$ref": "#/components/schemas/WebhookDemoArraysValue"},
        },
    }
    views = load_views(generator.render(edited))
    assert views.EVENT_ITEMS["demo_arrays"] == (("started", views.DemoStarted), ("ended", views.DemoEnded))
    assert views.DemoStarted.FIELD == views.DemoEnded.FIELD == "demo_arrays"
    monkeypatch.setattr(_parse, "EVENT_CLASSES", views.EVENT_CLASSES)
    monkeypatch.setattr(_parse, "EVENT_ITEMS", views.EVENT_ITEMS)
    value = {"ended": [{"id": "b"}], "started": [{"id": "a"}, "junk"]}
    events = webhooks.parse_webhook(notification({"field": "demo_arrays", "value": value})).events
    assert [(type(e).__name__, e.raw["id"]) for e in events] == [("DemoStarted", "a"), ("DemoEnded", "b")]
    assert all(e.field == "demo_arrays" for e in events)


def test_items_that_name_a_schema_without_a_view_fail(generator: ModuleType, bundled: dict[str, Any]) -> None:
    edited = copy.deepcopy(bundled)
    edited_schemas = schemas(edited)
    edited_schemas["WebhookPlainItem"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    edited_schemas["WebhookPlainValue"] = {
        "type": "object",
        "x-view-items": ["things"],
        "properties": {"things": {"type": "array", "items": {"$ref": "#/components/schemas/WebhookPlainItem"}}},
    }
    edited_schemas["WebhookPlainChange"] = {
        "type": "object",
        "properties": {"field": {"const": "plain"}, "value": {"$ref": "#/components/schemas/WebhookPlainValue"}},
    }
    with pytest.raises(
        generator.ViewSpecError, match="'things' must name an array of a \\$ref schema with x-view-name"
    ):
        generator.render(edited)


FRAGMENT_ERRORS = [
    ({"x-view-name": "Bad", "properties": {"a": {"type": "string", "x-view-read": "uuid"}}}, "x-view-read must be"),
    ({"x-view-name": "Bad", "properties": {"a": {"$ref": "#/components/schemas/Plain"}}}, "Plain has no view"),
    ({"x-view-name": "Bad", "properties": {"raw": {"type": "string"}}}, "rename it with x-view-name"),
    ({"x-view-name": "Bad", "properties": {"a": {"type": "object"}}}, "no reader for type 'object'"),
    (
        {"x-view-name": "Bad", "properties": {"a": {"type": "array", "items": {"type": "integer"}}}},
        "lists of views or of",
    ),
    ({"x-view-name": "Bad", "x-view-base": "Dict", "properties": {}}, "x-view-base must be one of"),
    ({"x-view-name": "bad", "properties": {}}, "CapWords"),
    (
        {"x-view-name": "Bad", "properties": {"a": {"type": "string"}, "b": {"type": "string", "x-view-name": "a"}}},
        "two properties read as a",
    ),
    (
        {
            "x-view-name": "Bad",
            "properties": {"a": {"$ref": "#/components/schemas/Plain", "x-view-flatten": {"z": "z"}}},
        },
        "the nested schema lacks",
    ),
]


@pytest.mark.parametrize(("schema", "message"), FRAGMENT_ERRORS)
def test_what_the_generator_cannot_write_fails_the_build_with_a_fix(
    generator: ModuleType, schema: dict[str, Any], message: str
) -> None:
    fragment = {"components": {"schemas": {"Bad": schema, "Plain": {"type": "object", "properties": {}}}}}
    with pytest.raises(generator.ViewSpecError, match=message):
        generator.Generator(fragment).render()


def test_check_mode_reports_a_stale_module(generator: ModuleType, tmp_path: Path) -> None:
    output = tmp_path / "views.py"
    output.write_text("# stale\n", encoding="utf-8")
    arguments = ["--spec", str(ROOT / "generated/openapi.yaml"), "--output", str(output)]
    assert generator.main([*arguments, "--check"]) == 1
    assert output.read_text(encoding="utf-8") == "# stale\n"
    assert generator.main(arguments) == 0
    assert generator.main([*arguments, "--check"]) == 0
