"""Flow JSON components, actions and data declarations, named as in Meta's Flow JSON reference.

Python names are Meta's with ``-`` as ``_`` (``init_value`` → ``init-value``, ``on_click_action`` →
``on-click-action``); ``else_`` is ``else``. Any property also takes a dynamic reference string such as
``"${data.slots}"`` or ``"${form.email}"`` (:func:`data_ref`, :func:`form_ref`). Properties left ``None`` are omitted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

__all__ = [
    "Action",
    "CheckboxGroup",
    "Component",
    "CompleteAction",
    "DataExchangeAction",
    "DataField",
    "DataSourceItem",
    "DatePicker",
    "Dropdown",
    "EmbeddedLink",
    "Footer",
    "If",
    "Image",
    "NavigateAction",
    "OpenUrlAction",
    "OptIn",
    "RadioButtonsGroup",
    "RichText",
    "Switch",
    "TextArea",
    "TextBody",
    "TextCaption",
    "TextHeading",
    "TextInput",
    "TextSubheading",
    "UpdateDataAction",
    "data_ref",
    "form_ref",
]

#: A property that is a literal or a dynamic reference (``"${data.x}"``, ``"${form.y}"``).
Dynamic = str
InputType = Literal["text", "number", "email", "password", "passcode", "phone"]
FontWeight = Literal["bold", "italic", "bold_italic", "normal"]


def data_ref(key: str) -> str:
    """``"${data.<key>}"``: a value of the screen's data (declared in ``Screen(data=...)``)."""
    return f"${{data.{key}}}"


def form_ref(name: str) -> str:
    """``"${form.<name>}"``: what the user entered in the component named ``name`` on this screen."""
    return f"${{form.{name}}}"


def _json_value(value: Any) -> Any:
    if isinstance(value, _Node):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): _json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    return value


class _Node:
    """Serialises a dataclass: fields in order, ``None`` omitted, ``_`` → ``-`` (``else_`` → ``else``)."""

    _fixed: ClassVar[Mapping[str, Any]] = {}
    _underscore: ClassVar[frozenset[str]] = frozenset()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this node, as Meta's reference spells it."""
        out: dict[str, Any] = dict(self._fixed)
        for item in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, item.name)
            if value is None:
                continue
            name = item.name.rstrip("_")
            out[name if name in self._underscore else name.replace("_", "-")] = _json_value(value)
        return out


# ---------------------------------------------------------------------------------------------------- actions


class Action(_Node):
    """Base of the actions a component triggers (``on-click-action``, ``on-select-action`` ...)."""

    name: ClassVar[str]


@dataclass(frozen=True, slots=True)
class NavigateAction(Action):
    """Go to screen ``next`` (``{"type": "screen", "name": next}``), passing ``payload`` as its data."""

    name: ClassVar[str] = "navigate"
    next: str
    payload: Mapping[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "next": {"type": "screen", "name": self.next}}
        if self.payload is not None:
            out["payload"] = _json_value(self.payload)
        return out


@dataclass(frozen=True, slots=True)
class DataExchangeAction(Action):
    """Send ``payload`` to the data endpoint; its answer decides the next screen (needs ``data_api_version``)."""

    name: ClassVar[str] = "data_exchange"
    payload: Mapping[str, Any] | None = None
    _fixed: ClassVar[Mapping[str, Any]] = {"name": "data_exchange"}


@dataclass(frozen=True, slots=True)
class CompleteAction(Action):
    """Close the Flow and send ``payload`` back in the ``nfm_reply`` message (terminal screens only)."""

    name: ClassVar[str] = "complete"
    payload: Mapping[str, Any] | None = None
    _fixed: ClassVar[Mapping[str, Any]] = {"name": "complete"}


@dataclass(frozen=True, slots=True)
class UpdateDataAction(Action):
    """Update the current screen's data with ``payload`` (Flow JSON 6.0+)."""

    name: ClassVar[str] = "update_data"
    payload: Mapping[str, Any] | None = None
    _fixed: ClassVar[Mapping[str, Any]] = {"name": "update_data"}


@dataclass(frozen=True, slots=True)
class OpenUrlAction(Action):
    """Open ``url`` in the browser (Flow JSON 6.0+; EmbeddedLink and OptIn)."""

    name: ClassVar[str] = "open_url"
    url: str
    _fixed: ClassVar[Mapping[str, Any]] = {"name": "open_url"}


# ---------------------------------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class DataSourceItem(_Node):
    """One option of a Dropdown, RadioButtonsGroup or CheckboxGroup."""

    id: str
    title: str
    description: str | None = None
    metadata: str | None = None
    enabled: bool | None = None
    image: str | None = None  # base64
    alt_text: str | None = None


@dataclass(frozen=True, slots=True)
class DataField(_Node):
    """A screen data declaration: ``{"type": ..., "__example__": ...}`` (plus ``items`` / ``properties``).

    Example: ``Screen("BOOK", data={"slots": DataField.array(DataField.object({"id": DataField.string()}), example=[...])})``
    """

    type: Literal["string", "number", "boolean", "object", "array"]
    example: Any = None
    items: DataField | Mapping[str, Any] | None = None
    properties: Mapping[str, DataField | Mapping[str, Any]] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        if self.items is not None:
            out["items"] = _json_value(self.items)
        if self.properties is not None:
            out["properties"] = _json_value(self.properties)
        if self.example is not None:
            out["__example__"] = _json_value(self.example)
        return out

    @classmethod
    def string(cls, example: str | None = None) -> DataField:
        return cls("string", example)

    @classmethod
    def number(cls, example: float | None = None) -> DataField:
        return cls("number", example)

    @classmethod
    def boolean(cls, example: bool | None = None) -> DataField:
        return cls("boolean", example)

    @classmethod
    def object(cls, properties: Mapping[str, DataField | Mapping[str, Any]], example: Any = None) -> DataField:
        return cls("object", example, properties=properties)

    @classmethod
    def array(cls, items: DataField | Mapping[str, Any], example: Sequence[Any] | None = None) -> DataField:
        return cls("array", list(example) if example is not None else None, items=items)

    @classmethod
    def data_source(cls, example: Sequence[DataSourceItem | Mapping[str, Any]]) -> DataField:
        """An array of options (id, title, ...), to feed a component's ``data_source`` dynamically."""
        item = cls.object({"id": cls.string(), "title": cls.string()})
        return cls("array", list(example), items=item)


# ---------------------------------------------------------------------------------------------------- components


class Component(_Node):
    """Base of every layout component; ``type`` is Meta's component name."""

    type: ClassVar[str]


def _typed(cls: type[Component]) -> type[Component]:
    cls._fixed = {"type": cls.type}
    return cls


@_typed
@dataclass(frozen=True, slots=True)
class TextHeading(Component):
    type: ClassVar[str] = "TextHeading"
    text: Dynamic
    visible: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class TextSubheading(Component):
    type: ClassVar[str] = "TextSubheading"
    text: Dynamic
    visible: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class TextBody(Component):
    type: ClassVar[str] = "TextBody"
    text: Dynamic
    font_weight: FontWeight | None = None
    strikethrough: bool | None = None
    markdown: bool | None = None
    visible: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class TextCaption(Component):
    type: ClassVar[str] = "TextCaption"
    text: Dynamic
    font_weight: FontWeight | None = None
    strikethrough: bool | None = None
    markdown: bool | None = None
    visible: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class RichText(Component):
    """Markdown text (Flow JSON 5.1+); ``text`` is a string or a list of lines."""

    type: ClassVar[str] = "RichText"
    text: Dynamic | Sequence[str]
    visible: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class TextInput(Component):
    type: ClassVar[str] = "TextInput"
    name: str
    label: Dynamic
    input_type: InputType | None = None
    required: bool | Dynamic | None = None
    min_chars: int | Dynamic | None = None
    max_chars: int | Dynamic | None = None
    helper_text: Dynamic | None = None
    pattern: Dynamic | None = None
    init_value: Dynamic | None = None
    error_message: Dynamic | None = None
    enabled: bool | Dynamic | None = None
    visible: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class TextArea(Component):
    type: ClassVar[str] = "TextArea"
    name: str
    label: Dynamic
    required: bool | Dynamic | None = None
    max_length: int | Dynamic | None = None
    helper_text: Dynamic | None = None
    init_value: Dynamic | None = None
    error_message: Dynamic | None = None
    enabled: bool | Dynamic | None = None
    visible: bool | Dynamic | None = None


DataSource = Sequence[DataSourceItem | Mapping[str, Any]] | Dynamic


@_typed
@dataclass(frozen=True, slots=True)
class Dropdown(Component):
    type: ClassVar[str] = "Dropdown"
    name: str
    label: Dynamic
    data_source: DataSource
    required: bool | Dynamic | None = None
    init_value: Dynamic | None = None
    enabled: bool | Dynamic | None = None
    visible: bool | Dynamic | None = None
    on_select_action: Action | None = None


@_typed
@dataclass(frozen=True, slots=True)
class RadioButtonsGroup(Component):
    type: ClassVar[str] = "RadioButtonsGroup"
    name: str
    data_source: DataSource
    label: Dynamic | None = None
    description: Dynamic | None = None
    required: bool | Dynamic | None = None
    init_value: Dynamic | None = None
    enabled: bool | Dynamic | None = None
    visible: bool | Dynamic | None = None
    on_select_action: Action | None = None


@_typed
@dataclass(frozen=True, slots=True)
class CheckboxGroup(Component):
    type: ClassVar[str] = "CheckboxGroup"
    name: str
    data_source: DataSource
    label: Dynamic | None = None
    description: Dynamic | None = None
    min_selected_items: int | Dynamic | None = None
    max_selected_items: int | Dynamic | None = None
    required: bool | Dynamic | None = None
    init_value: Sequence[str] | Dynamic | None = None
    enabled: bool | Dynamic | None = None
    visible: bool | Dynamic | None = None
    on_select_action: Action | None = None


@_typed
@dataclass(frozen=True, slots=True)
class DatePicker(Component):
    """A date field; dates are ``"YYYY-MM-DD"`` strings (Flow JSON 5.0+)."""

    type: ClassVar[str] = "DatePicker"
    name: str
    label: Dynamic
    min_date: Dynamic | None = None
    max_date: Dynamic | None = None
    unavailable_dates: Sequence[str] | Dynamic | None = None
    helper_text: Dynamic | None = None
    required: bool | Dynamic | None = None
    init_value: Dynamic | None = None
    error_message: Dynamic | None = None
    enabled: bool | Dynamic | None = None
    visible: bool | Dynamic | None = None
    on_select_action: Action | None = None


@_typed
@dataclass(frozen=True, slots=True)
class OptIn(Component):
    type: ClassVar[str] = "OptIn"
    name: str
    label: Dynamic
    required: bool | Dynamic | None = None
    init_value: bool | Dynamic | None = None
    visible: bool | Dynamic | None = None
    on_click_action: Action | None = None


@_typed
@dataclass(frozen=True, slots=True)
class Footer(Component):
    """The screen's main button (one per screen; every terminal screen has one)."""

    type: ClassVar[str] = "Footer"
    label: Dynamic
    on_click_action: Action
    left_caption: Dynamic | None = None
    center_caption: Dynamic | None = None
    right_caption: Dynamic | None = None
    enabled: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class EmbeddedLink(Component):
    type: ClassVar[str] = "EmbeddedLink"
    text: Dynamic
    on_click_action: Action
    visible: bool | Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class Image(Component):
    """An image given as base64 ``src`` (JPEG or PNG)."""

    type: ClassVar[str] = "Image"
    src: Dynamic
    width: int | None = None
    height: int | None = None
    scale_type: Literal["cover", "contain"] | None = None
    aspect_ratio: float | None = None
    alt_text: Dynamic | None = None


@_typed
@dataclass(frozen=True, slots=True)
class If(Component):
    """Show ``then`` when ``condition`` (e.g. ``"${form.opt_in}"``) holds, else ``else_`` (Flow JSON 4.0+)."""

    type: ClassVar[str] = "If"
    condition: str
    then: Sequence[Component]
    else_: Sequence[Component] | None = None


@_typed
@dataclass(frozen=True, slots=True)
class Switch(Component):
    """Show the components of the case named by ``value`` (e.g. ``"${data.kind}"``) (Flow JSON 4.0+)."""

    type: ClassVar[str] = "Switch"
    value: str
    cases: Mapping[str, Sequence[Component]] = field(default_factory=dict)
